import { parseMonthKey } from "./day";
import { MAX_DAY_YEAR, MIN_DAY_YEAR } from "./limits";

/**
 * True for a `YYYY-MM` data month whose days and reporting deadlines (in the month after) spreadsheets
 * can show: 1900-01 to 9999-11. `9999-12` has no month after it, `0000-01` no day a spreadsheet shows.
 */
export function isDataMonth(text: string): boolean {
  const parsed = parseMonthKey(text);
  if (!parsed || parsed.year < MIN_DAY_YEAR || parsed.year > MAX_DAY_YEAR) return false;
  return !(parsed.year === MAX_DAY_YEAR && parsed.month === 12);
}
