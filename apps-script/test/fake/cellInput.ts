/**
 * How Google Sheets stores what `setValue(s)` hands it: strings are read like typed input. This is the
 * behaviour that bites a careless host, modelled closely enough that tests fail for the right reason:
 * - a leading apostrophe makes the rest literal text (the apostrophe is not part of the value);
 * - a leading `=` makes a formula; in a decimal-comma locale one with a bare `,` is a parse error;
 * - `+`/`-` followed by a number-like expression makes a number (`+1`) or a formula (`-1+2`);
 * - numbers (`12`, `0012`, `1e5`, the locale's decimal comma or point), percentages (`50 %`),
 *   booleans (`TRUE`, `false`) and dates (`2022-09-30`, `2022-09`, `1.3.2022` in fi/sv, `3/1/2022` in en)
 *   become numbers, booleans and date serials.
 * `@…` stays text, as it does in Sheets.
 */

/** One stored cell. Dates are serial numbers with a date number format, as in Sheets. */
export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  /** A number format Sheets picked while parsing the input (a date or a percentage), applied when the cell has none. */
  impliedFormat?: string;
}

const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** The serial of a Date's calendar day and time in the spreadsheet's zone (the process zone here). */
export function dateToSerial(date: Date): number {
  const local = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds(),
  );
  return (local - SERIAL_EPOCH_UTC) / MS_PER_DAY;
}

/** Milliseconds `timeZone` is ahead of UTC at `instant`. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  return wall - (instant - (instant % 1000));
}

/**
 * The Date getValues hands over for a date serial: that day and time on the clock of the spreadsheet's
 * time zone (a date cell is midnight there), whatever the script's own zone.
 */
export function serialToDate(serial: number, DateCtor: DateConstructor, timeZone = "Europe/Helsinki"): Date {
  const wall = SERIAL_EPOCH_UTC + Math.round(serial * MS_PER_DAY);
  let instant = wall - zoneOffset(wall, timeZone);
  instant = wall - zoneOffset(instant, timeZone);
  return new DateCtor(instant);
}

/** True for number formats that show a date (so getValues hands over a Date). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  return /[dy]/i.test(bare) && !/^@$/.test(bare);
}

const ARITHMETIC = /^[-+]?\d+(?:\.\d+)?(?:\s*[-+*/]\s*[-+]?\d+(?:\.\d+)?)*$/;

/** The value of a formula the fake can compute (plain arithmetic); others read as "". */
export function formulaValue(formula: string): string | number {
  const body = formula.slice(1).trim();
  if (!ARITHMETIC.test(body)) return "";
  const result = Function(`"use strict"; return (${body});`)() as number;
  return Number.isFinite(result) ? result : "";
}

/** True when a formula has a comma outside "strings" and 'sheet names'. */
function hasBareComma(formula: string): boolean {
  let quote: string | null = null;
  for (const ch of formula) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === ",") {
      return true;
    }
  }
  return false;
}

function localeKind(locale: string): "comma" | "point" {
  return /^(fi|sv|de|fr|et|nb|da|nl|es|it|pt|pl)/i.test(locale) ? "comma" : "point";
}

function parseNumber(text: string, locale: string): number | null {
  const t = text.trim();
  const decimal = localeKind(locale) === "comma" ? "," : "\\.";
  const pattern = new RegExp(`^[-+]?(?:\\d+(?:${decimal}\\d+)?|${decimal}\\d+)(?:e[-+]?\\d+)?$`, "i");
  if (!pattern.test(t)) return null;
  return Number(t.replace(",", "."));
}

function daySerial(year: number, month: number, day: number): number | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return (date.getTime() - SERIAL_EPOCH_UTC) / MS_PER_DAY;
}

function parseDate(text: string, locale: string): number | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(t);
  if (m) return daySerial(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1);
  if (localeKind(locale) === "comma") {
    m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
    if (m) return daySerial(Number(m[3]), Number(m[2]), Number(m[1]));
  } else {
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
    if (m) return daySerial(Number(m[3]), Number(m[1]), Number(m[2]));
  }
  return null;
}

const BOOLEANS: Record<string, boolean> = {
  true: true,
  false: false,
  tosi: true,
  epätosi: false,
  sant: true,
  falskt: false,
};

/** What Sheets stores for one value given to setValue(s) or setFormula(s). Null means an empty cell. */
export function parseInput(input: unknown, locale: string): FakeCell | null {
  if (input === null || input === undefined || input === "") return null;
  if (typeof input === "number") return Number.isFinite(input) ? { value: input } : { value: "#NUM!" };
  if (typeof input === "boolean") return { value: input };
  if (input instanceof Date) return { value: dateToSerial(input), impliedFormat: "yyyy-mm-dd h:mm:ss" };
  const text = String(input);
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith("=")) {
    // In a decimal-comma locale (fi, sv, de, …) Sheets separates arguments with ";" and reads a comma
    // outside a string as a parse error; ";" is accepted in every locale.
    const parseError = text.length <= 1 || (localeKind(locale) === "comma" && hasBareComma(text));
    return parseError ? { value: "#ERROR!", formula: text } : { value: formulaValue(text), formula: text };
  }
  if (/^[-+]/.test(text)) {
    const number = parseNumber(text, locale);
    if (number !== null) return { value: number };
    if (ARITHMETIC.test(text.trim())) return { value: formulaValue(`=${text}`), formula: `=${text}` };
    return { value: text };
  }
  const number = parseNumber(text, locale);
  if (number !== null) return { value: number };
  const percent = /^(.*\d)\s*%$/.exec(text.trim());
  if (percent) {
    const base = parseNumber(percent[1]!, locale);
    if (base !== null) return { value: base / 100, impliedFormat: "0%" };
  }
  const bool = BOOLEANS[text.trim().toLowerCase()];
  if (bool !== undefined) return { value: bool };
  const serial = parseDate(text, locale);
  if (serial !== null) return { value: serial, impliedFormat: "yyyy-mm-dd" };
  return { value: text };
}
