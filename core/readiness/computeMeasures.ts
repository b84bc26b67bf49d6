import type { IsoDay } from "../_lib/day";
import type { RoadmapRow, StatusCode } from "../programme/ProgrammeSchema";
import { Tally } from "./_lib/Tally";
import type { Measures } from "./Measures";

/** The two dates the shares are measured at. */
export interface ComputeMeasuresOptions {
  /** The reporting date R: the last day of the data month. */
  asOf: IsoDay;
  /** The target date T of the programme. */
  target: IsoDay;
}

/**
 * The four shares of one unit over a roadmap's critical tasks, not applicable ones left out; a task
 * without a start or end date is outside the populations that need that date.
 * @example computeMeasures(roadmap, statusOf(table), { asOf: "2022-09-30", target: "2023-01-01" }).schedule.done
 */
export function computeMeasures(
  tasks: readonly RoadmapRow[],
  statusOf: (id: string) => StatusCode,
  options: ComputeMeasuresOptions,
): Measures {
  const { asOf, target } = options;
  const tally = new Tally();
  for (const task of tasks) if (task.critical) tally.add(task, statusOf(task.id), asOf, target);
  return tally.measures();
}
