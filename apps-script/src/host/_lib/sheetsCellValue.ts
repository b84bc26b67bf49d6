import { dayToSerial } from "../../../../core/_lib/day";
import type { SpecCell } from "../../../../core/sheets/SheetSpec";

/** Date cells without a number format from the spec's styles get this one (Finnish d.m.yyyy). */
export const DEFAULT_DATE_FORMAT = "d.m.yyyy";

/**
 * The value `Range.setValues` must be given for a spec cell, so that Sheets stores exactly what the spec
 * means. Sheets reads every string as typed input: not only a leading `=`, `+`, `-` or `@` (which
 * `core/text/literalText` escapes) but also `12`, `1.3.2022`, `2022-09` or `TRUE` would turn into a
 * number, date or boolean. So every non-empty string gets the apostrophe, which Sheets takes as "text"
 * and does not store. That leaves a leading `=` meaning only one thing, so formulas travel in the same
 * call. Dates go as serial numbers (no time zone can shift them) and get a date format afterwards.
 * @example sheetsCellValue("=x") // → "'=x"
 */
export function sheetsCellValue(cell: SpecCell | undefined): string | number | boolean {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell === "" ? "" : `'${cell}`;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : "";
  if (typeof cell === "boolean") return cell;
  if ("formula" in cell) return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  return dayToSerial(cell.date);
}

/** True for a `{date}` cell. */
export function isDateCell(cell: SpecCell | undefined): boolean {
  return cell !== null && typeof cell === "object" && "date" in cell;
}
