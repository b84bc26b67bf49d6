import type { Share } from "../../readiness/Share";
import type { AssessmentCode } from "../../sheets/labels";
import type { AssessmentFlag } from "../RegionBrief";

/** Below this schedule-view done share a group is behind its schedule (the programme's red band). */
export const BEHIND = 0.5;
/** This far below the national median (share points) counts as well below it. */
export const BELOW_MEDIAN = 0.15;

/** The median of the shares that have a figure; null when none has. */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const sorted = values.filter((v): v is number => typeof v === "number").sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Where a group's self-assessment and its measured progress disagree: green while behind the schedule
 * or well below the national median, red while ahead of both; a group left unassessed is flagged too.
 */
export function checkAssessment(
  code: AssessmentCode | null,
  measured: Share | null,
  nationalMedian: number | null,
): AssessmentFlag[] {
  if (code === null) return ["not_assessed"];
  const share = measured?.share ?? null;
  if (share === null) return [];
  const flags: AssessmentFlag[] = [];
  if (code === "green" && share < BEHIND) flags.push("green_but_behind");
  if (code === "green" && nationalMedian !== null && share < nationalMedian - BELOW_MEDIAN) {
    flags.push("green_below_median");
  }
  if (code === "red" && share >= 0.9 && (nationalMedian === null || share >= nationalMedian)) {
    flags.push("red_but_ahead");
  }
  return flags;
}
