import { isWeekend } from "date-fns";
import type { IsoDay } from "../_lib/day";
import { dayParts, dayToDate } from "../_lib/day";
import { finnishHolidays } from "./finnishHolidays";

// Holiday days by year: deadlines are looked up day by day, and a year's holidays never change.
const holidayDays = new Map<number, ReadonlySet<IsoDay>>();

function holidaysOf(year: number): ReadonlySet<IsoDay> {
  let days = holidayDays.get(year);
  if (!days) {
    days = new Set(finnishHolidays(year).map((h) => h.day));
    holidayDays.set(year, days);
  }
  return days;
}

/**
 * True when a day is a Finnish working day: not a Saturday, a Sunday or a holiday (PRODUCT.md §4).
 *
 * @example
 * isWorkingDay("2022-01-06"); // false (Epiphany)
 */
export function isWorkingDay(day: IsoDay): boolean {
  return !isWeekend(dayToDate(day)) && !holidaysOf(dayParts(day).year).has(day);
}
