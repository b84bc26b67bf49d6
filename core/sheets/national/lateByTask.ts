import type { IsoDay } from "../../_lib/day";
import { dayToSerial } from "../../_lib/day";
import type { RegionReading } from "../../consolidation/RegionReading";
import { compareCodes } from "../../_lib/compareCodes";

/** One task late in one or more regions. */
export interface LateTaskAcrossRegions {
  taskId: string;
  group: string | null;
  subtask: string;
  end: IsoDay;
  /** Codes of the regions where it is late, in programme order. */
  regions: string[];
  /** Median of the days from its end to the reporting date, over those regions. */
  medianDaysLate: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The late tasks of every region folded into one row per task, the tasks late in the most regions
 * first (then the longest late): what to raise nationally rather than region by region.
 * @example lateByTask(readings, "2022-09-30")[0] // { taskId: "1.3.1.2", regions: [16 codes], ... }
 */
export function lateByTask(readings: readonly RegionReading[], asOf: IsoDay): LateTaskAcrossRegions[] {
  const byTask = new Map<string, LateTaskAcrossRegions & { days: number[] }>();
  for (const reading of readings) {
    for (const task of reading.late) {
      let entry = byTask.get(task.taskId);
      if (!entry) {
        entry = { ...task, regions: [], medianDaysLate: 0, days: [] };
        byTask.set(task.taskId, entry);
      }
      if (!entry.regions.includes(reading.code ?? "")) entry.regions.push(reading.code ?? "");
      // A region's own copy may give another end date; each counts from its own.
      entry.days.push(dayToSerial(asOf) - dayToSerial(task.end));
    }
  }
  return [...byTask.values()]
    .map(({ days, ...entry }) => ({
      taskId: entry.taskId,
      group: entry.group,
      subtask: entry.subtask,
      end: entry.end,
      regions: entry.regions,
      medianDaysLate: median(days),
    }))
    .sort(
      (a, b) =>
        b.regions.length - a.regions.length ||
        b.medianDaysLate - a.medianDaysLate ||
        compareCodes(a.taskId, b.taskId),
    );
}
