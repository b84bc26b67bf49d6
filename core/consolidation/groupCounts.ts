import { normalizeText } from "../_lib/cells";

/** A region's [count, of] pairs per group, in MEASURE_KEYS order: what the group trend pools. */
export type GroupCounts = Record<string, [number, number][]>;

/**
 * Group counts as one Historia cell, for the program rather than for people: `1:12/20,3/20,14/30,2/30;2:…`.
 * One cell, so the table people read keeps its columns, and any number of groups fits.
 * @example formatGroupCounts({ "1": [[1, 2], [0, 2], [1, 3], [0, 3]] }) // "1:1/2,0/2,1/3,0/3"
 */
export function formatGroupCounts(groups: GroupCounts | undefined): string {
  if (!groups) return "";
  return Object.entries(groups)
    .map(([id, pairs]) => `${id}:${pairs.map(([count, of]) => `${count}/${of}`).join(",")}`)
    .join(";");
}

/** Reads a cell written by `formatGroupCounts`; text that is not one (edited, empty) gives undefined. */
export function parseGroupCounts(value: unknown): GroupCounts | undefined {
  const text = typeof value === "string" ? normalizeText(value) : "";
  if (!text) return undefined;
  const groups: GroupCounts = {};
  for (const part of text.split(";")) {
    const match = /^([^:;]+):((?:\d+\/\d+,){3}\d+\/\d+)$/.exec(part.trim());
    if (!match) return undefined;
    groups[match[1]!] = match[2]!.split(",").map((pair): [number, number] => {
      const [count = 0, of = 0] = pair.split("/").map(Number);
      return [count, of];
    });
  }
  return groups;
}
