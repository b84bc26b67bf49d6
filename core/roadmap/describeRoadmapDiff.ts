import { formatDayFi } from "../_lib/day";
import type { Lang } from "../i18n/lang";
import { interpolate } from "../i18n/lang";
import type { Group, RoadmapRow } from "../programme/ProgrammeSchema";
import type { ChangedTask, RoadmapDiff } from "./diffRoadmaps";
import { isEmptyDiff, ROADMAP_CHANGE_KINDS } from "./diffRoadmaps";
import { ROADMAP_CHANGE_HEADINGS, ROADMAP_DIFF_LABELS as L } from "./roadmapDiffLabels";

export interface DescribeRoadmapDiffOptions {
  lang: Lang;
  /** The programme's groups, to name a group rather than number it. */
  groups: readonly Group[];
  /** Version labels for the title line, e.g. "1.0" and "1.1"; no title without them. */
  from?: string;
  to?: string;
}

function name(row: RoadmapRow): string {
  return row.subtask || row.task || row.area;
}

function span(row: RoadmapRow): string {
  const day = (d: string | null) => (d ? formatDayFi(d) : L.noDate.fi);
  return `${day(row.start)}–${day(row.end)}`;
}

/**
 * The changes of a revision as plain text lines, one heading per kind of change and one line per task,
 * in the reader's language: the body of the letter that goes to the regions.
 * @example describeRoadmapDiff(diffRoadmaps(old, revised), { lang: "sv", groups: REGIONAL.groups }).join("\n")
 */
export function describeRoadmapDiff(diff: RoadmapDiff, options: DescribeRoadmapDiffOptions): string[] {
  const { lang, groups } = options;
  const groupName = (id: string | null) =>
    id === null ? L.noGroup[lang] : (groups.find((g) => g.id === id)?.name[lang] ?? id);
  const flag = (critical: boolean) => (critical ? L.critical[lang] : L.notCritical[lang]);
  const lines: string[] = [];
  if (options.from !== undefined && options.to !== undefined) {
    lines.push(interpolate(L.title[lang], { from: options.from, to: options.to }), "");
  }
  if (isEmptyDiff(diff)) return [...lines, L.none[lang]];
  const task = (row: RoadmapRow) =>
    `  ${row.id}  ${name(row)} (${groupName(row.group)}; ${span(row)}; ${flag(row.critical)})`;
  const change: Record<"renamed" | "moved" | "dates" | "critical", (c: ChangedTask) => string> = {
    renamed: (c) => `  ${c.id}  ”${name(c.before)}” → ”${name(c.after)}”`,
    moved: (c) => `  ${c.id}  ${name(c.after)}: ${groupName(c.before.group)} → ${groupName(c.after.group)}`,
    dates: (c) => `  ${c.id}  ${name(c.after)}: ${span(c.before)} → ${span(c.after)}`,
    critical: (c) => `  ${c.id}  ${name(c.after)}: ${flag(c.before.critical)} → ${flag(c.after.critical)}`,
  };
  for (const kind of ROADMAP_CHANGE_KINDS) {
    const count = diff[kind].length;
    if (count === 0) continue;
    lines.push(`${ROADMAP_CHANGE_HEADINGS[kind][lang]} (${count})`);
    if (kind === "added" || kind === "retired") lines.push(...diff[kind].map(task));
    else lines.push(...diff[kind].map(change[kind]));
    lines.push("");
  }
  while (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
