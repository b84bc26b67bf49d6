import type { IsoDay } from "../_lib/day";
import { addMonths, isoDay, lastDayOfMonth, parseMonthKey } from "../_lib/day";
import { lastWorkingDayOfMonth } from "./lastWorkingDayOfMonth";
import { nextWorkingDay } from "./nextWorkingDay";

/** The deadlines of one data month M (PRODUCT.md §4). */
export interface ReportingMonth {
  /** The data month, `"YYYY-MM"`. */
  month: string;
  /** The day the situation is reported as of: the last day of M. */
  asOf: IsoDay;
  /** The first day of M+1, the deadline the law names. */
  nominalDue: IsoDay;
  /** `nominalDue`, or the next working day when it is not one. */
  due: IsoDay;
  /** The last working day of M+1, by which the picture based on M is published. */
  publishBy: IsoDay;
}

/**
 * The reporting and publication deadlines of a data month `"YYYY-MM"`.
 *
 * @example
 * reportingCalendar("2021-12"); // { month: "2021-12", asOf: "2021-12-31", nominalDue: "2022-01-01", due: "2022-01-03", publishBy: "2022-01-31" }
 */
export function reportingCalendar(month: string): ReportingMonth {
  const parsed = parseMonthKey(month);
  if (!parsed) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  const next = parseMonthKey(addMonths(month, 1));
  if (!next) throw new RangeError(`No month after ${month}`);
  const nominalDue = isoDay(next.year, next.month, 1);
  return {
    month: month.trim(),
    asOf: lastDayOfMonth(parsed.year, parsed.month),
    nominalDue,
    due: nextWorkingDay(nominalDue),
    publishBy: lastWorkingDayOfMonth(next.year, next.month),
  };
}
