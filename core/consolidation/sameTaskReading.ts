import { addMonths } from "../_lib/day";
import { reportingCalendar } from "../calendar/reportingCalendar";
import type { Programme, RoadmapRow, StatusCode } from "../programme/ProgrammeSchema";
import { sameTaskMeasures } from "../readiness/sameTaskMeasures";
import type { RegionReading } from "./RegionReading";

/**
 * A region's like-with-like comparison with last month (from the month sheet's last-month column), as a
 * reading stores it: consolidation uses it for the change figures of a month in which the roadmap changed.
 */
export function sameTaskReading(
  roadmap: readonly RoadmapRow[],
  previous: (id: string) => StatusCode | undefined,
  current: (id: string) => StatusCode,
  options: { month: string; programme: Programme },
): NonNullable<RegionReading["sameTasks"]> {
  const { programme, month } = options;
  const same = sameTaskMeasures(roadmap, previous, current, {
    asOf: reportingCalendar(month).asOf,
    previousAsOf: reportingCalendar(addMonths(month, -1)).asOf,
    target: programme.target,
    groups: programme.groups,
  });
  return {
    previous: same.previous,
    current: same.current,
    change: {
      newStarts: same.change.newStarts.length,
      newCompletions: same.change.newCompletions.length,
      regressions: same.change.regressions.length,
    },
  };
}
