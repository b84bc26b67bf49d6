import { parseRange } from "../../../core/_lib/cells";
import type { SheetSpec, StyleSpec } from "../../../core/sheets/SheetSpec";

/** How a date cell is shown when no style gives it a number format: the way Finnish users write a day. */
export const DEFAULT_DATE_FORMAT = "d.m.yyyy";

/** What a sheet spec asks of one cell: its styles merged, and whether users may edit it. */
export type CellFormat = { -readonly [K in Exclude<keyof StyleSpec, "range">]?: StyleSpec[K] } & {
  unlocked?: boolean;
};

/** One formatted cell, zero-based. */
export interface FormattedCell {
  row: number;
  column: number;
  format: CellFormat;
}

/**
 * The format of every cell the spec formats: date cells their default number format, then the styles
 * in order (a later style wins where they overlap), then the unlocked flag of the editable ranges. In the
 * order each cell was first formatted, which both writers (ExcelJS's and the own one) follow.
 * @example for (const { row, column, format } of cellFormats(spec)) ...
 */
export function cellFormats(spec: SheetSpec): FormattedCell[] {
  const formats = new Map<number, FormattedCell>();
  // A number key: a string per cell was a tenth of the writing time of a large sheet.
  const at = (row: number, column: number): CellFormat => {
    const key = row * 16384 + column;
    let entry = formats.get(key);
    if (!entry) formats.set(key, (entry = { row, column, format: {} }));
    return entry.format;
  };
  const eachCell = (range: string, visit: (format: CellFormat) => void): void => {
    const { row, column, rows, columns } = parseRange(range);
    for (let r = row; r < row + rows; r++) for (let c = column; c < column + columns; c++) visit(at(r, c));
  };

  spec.cells.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell !== null && typeof cell === "object" && "date" in cell)
        at(r, c).numberFormat = DEFAULT_DATE_FORMAT;
    }),
  );
  for (const { range, ...style } of spec.styles ?? []) {
    const defined = definedOnly(style);
    eachCell(range, (format) => Object.assign(format, defined));
  }
  for (const range of spec.protection?.editable ?? []) {
    eachCell(range, (format) => (format.unlocked = true));
  }
  return [...formats.values()];
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
