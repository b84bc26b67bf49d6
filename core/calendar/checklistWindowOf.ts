import type { IsoDay } from "../_lib/day";
import type { ChecklistWindow, Programme } from "../programme/ProgrammeSchema";

/**
 * The 100+100 checklist window a day falls in (both ends inclusive), or null outside both.
 *
 * @example
 * checklistWindowOf("2022-12-31", REGIONAL); // "last100"
 */
export function checklistWindowOf(
  day: IsoDay,
  programme: Pick<Programme, "checklist">,
): ChecklistWindow | null {
  const { last100, first100 } = programme.checklist;
  if (last100.start <= day && day <= last100.end) return "last100";
  if (first100.start <= day && day <= first100.end) return "first100";
  return null;
}
