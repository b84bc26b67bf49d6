import type { IsoDay } from "../_lib/day";
import type { Group, RoadmapRow, StatusCode } from "../programme/ProgrammeSchema";
import { Tally } from "./_lib/Tally";
import type { Measures } from "./Measures";

/** The dates of `computeMeasures` and the groups to break the figures down by. */
export interface ComputeUnitReadinessOptions {
  asOf: IsoDay;
  target: IsoDay;
  /** The programme's groups: each gets figures, even one without critical tasks. */
  groups: readonly Group[];
}

/** One unit's figures, overall and per group id. */
export interface UnitReadiness {
  measures: Measures;
  groups: Record<string, Measures>;
}

/**
 * One reporting unit's shares overall and per preparation group, in one pass over the roadmap. A task
 * whose group the programme does not list counts only overall.
 * @example computeUnitReadiness(REGIONAL.roadmap, statusOf(table), { asOf: "2022-09-30", target: REGIONAL.target, groups: REGIONAL.groups })
 */
export function computeUnitReadiness(
  roadmap: readonly RoadmapRow[],
  statusOf: (id: string) => StatusCode,
  options: ComputeUnitReadinessOptions,
): UnitReadiness {
  const { asOf, target } = options;
  const total = new Tally();
  const byGroup = new Map<string, Tally>();
  for (const group of options.groups) if (!byGroup.has(group.id)) byGroup.set(group.id, new Tally());
  for (const task of roadmap) {
    if (!task.critical) continue;
    const status = statusOf(task.id);
    total.add(task, status, asOf, target);
    if (task.group !== null) byGroup.get(task.group)?.add(task, status, asOf, target);
  }
  const groups: Record<string, Measures> = {};
  for (const [id, tally] of byGroup) groups[id] = tally.measures();
  return { measures: total.measures(), groups };
}
