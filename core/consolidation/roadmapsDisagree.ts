import type { Lang } from "../i18n/lang";
import type { Issue } from "../issues/Issue";
import { makeIssue } from "../issues/Issue";
import type { RegionReading } from "./RegionReading";
import { compareCodes } from "../_lib/compareCodes";

/**
 * One `roadmaps_disagree` issue when the regions' own copies of the roadmap are not all the same, listing
 * which regions share which copy (largest group first, then by code, so file order changes nothing).
 * Each differing region also has its own `roadmap_differs` issue against the national roadmap.
 * @example roadmapsDisagree(picture.readings, "fi") // [] when every copy is the same
 */
export function roadmapsDisagree(readings: readonly RegionReading[], lang: Lang): Issue[] {
  const byKey = new Map<string, string[]>();
  for (const reading of readings) {
    if (!reading.code || !reading.roadmapKey) continue;
    const codes = byKey.get(reading.roadmapKey) ?? [];
    codes.push(reading.code);
    byKey.set(reading.roadmapKey, codes);
  }
  if (byKey.size < 2) return [];
  const byCode = compareCodes;
  const groups = [...byKey.values()]
    .map((codes) => [...new Set(codes)].sort(byCode))
    .sort((a, b) => b.length - a.length || byCode(a[0]!, b[0]!));
  return [makeIssue({ code: "roadmaps_disagree", value: groups.map((g) => g.join(", ")).join(" | ") }, lang)];
}
