import { rangeAddress } from "../../../core/_lib/cells";
import type { SheetSpec } from "../../../core/sheets/SheetSpec";
import type { RequestBudget } from "./RequestBudget";
import { estimateBytes, jsonBytes } from "./RequestBudget";
import type { FormulaInput } from "./specCellInput";
import { isDateCell, specCellInput } from "./specCellInput";

/** How a date cell shows when no style gives it a number format. */
const DEFAULT_DATE_FORMAT = "d.m.yyyy";

interface RowBlock<T> {
  readonly start: number;
  readonly rows: T[][];
  readonly bytes: number;
}

/**
 * Splits a block of rows into as few consecutive blocks as fit `maxBytes` each: one block for any sheet
 * of ordinary size, several only when one request could not carry the whole sheet.
 */
export function splitRows<T>(rows: T[][], maxBytes: number): RowBlock<T>[] {
  const blocks: RowBlock<T>[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, index) => {
    const rowBytes = jsonBytes(row) + 1;
    if (index > start && bytes + rowBytes > maxBytes) {
      blocks.push({ start, rows: rows.slice(start, index), bytes });
      start = index;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (start < rows.length) blocks.push({ start, rows: rows.slice(start), bytes });
  return blocks;
}

/** Queues `block` (rows × width, from `firstRow` of column A or `firstColumn`) as few `set`s as fit. */
async function writeBlocks<T>(
  budget: RequestBudget,
  block: T[][],
  at: { row: number; column: number; width: number },
  set: (address: string, rows: T[][]) => void,
): Promise<void> {
  for (const part of splitRows(block, budget.limit - estimateBytes(null))) {
    await budget.reserve(estimateBytes(null) + part.bytes);
    set(rangeAddress(at.row + part.start, at.column, part.rows.length, at.width), part.rows);
  }
}

/**
 * Queues the sheet's content as one `range.formulas` block from A1 (split only past the request limit),
 * and the number format of its date cells as one block over the area they span.
 */
export async function renderCells(
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  budget: RequestBudget,
): Promise<void> {
  const width = spec.cells.reduce((max, row) => Math.max(max, row.length), 0);
  if (width === 0) return;
  const block: FormulaInput[][] = spec.cells.map((row) =>
    Array.from({ length: width }, (_, c) => specCellInput(row[c])),
  );
  await writeBlocks(budget, block, { row: 0, column: 0, width }, (address, rows) => {
    sheet.getRange(address).formulas = rows;
  });

  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  spec.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!isDateCell(cell)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }),
  );
  if (bottom < 0) return;
  const formats = Array.from({ length: bottom - top + 1 }, (_, r) =>
    Array.from({ length: right - left + 1 }, (_, c) =>
      isDateCell(spec.cells[top + r]?.[left + c]) ? DEFAULT_DATE_FORMAT : "General",
    ),
  );
  await writeBlocks(budget, formats, { row: top, column: left, width: right - left + 1 }, (address, rows) => {
    sheet.getRange(address).numberFormat = rows;
  });
}
