import type { IsoDay } from "./day";
import { isIsoDay } from "./day";
import { MAX_DAY_YEAR, MIN_DAY_YEAR } from "./limits";

/** True for a real day that spreadsheets can show: years 1900–9999 (see MIN_DAY_YEAR). */
export function isSpreadsheetDay(day: IsoDay | null | undefined): day is IsoDay {
  if (!day || !isIsoDay(day)) return false;
  const year = Number(day.slice(0, 4));
  return year >= MIN_DAY_YEAR && year <= MAX_DAY_YEAR;
}
