import { dayToSerial } from "../../../core/_lib/day";
import type { SpecCell } from "../../../core/sheets/SheetSpec";
import { literalText } from "../../../core/text/literalText";

/** What one spec cell is written as through `range.formulas`. */
export type FormulaInput = string | number | boolean;

/** Excel refuses a cell of more characters than this, and the whole write with it. */
export const MAX_CELL_CHARS = 32_767;
/** Excel refuses a formula of more characters than this. */
export const MAX_FORMULA_CHARS = 8_192;

/** A formula the core built is longer than Excel takes: a programming mistake, named. */
export class FormulaTooLongError extends Error {
  override name = "FormulaTooLongError";
}

/** The marker at the end of text cut to fit a cell, so the cut is visible to whoever reads it. */
const CUT_MARK = "…";

/**
 * A spec cell as `range.formulas` input: plain strings stay literal text (cut visibly to a cell's
 * 32,767 characters, which region text can exceed), dates become serial numbers, formulas go in as
 * written, empty cells as "".
 */
export function specCellInput(cell: SpecCell | undefined): FormulaInput {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") {
    const fits = cell.length <= MAX_CELL_CHARS ? cell : `${cell.slice(0, MAX_CELL_CHARS - 1)}${CUT_MARK}`;
    return literalText(fits);
  }
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : "";
  if (typeof cell === "boolean") return cell;
  if ("formula" in cell) {
    if (cell.formula.length > MAX_FORMULA_CHARS) {
      throw new FormulaTooLongError(
        `A formula of ${cell.formula.length} characters is longer than Excel's ${MAX_FORMULA_CHARS}: ${cell.formula.slice(0, 60)}…`,
      );
    }
    return cell.formula;
  }
  return dayToSerial(cell.date);
}

export function isDateCell(cell: SpecCell | undefined): boolean {
  return typeof cell === "object" && cell !== null && "date" in cell;
}
