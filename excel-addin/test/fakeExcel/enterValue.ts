import type { FakeCell } from "./model";
import { FakeError } from "./model";

/** Excel's limits: characters in a cell, and characters in a formula. */
export const MAX_CELL_TEXT = 32_767;
export const MAX_FORMULA = 8_192;

const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

function serial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - SERIAL_EPOCH_UTC) / MS_PER_DAY);
}

/**
 * What Excel stores when a value is written through `range.values` or `range.formulas` (en-US parsing,
 * as Office.js uses). This is the behaviour that bites: text is not stored as given.
 * - `=…` is a formula; `+…` becomes the formula `=+…`; `-…` a formula unless it is a plain number;
 *   `@…` the formula `=…`.
 * - a leading apostrophe makes the rest literal text; the apostrophe is not part of the value.
 * - text that reads as a number, percentage, TRUE/FALSE or a date becomes that number, boolean or date.
 * - `null` leaves the cell as it is; `""` empties it.
 * - text over 32,767 characters or a formula over 8,192 is refused (InvalidArgument), as Excel does.
 */
export function enterValue(cell: FakeCell, input: unknown): void {
  if (input === null || input === undefined) return;
  if (typeof input === "string") checkLimits(input);
  delete cell.formula;
  delete cell.quotePrefix;
  if (typeof input === "number") {
    cell.value = Number.isFinite(input) ? input : "#NUM!";
    return;
  }
  if (typeof input === "boolean") {
    cell.value = input;
    return;
  }
  const text = String(input);
  if (text === "") {
    cell.value = "";
    return;
  }
  if (text.startsWith("'")) {
    cell.value = text.slice(1);
    cell.quotePrefix = true;
    return;
  }
  const lead = text.charAt(0);
  if (lead === "=" && text.length > 1) return setFormula(cell, text);
  if (lead === "+" && text.length > 1) return setFormula(cell, `=${text}`);
  if (lead === "@" && text.length > 1) return setFormula(cell, `=${text.slice(1)}`);
  const parsed = parseTyped(text);
  if (parsed !== undefined) {
    cell.value = parsed.value;
    if (parsed.numberFormat && cell.numberFormat === undefined) cell.numberFormat = parsed.numberFormat;
    return;
  }
  if (lead === "-" && text.length > 1) return setFormula(cell, `=${text}`);
  cell.value = text;
}

function setFormula(cell: FakeCell, formula: string): void {
  cell.formula = formula;
  // The fake does not calculate; a formula's value is unknown (read back as "").
  cell.value = "";
}

function parseTyped(text: string): { value: number | boolean; numberFormat?: string } | undefined {
  const t = text.trim();
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  const number = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/.exec(t);
  if (number && /\d/.test(t)) return { value: Number(t.replace(/,/g, "")) };
  const percent = /^([+-]?\d+(\.\d+)?)\s*%$/.exec(t);
  if (percent) return { value: Number(percent[1]) / 100, numberFormat: "0%" };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return dateOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (us) return dateOf(Number(us[3]), Number(us[1]), Number(us[2]));
  const monthYear = /^(\d{1,2})\/(\d{4})$/.exec(t);
  if (monthYear) return dateOf(Number(monthYear[2]), Number(monthYear[1]), 1);
  return undefined;
}

function dateOf(
  year: number,
  month: number,
  day: number,
): { value: number; numberFormat: string } | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { value: serial(year, month, day), numberFormat: "m/d/yyyy" };
}

function checkLimits(text: string): void {
  const formula = /^[=+@]/.test(text) && text.length > 1;
  if (formula && text.length > MAX_FORMULA) {
    throw new FakeError("InvalidArgument", `A formula can have at most ${MAX_FORMULA} characters.`);
  }
  const stored = text.startsWith("'") ? text.length - 1 : text.length;
  if (stored > MAX_CELL_TEXT) {
    throw new FakeError("InvalidArgument", `A cell can hold at most ${MAX_CELL_TEXT} characters.`);
  }
}
