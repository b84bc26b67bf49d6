import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../../core/_lib/cells";

/**
 * The values of a worksheet from A1 to its last row and column holding a value, as a rectangle padded
 * with null. Cells that are only formatted do not extend it.
 */
export function readGrid(worksheet: ExcelJS.Worksheet): Grid {
  const cells: { row: number; column: number; value: CellValue }[] = [];
  let rows = 0;
  let columns = 0;
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const value = cellValue(cell);
      if (value === null) return;
      cells.push({ row: Number(cell.row), column: Number(cell.col), value });
      rows = Math.max(rows, Number(cell.row));
      columns = Math.max(columns, Number(cell.col));
    });
  });
  const grid: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(columns).fill(null));
  for (const { row, column, value } of cells) grid[row - 1]![column - 1] = value;
  return grid;
}

/**
 * ExcelJS's cell types, looked up once: the command line's ExcelJS (cli/build/lazyExcelJs.cjs) finds
 * them with a `require` at each access, which per cell was most of the time of reading a workbook.
 */
let valueTypes: typeof ExcelJS.ValueType | undefined;

/**
 * One cell's value the way the other hosts hand it over: formulas as their cached result (null when the
 * file has none, as files ExcelJS wrote), rich text and hyperlinks as their text, errors as `#N/A` etc.,
 * and the covered cells of a merge as empty (ExcelJS repeats the top-left value there).
 */
export function cellValue(cell: ExcelJS.Cell): CellValue {
  const { Merge, Formula } = (valueTypes ??= ExcelJS.ValueType);
  if (cell.type === Merge && cell.master !== cell) return null;
  // ExcelJS leaves a falsy cached result (0, "", false) out of `cell.value`; `cell.result` keeps it.
  if (cell.type === Formula) return plain(cell.result);
  return plain(cell.value);
}

function plain(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value !== "object") return null;
  if ("richText" in value && Array.isArray(value.richText)) {
    return value.richText.map((run: { text?: unknown }) => String(run.text ?? "")).join("");
  }
  if ("error" in value) return String(value.error);
  if ("formula" in value || "sharedFormula" in value) return "result" in value ? plain(value.result) : null;
  if ("hyperlink" in value) return "text" in value ? plain(value.text) : null;
  return null;
}
