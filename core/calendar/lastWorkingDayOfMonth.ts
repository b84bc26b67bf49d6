import { subDays } from "date-fns";
import type { IsoDay } from "../_lib/day";
import { dayToDate, lastDayOfMonth, localDay } from "../_lib/day";
import { isWorkingDay } from "./isWorkingDay";

/**
 * The last working day of a month (1–12).
 *
 * @example
 * lastWorkingDayOfMonth(2022, 12); // "2022-12-30"
 */
export function lastWorkingDayOfMonth(year: number, month: number): IsoDay {
  let date = dayToDate(lastDayOfMonth(year, month));
  while (!isWorkingDay(localDay(date))) date = subDays(date, 1);
  return localDay(date);
}
