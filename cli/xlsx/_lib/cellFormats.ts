import { unlockedRanges } from "../../../core/sheets/_lib/unlockedRanges";
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
 * in order (a later style wins where they overlap), then the unlocked flag of the editable ranges (and
 * of a sortable table's body). In the
 * order each cell was first formatted, which both writers (ExcelJS's and the own one) follow. Cells
 * formatted alike share one (frozen) format object, so a writer can look its style up once.
 * @example for (const { row, column, format } of cellFormats(spec)) ...
 */
export function cellFormats(spec: SheetSpec): FormattedCell[] {
  // Per cell, what formats it in order ("d" date, a style's index, "u" unlocked): a string per cell
  // instead of a merged object per cell, which was most of the writing time of a large sheet.
  const applied = new Map<number, string>();
  const mark = (row: number, column: number, part: string): void => {
    const key = row * 16384 + column;
    applied.set(key, `${applied.get(key) ?? ""}${part},`);
  };
  const eachCell = (range: string, part: string): void => {
    const { row, column, rows, columns } = parseRange(range);
    for (let r = row; r < row + rows; r++) for (let c = column; c < column + columns; c++) mark(r, c, part);
  };

  spec.cells.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell !== null && typeof cell === "object" && "date" in cell) mark(r, c, "d");
    }),
  );
  const styles = (spec.styles ?? []).map(({ range, ...style }) => {
    return { range, defined: definedOnly(style) };
  });
  styles.forEach(({ range }, i) => eachCell(range, String(i)));
  for (const range of unlockedRanges(spec)) eachCell(range, "u");

  const formats = new Map<string, CellFormat>();
  const formatOf = (parts: string): CellFormat => {
    let format = formats.get(parts);
    if (format) return format;
    format = {};
    for (const part of parts.split(",")) {
      if (part === "d") format.numberFormat = DEFAULT_DATE_FORMAT;
      else if (part === "u") format.unlocked = true;
      else if (part !== "") Object.assign(format, styles[Number(part)]!.defined);
    }
    formats.set(parts, Object.freeze(format));
    return format;
  };
  const cells: FormattedCell[] = [];
  for (const [key, parts] of applied) {
    cells.push({ row: Math.floor(key / 16384), column: key % 16384, format: formatOf(parts) });
  }
  return cells;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
