import { dayToSerial } from "../../../core/_lib/day";
import type { SpecCell } from "../../../core/sheets/SheetSpec";
import { literalText } from "../../../core/text/literalText";

/** What one spec cell is written as through `range.formulas`. */
export type FormulaInput = string | number | boolean;

/**
 * A spec cell as `range.formulas` input: plain strings stay literal text, dates become serial numbers,
 * formulas go in as written, empty cells as "".
 */
export function specCellInput(cell: SpecCell | undefined): FormulaInput {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return literalText(cell);
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : "";
  if (typeof cell === "boolean") return cell;
  if ("formula" in cell) return cell.formula;
  return dayToSerial(cell.date);
}

export function isDateCell(cell: SpecCell | undefined): boolean {
  return typeof cell === "object" && cell !== null && "date" in cell;
}
