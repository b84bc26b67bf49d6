import { monthKey } from "../_lib/day";
import type { ReportingMonth } from "./reportingCalendar";
import { reportingCalendar } from "./reportingCalendar";

/**
 * The deadlines of the twelve data months of a year, January first.
 *
 * @example
 * yearCalendar(2022)[3]?.due; // "2022-05-02" (April's data; 1.5 is May Day and a Sunday)
 */
export function yearCalendar(year: number): ReportingMonth[] {
  return Array.from({ length: 12 }, (_, i) => reportingCalendar(monthKey(year, i + 1)));
}
