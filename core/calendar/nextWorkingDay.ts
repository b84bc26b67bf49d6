import { addDays } from "date-fns";
import type { IsoDay } from "../_lib/day";
import { dayToDate, localDay } from "../_lib/day";
import { isWorkingDay } from "./isWorkingDay";

/**
 * The day itself when it is a working day, otherwise the next working day after it.
 *
 * @example
 * nextWorkingDay("2022-01-01"); // "2022-01-03"
 */
export function nextWorkingDay(day: IsoDay): IsoDay {
  let date = dayToDate(day);
  while (!isWorkingDay(localDay(date))) date = addDays(date, 1);
  return localDay(date);
}
