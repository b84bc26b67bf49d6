import { differenceInCalendarDays } from "date-fns";
import type { IsoDay } from "../_lib/day";
import { dayToDate } from "../_lib/day";

/**
 * Whole calendar days from `from` to `to`: positive when `to` is later, negative when it has passed.
 *
 * @example
 * daysUntil("2022-12-31", "2023-01-01"); // 1
 */
export function daysUntil(from: IsoDay, to: IsoDay): number {
  return differenceInCalendarDays(dayToDate(to), dayToDate(from));
}
