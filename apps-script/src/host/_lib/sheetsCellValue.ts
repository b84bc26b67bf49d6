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
  if ("formula" in cell)
    return sheetsFormula(cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`);
  return dayToSerial(cell.date);
}

/** True for a `{date}` cell. */
export function isDateCell(cell: SpecCell | undefined): boolean {
  return cell !== null && typeof cell === "object" && "date" in cell;
}

/**
 * A core formula (en-US syntax) as Sheets accepts it in every locale: argument separators become `;`.
 * Spreadsheets in a decimal-comma locale (Finnish and Swedish ones among them) read a bare `,` as a parse
 * error, while `;` works everywhere. Commas inside "strings" and 'sheet names' stay. The core's formulas
 * hold no decimal numbers and no array literals, so nothing else changes.
 * @example sheetsFormula('=IF(C10=0,"–",B10/C10)') // → '=IF(C10=0;"–";B10/C10)'
 */
export function sheetsFormula(formula: string): string {
  return swapSeparators(formula, ",", ";");
}

/** The core's en-US form of a formula read back from Sheets (`;` between arguments → `,`). */
export function enUsFormula(formula: string): string {
  return swapSeparators(formula, ";", ",");
}

/** Replaces one argument separator with another outside "strings" and 'sheet names'. */
function swapSeparators(formula: string, from: string, to: string): string {
  let quote: string | null = null;
  let out = "";
  for (const ch of formula) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === from) {
      out += to;
      continue;
    }
    out += ch;
  }
  return out;
}
