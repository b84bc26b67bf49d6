import type { CellValue } from "../_lib/cells";
import { isBlank, normalizeText } from "../_lib/cells";
import type { IsoDay } from "../_lib/day";
import { dateCellDay, isIsoDay, isoDay, lastDayOfMonth, serialToDay } from "../_lib/day";
import { isSpreadsheetDay } from "../_lib/isSpreadsheetDay";

/** 9999-12-31, the last day Excel can hold. */
const MAX_SERIAL = 2_958_465;
/**
 * The number rule: a whole number 1900–2200 in a date cell is a year (a preparer types 2023 meaning the
 * year), any other number from 1 up is a date serial. So the serials 1900–2200, the days 1905-03-14 to
 * 1906-01-08, cannot be given as plain numbers: no reform roadmap has a date there, and a date cell in
 * those days arrives as a Date, not a number.
 */
export const YEAR_NUMBERS = { min: 1900, max: 2200 } as const;
const MIN_YEAR = YEAR_NUMBERS.min;
const MAX_YEAR = YEAR_NUMBERS.max;

const MONTH = /^(\d{1,2})\s*\/\s*(\d{4})$/;
const QUARTER = /^(?:q\s*([1-4])|([1-4])\s*q)(?:\s*[/-]\s*|\s+)(\d{4})$/i;
const YEAR = /^(\d{4})$/;
const FINNISH_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$/;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** The first or last day of the months `first`–`last` of a year. */
function spanDay(year: number, first: number, last: number, bound: "start" | "end"): IsoDay {
  return bound === "start" ? isoDay(year, first, 1) : lastDayOfMonth(year, last);
}

function exactDay(year: number, month: number, day: number): IsoDay | undefined {
  const result = isoDay(year, month, day);
  return isIsoDay(result) ? result : undefined;
}

function parseNumber(value: number, bound: "start" | "end"): IsoDay | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) return spanDay(value, 1, 12, bound);
  if (value < 1 || value >= MAX_SERIAL + 1) return undefined;
  // A fraction is a time of day on a date-time cell; the day is what counts.
  return serialToDay(value);
}

function parseText(text: string, bound: "start" | "end"): IsoDay | undefined {
  let m = MONTH.exec(text);
  if (m) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? spanDay(Number(m[2]), month, month, bound) : undefined;
  }
  m = QUARTER.exec(text);
  if (m) {
    const quarter = Number(m[1] ?? m[2]);
    return spanDay(Number(m[3]), quarter * 3 - 2, quarter * 3, bound);
  }
  m = YEAR.exec(text);
  if (m) return spanDay(Number(m[1]), 1, 12, bound);
  m = FINNISH_DAY.exec(text);
  if (m) return exactDay(Number(m[3]), Number(m[2]), Number(m[1]));
  m = ISO_DAY.exec(text);
  if (m) return exactDay(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}

/**
 * The day a roadmap date cell means: a month, quarter or year as its first (`start`) or last (`end`)
 * day, an exact day as itself; null for a blank cell, undefined for one that cannot be read or that
 * lies outside the years 1900–9999 spreadsheets show. A number is a year or a serial by YEAR_NUMBERS.
 *
 * @example
 * parseRoadmapDate("9/2021", "end"); // "2021-09-30"
 * parseRoadmapDate("Q4/2022", "start"); // "2022-10-01"
 * parseRoadmapDate("", "start"); // null
 * parseRoadmapDate("31.2.2022", "start"); // undefined
 */
export function parseRoadmapDate(value: CellValue, bound: "start" | "end"): IsoDay | null | undefined {
  if (isBlank(value)) return null;
  const day = anyDay(value, bound);
  // A day spreadsheets cannot show (year 10000, or 0005 that would turn into 1905) is unreadable.
  return isSpreadsheetDay(day) ? day : undefined;
}

function anyDay(value: CellValue, bound: "start" | "end"): IsoDay | undefined {
  if (value instanceof Date) {
    const day = dateCellDay(value);
    return day !== null && isIsoDay(day) ? day : undefined;
  }
  if (typeof value === "number") return parseNumber(value, bound);
  if (typeof value === "string") return parseText(normalizeText(value), bound);
  return undefined;
}
