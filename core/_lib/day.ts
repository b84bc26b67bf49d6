/**
 * Days are ISO strings (`"2022-09-30"`): they compare with `<`, survive JSON and carry no time zone.
 * Conversions to and from the values spreadsheets use live here.
 */
export type IsoDay = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Builds an ISO day from calendar parts, month 1–12. */
export function isoDay(year: number, month: number, day: number): IsoDay {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** True when `text` is a real ISO calendar day (`2022-02-30` is not). */
export function isIsoDay(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Year, month (1–12) and day of an ISO day. */
export function dayParts(day: IsoDay): { year: number; month: number; day: number } {
  const m = ISO_DAY.exec(day);
  if (!m) throw new RangeError(`Not an ISO day: ${day}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Number of days in a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last day of a month: `(2022, 9) → "2022-09-30"`. */
export function lastDayOfMonth(year: number, month: number): IsoDay {
  return isoDay(year, month, daysInMonth(year, month));
}

/** Local-midnight Date of an ISO day, for date-fns arithmetic. */
export function dayToDate(day: IsoDay): Date {
  const { year, month, day: d } = dayParts(day);
  const date = new Date(year, month - 1, d);
  date.setFullYear(year);
  return date;
}

/** ISO day of a local Date (its calendar day where the code runs). */
export function localDay(date: Date): IsoDay {
  return isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * The calendar day a spreadsheet date cell means. ExcelJS hands over UTC midnight; Apps Script hands
 * over midnight in the spreadsheet's zone. A value at exactly UTC midnight is read in UTC, any other
 * in the local zone.
 */
export function dateCellDay(date: Date): IsoDay | null {
  if (Number.isNaN(date.getTime())) return null;
  const utcMidnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0;
  return utcMidnight
    ? isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
    : localDay(date);
}

const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** The day of a spreadsheet date serial (1900 date system, as Excel, Sheets and LibreOffice use). */
export function serialToDay(serial: number): IsoDay {
  const date = new Date(SERIAL_EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The spreadsheet date serial of a day. */
export function dayToSerial(day: IsoDay): number {
  const { year, month, day: d } = dayParts(day);
  return Math.round((Date.UTC(year, month - 1, d) - SERIAL_EPOCH_UTC) / MS_PER_DAY);
}

/** `"2022-09"` → `{ year: 2022, month: 9 }`, or null when it is not a YYYY-MM month. */
export function parseMonthKey(text: string): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : null;
}

/** `(2022, 9) → "2022-09"`. */
export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** The month key `offset` months from `key`: `("2022-12", 1) → "2023-01"`. */
export function addMonths(key: string, offset: number): string {
  const parsed = parseMonthKey(key);
  if (!parsed) throw new RangeError(`Not a YYYY-MM month: ${key}`);
  const index = parsed.year * 12 + (parsed.month - 1) + offset;
  return monthKey(Math.floor(index / 12), (index % 12) + 1);
}

/** d.M.yyyy, the way Finnish users write a day: `"2022-01-03" → "3.1.2022"`. */
export function formatDayFi(day: IsoDay): string {
  const { year, month, day: d } = dayParts(day);
  return `${d}.${month}.${year}`;
}
