/**
 * What a person does in Excel's own interface, which the add-in never calls: sort a range (Data → Sort,
 * or a filter button's "Sort A to Z") and type into a cell. Modelled after Excel's documented rules, so
 * a test can show what a preparer may and may not do to a sheet the add-in wrote:
 * - on a protected sheet, sorting needs the protection's "Sort" allowed AND no locked cell in the range
 *   ("Users can't sort ranges that contain locked cells on a protected worksheet, regardless of this
 *   setting", Excel's Protect Sheet help);
 * - a sort moves whole rows of the range it is given, cell contents and formats; cells outside the range
 *   stay (the "Continue with the current selection" choice sorts just the selected columns);
 * - typing into a locked cell of a protected sheet is refused;
 * - a data validation with the Stop style refuses a typed value that fails it: a list's values (inline),
 *   or a custom formula, of which only the constant `=FALSE` is modelled (it refuses every value).
 *   Clearing a cell (Delete) passes any validation, as in Excel.
 */
import { enterValue } from "./enterValue";
import type { Bounds, FakeCell } from "./model";
import { contains, FakeError, FakeSheet, parseAddress } from "./model";

function lockedIn(sheet: FakeSheet, bounds: Bounds): boolean {
  for (let r = 0; r < bounds.rows; r++) {
    for (let c = 0; c < bounds.columns; c++) {
      if (sheet.cell(bounds.row + r, bounds.column + c)?.format?.locked !== false) return true;
    }
  }
  return false;
}

const PROTECTED = (sheet: FakeSheet) =>
  new FakeError(
    "AccessDenied",
    `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`,
  );

/**
 * Sorts the rows of `range` (no header inside it) ascending by the text of its zero-based column `by`,
 * as a person does in Excel; throws as Excel refuses.
 */
export function userSort(sheet: FakeSheet, range: string, by: number): void {
  const { bounds } = parseAddress(range);
  if (sheet.protected) {
    const allowed = (sheet.protectionOptions as { allowSort?: boolean } | undefined)?.allowSort === true;
    if (!allowed || lockedIn(sheet, bounds)) throw PROTECTED(sheet);
  }
  const rows: (FakeCell | undefined)[][] = [];
  for (let r = 0; r < bounds.rows; r++) {
    rows.push(
      Array.from({ length: bounds.columns }, (_, c) => sheet.cell(bounds.row + r, bounds.column + c)),
    );
  }
  const text = (row: (FakeCell | undefined)[]) => String(row[by]?.value ?? "");
  // Stable, as Excel's sort is; empty keys last.
  const order = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const [ka, kb] = [text(a.row), text(b.row)];
      if ((ka === "") !== (kb === "")) return ka === "" ? 1 : -1;
      return ka.localeCompare(kb, "fi") || a.index - b.index;
    });
  order.forEach(({ row }, r) =>
    row.forEach((cell, c) => {
      const key = FakeSheet.key(bounds.row + r, bounds.column + c);
      if (cell) sheet.cells.set(key, cell);
      else sheet.cells.delete(key);
    }),
  );
}

/** Types `text` into one cell as a person does; returns the refusal's message, or null when stored. */
export function userType(sheet: FakeSheet, address: string, text: string): string | null {
  const { row, column } = parseAddress(address).bounds;
  if (sheet.protected && sheet.cell(row, column)?.format?.locked !== false) throw PROTECTED(sheet);
  const validation = sheet.validations.find((v) => contains(v.bounds, row, column));
  if (validation && text !== "") {
    const rule = validation.rule as { list?: { source?: unknown }; custom?: { formula?: string } };
    const alert = validation.errorAlert as { style?: string; message?: string } | undefined;
    const stops = (alert?.style ?? "Stop") === "Stop";
    const source = rule.list?.source;
    const fails =
      rule.custom?.formula?.replace(/\s/g, "").toUpperCase() === "=FALSE" ||
      (typeof source === "string" && !source.startsWith("=") && !source.split(",").includes(text));
    if (fails && stops) return alert?.message ?? "The value doesn't match the data validation restrictions.";
  }
  enterValue(sheet.touch(row, column), text);
  return null;
}
