import type { CellValue } from "../../_lib/cells";
import { normalizeText } from "../../_lib/cells";
import type { IsoDay } from "../../_lib/day";
import { dateCellDay, daysInMonth, isIsoDay, isoDay, lastDayOfMonth, serialToDay } from "../../_lib/day";
import { isSpreadsheetDay } from "../../_lib/isSpreadsheetDay";

const FINNISH_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const MONTH = /^(\d{1,2})\/(\d{4})$/;
const QUARTER = /^Q([1-4])\/(\d{4})$/i;
const YEAR = /^\d{4}$/;
// The last spreadsheet serial (9999-12-31); anything larger is no date.
const MAX_SERIAL = 2_958_465;

/**
 * Reads an expected completion cell: a date cell, a date serial, `d.M.yyyy` or ISO as that day, and
 * `9/2022`, `Q3/2022` or `2022` as the last day of that period (an expected completion falls at the
 * end of what the user names). Null for a blank cell, undefined for anything unreadable.
 */
export function parseExpectedDay(value: CellValue): IsoDay | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return undefined;
  if (typeof value === "string" && normalizeText(value) === "") return null;
  // A day spreadsheets cannot show (year 10000, or 0005 that would turn into 1905) is unreadable.
  const day = anyDay(value);
  return isSpreadsheetDay(day) ? day : undefined;
}

function anyDay(value: Date | number | string): IsoDay | undefined {
  if (value instanceof Date) return dateCellDay(value) ?? undefined;
  if (typeof value === "number") return numberDay(value);
  return textDay(normalizeText(value));
}

function numberDay(value: number): IsoDay | undefined {
  if (!Number.isFinite(value) || value < 1 || value > MAX_SERIAL) return undefined;
  // A year typed into a cell arrives as a number; as a serial it would be a day in 1905.
  if (Number.isInteger(value) && value >= 1900 && value <= 2200) return isoDay(value, 12, 31);
  return serialToDay(value);
}

function textDay(text: string): IsoDay | undefined {
  let m = FINNISH_DAY.exec(text);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) ? isoDay(y, mo, d) : undefined;
  }
  if (isIsoDay(text)) return text;
  m = MONTH.exec(text);
  if (m) {
    const mo = Number(m[1]);
    return mo >= 1 && mo <= 12 ? lastDayOfMonth(Number(m[2]), mo) : undefined;
  }
  m = QUARTER.exec(text);
  if (m) return lastDayOfMonth(Number(m[2]), Number(m[1]) * 3);
  if (YEAR.test(text)) return isoDay(Number(text), 12, 31);
  return undefined;
}
