import type { IsoDay } from "../_lib/day";
import type { Group, RoadmapRow, StatusCode } from "../programme/ProgrammeSchema";
import { computeUnitReadiness } from "./computeUnitReadiness";
import type { Measures } from "./Measures";
import type { MonthChange } from "./monthChange";
import { monthChange } from "./monthChange";

export interface SameTaskMeasuresOptions {
  asOf: IsoDay;
  /** The reporting date of last month. */
  previousAsOf: IsoDay;
  target: IsoDay;
  groups: readonly Group[];
}

/** Last month and this month measured over the same tasks, and what moved between them. */
export interface SameTaskMeasures {
  previous: Measures;
  current: Measures;
  change: MonthChange;
}

/**
 * Month-over-month change compared like with like: both months measured on today's roadmap over the
 * tasks last month had (those with a status last month), so a roadmap revision (tasks added, retired,
 * made critical) does not show as progress or regression.
 * @example sameTaskMeasures(roadmap, (id) => previous.get(id), statusOf(table), { asOf, previousAsOf, target, groups })
 */
export function sameTaskMeasures(
  roadmap: readonly RoadmapRow[],
  previous: (id: string) => StatusCode | undefined,
  current: (id: string) => StatusCode,
  options: SameTaskMeasuresOptions,
): SameTaskMeasures {
  const same = roadmap.filter((task) => previous(task.id) !== undefined);
  const { target, groups } = options;
  return {
    previous: computeUnitReadiness(same, (id) => previous(id) ?? "not_started", {
      asOf: options.previousAsOf,
      target,
      groups,
    }).measures,
    current: computeUnitReadiness(same, current, { asOf: options.asOf, target, groups }).measures,
    change: monthChange(same, previous, current, { sameTasks: true }),
  };
}
