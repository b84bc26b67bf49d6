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
  const grid = formatGrid(spec);
  return grid.order.map((at) => ({
    row: Math.floor(at / grid.width),
    column: at % grid.width,
    format: grid.formatOf(grid.applied[at]!),
  }));
}

/**
 * `cellFormats` as it is worked out, with no object per cell: each cell's place (`row * width +
 * column`) in the order first formatted, and the id of its format in `applied`; cells of one id share
 * one (frozen) format, `formatOf(id)`.
 */
export interface FormatGrid {
  width: number;
  /** Ids of formats by place; 0: not formatted. */
  applied: Int32Array;
  /** Every formatted place, in the order first formatted. */
  order: number[];
  /** How many ids there may be: every id is below it. */
  ids: number;
  formatOf: (id: number) => CellFormat;
}

/** The formats of a spec's cells as a grid (see FormatGrid), which `cellFormats` lists cell by cell. */
export function formatGrid(spec: SheetSpec): FormatGrid {
  // Per cell, what formats it in order (DATE, UNLOCKED or a style's index), as the id of that sequence:
  // sequences are numbered as they are first met, each one step on from another, so marking a cell is
  // a lookup, not a string or an object per cell (which was most of the writing time of a large sheet).
  const styles = (spec.styles ?? []).map(({ range, ...style }) => ({ range, defined: definedOnly(style) }));
  const DATE = styles.length;
  const UNLOCKED = styles.length + 1;
  const steps = styles.length + 2;
  /** Each sequence's last step and the sequence before it (0: none). */
  const sequences: { part: number; before: number }[] = [{ part: -1, before: 0 }];
  const next = new Map<number, number>();
  // Cells by place in the box every range and value lies in, holding their sequence: a typed array, as
  // a map of a hundred thousand cells was itself most of the time. `order`: cells as first formatted.
  const boxes = [...(spec.styles ?? []).map((s) => s.range), ...unlockedRanges(spec)].map(parseRange);
  let width = 1;
  for (const cells of spec.cells) width = Math.max(width, cells.length);
  let height = spec.cells.length;
  for (const b of boxes) {
    width = Math.max(width, b.column + b.columns);
    height = Math.max(height, b.row + b.rows);
  }
  const applied = new Int32Array(width * height);
  const order: number[] = [];
  const sequenceAfter = (before: number, part: number): number => {
    const step = before * steps + part;
    let sequence = next.get(step);
    if (sequence === undefined) next.set(step, (sequence = sequences.push({ part, before }) - 1));
    return sequence;
  };
  const mark = (row: number, column: number, part: number): void => {
    const at = row * width + column;
    const before = applied[at]!;
    if (before === 0) order.push(at);
    applied[at] = sequenceAfter(before, part);
  };
  // Neighbours in a range mostly had the same formats before it: the sequence after them is looked up
  // once for a run of them.
  const eachCell = (range: string, part: number): void => {
    const { row, column, rows, columns } = parseRange(range);
    let before = -1;
    let after = 0;
    for (let r = row; r < row + rows; r++)
      for (let at = r * width + column; at < r * width + column + columns; at++) {
        const was = applied[at]!;
        if (was === 0) order.push(at);
        if (was !== before) after = sequenceAfter((before = was), part);
        applied[at] = after;
      }
  };

  // Dates are marked first, so each date cell goes from no format to the date's: one lookup for them all.
  let dated = 0;
  spec.cells.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell === null || typeof cell !== "object" || !("date" in cell)) return;
      const at = r * width + c;
      if (applied[at] !== 0) return mark(r, c, DATE);
      order.push(at);
      applied[at] = dated ||= sequenceAfter(0, DATE);
    }),
  );
  styles.forEach(({ range }, i) => eachCell(range, i));
  for (const range of unlockedRanges(spec)) eachCell(range, UNLOCKED);

  const formats = new Map<number, CellFormat>();
  const formatOf = (sequence: number): CellFormat => {
    let format = formats.get(sequence);
    if (format) return format;
    const parts: number[] = [];
    for (let at = sequence; at !== 0; at = sequences[at]!.before) parts.unshift(sequences[at]!.part);
    format = {};
    for (const part of parts) {
      if (part === DATE) format.numberFormat = DEFAULT_DATE_FORMAT;
      else if (part === UNLOCKED) format.unlocked = true;
      else Object.assign(format, styles[part]!.defined);
    }
    formats.set(sequence, Object.freeze(format));
    return format;
  };
  return { width, applied, order, ids: sequences.length, formatOf };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
