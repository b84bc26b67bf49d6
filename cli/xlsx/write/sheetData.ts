import { columnLetter, parseRange, rangeAddress } from "../../../core/_lib/cells";
import { dayParts } from "../../../core/_lib/day";
import type { SheetSpec, SpecCell } from "../../../core/sheets/SheetSpec";
import type { FormatGrid } from "../_lib/cellFormats";
import { formatGrid } from "../_lib/cellFormats";
import { xmlText } from "../_lib/xmlText";
import type { SharedStrings } from "./SheetParts";
import { textElement } from "./SheetParts";
import type { CellStyle, StyleTable } from "./StyleTable";
import { cellStyle } from "./StyleTable";
import type { DeflatingWriter } from "./zipParts";

/*
 * Written cell by cell, so kept small and of one shape: each loop over cells is a short function of its
 * own over typed arrays, and every cell goes through one method that sees each kind of value at one
 * place. V8 compiles each hot function on a helper thread, and a large one (or one that meets objects of
 * many shapes and is thrown away and compiled again) cost about as much CPU as writing the cells did.
 */

/** Days from Excel's day 0 (1899-12-30, leap-year bug included) to 1970-01-01. */
const EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;
/** Columns a sheet has at most (Excel's XFD): a cell's place is its row times this plus its column. */
const MAX_COLUMNS = 16384;
/** Texts up to this long are escaped once per sheet however often they stand in it (names, statuses, tasks). */
const SHORT_TEXT = 256;

/** The `<sheetData>` of a spec, and what the parts before it need to know of it. */
export interface SheetData {
  /** The `<dimension>`: from A1 to the last row and column written. */
  ref: string;
  /** Writes the rows into `out`; true when a cell holds a formula. */
  write: (out: DeflatingWriter) => boolean;
}

/**
 * The `<sheetData>` of a spec: its extent known first (the `<dimension>` before it needs it), then
 * written row by row. A cell is written when it has a value or a style; a merged range shows its
 * top-left cell's value (ExcelJS drops the others').
 * @example const data = sheetData(spec, styles, null); out.write(`<dimension ref="${data.ref}"/>`); data.write(out);
 */
export function sheetData(spec: SheetSpec, styleTable: StyleTable, strings: SharedStrings | null): SheetData {
  const styles = cellStyles(spec, styleTable);
  const covered = new Set<number>();
  for (const m of (spec.merges ?? []).map(parseRange))
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.column; c < m.column + m.columns; c++)
        if (r > m.row || c > m.column) covered.add(r * MAX_COLUMNS + c);
  // Read once: specs of different sheets differ in shape, and a loop reading them would meet them all.
  const grid = spec.cells;
  const heights = spec.rowHeights ?? [];
  const rows = Math.max(grid.length, heights.length, styles.rows);
  const shown = (r: number, c: number, values: readonly SpecCell[]): SpecCell => {
    const value = values[c] ?? null;
    return value === "" || (value !== null && covered.size && covered.has(r * MAX_COLUMNS + c))
      ? null
      : value;
  };
  const { lastRow, lastColumn } = extent(grid, heights, styles, shown);
  const write = (out: DeflatingWriter): boolean => {
    const cells = new CellWriter(strings);
    const letters: string[] = [];
    out.write("<sheetData>");
    for (let r = 0; r < rows; r++) {
      const height = heights[r];
      const ht = height === null || height === undefined ? "" : ` ht="${height}" customHeight="1"`;
      const values = grid[r] ?? NO_CELLS;
      const width = Math.max(values.length, styles.rowWidth(r));
      const row = String(r + 1);
      let xml = "";
      for (let c = 0; c < width; c++) {
        const value = shown(r, c, values);
        const style = styles.get(r, c);
        if (value !== null || style >= 0)
          xml += cells.cell((letters[c] ??= columnLetter(c)) + row, value, style < 0 ? 0 : style);
      }
      if (xml === "" && ht === "") continue;
      out.write(xml ? `<row r="${row}"${ht}>${xml}</row>` : `<row r="${row}"${ht}/>`);
    }
    out.write("</sheetData>");
    return cells.formulas;
  };
  return { ref: rangeAddress(0, 0, lastRow + 1, lastColumn + 1), write };
}

const NO_CELLS: readonly SpecCell[] = [];

/** The last row written (a cell or a height) and the last column of a cell written, by looking back from each row's end. */
function extent(
  grid: SheetSpec["cells"],
  heights: NonNullable<SheetSpec["rowHeights"]>,
  styles: StyleGrid,
  shown: (r: number, c: number, values: readonly SpecCell[]) => SpecCell,
): { lastRow: number; lastColumn: number } {
  const rows = Math.max(grid.length, heights.length, styles.rows);
  let lastColumn = 0;
  let lastRow = 0;
  for (let r = 0; r < rows; r++) {
    const values = grid[r] ?? NO_CELLS;
    const styled = styles.rowWidth(r) - 1;
    let last = styled;
    for (let c = values.length - 1; c > styled; c--) {
      if (shown(r, c, values) === null) continue;
      last = c;
      break;
    }
    if (last >= 0) lastColumn = Math.max(lastColumn, last);
    if (last >= 0 || (heights[r] !== null && heights[r] !== undefined)) lastRow = r;
  }
  return { lastRow, lastColumn };
}

/**
 * The `<c>` of each cell of a sheet, typed as ExcelJS writes it, formulas without a cached result. One
 * per sheet: it keeps what cells repeat (a text's `<t>`, a day's serial, a style's attribute).
 */
class CellWriter {
  /** True once a cell held a formula. */
  formulas = false;
  private readonly texts = new Map<string, string>();
  private readonly serials = new Map<string, number>();
  private readonly styleAttributes: string[] = [];

  constructor(private readonly strings: SharedStrings | null) {}

  /** `<c>` of the cell at `address` with style `style` (0: none). */
  cell(address: string, value: SpecCell, style: number): string {
    const s = (this.styleAttributes[style] ??= style ? ` s="${style}"` : "");
    if (value === null) return `<c r="${address}"${s}/>`;
    switch (typeof value) {
      case "string":
        return this.strings
          ? `<c r="${address}"${s} t="s"><v>${this.strings.index(value)}</v></c>`
          : `<c r="${address}"${s} t="inlineStr"><is>${this.text(value)}</is></c>`;
      case "number":
        return Number.isFinite(value)
          ? `<c r="${address}"${s}><v>${value}</v></c>`
          : `<c r="${address}"${s}/>`;
      case "boolean":
        return `<c r="${address}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
      default:
        if ("formula" in value) {
          this.formulas = true;
          return `<c r="${address}"${s}><f>${xmlText(value.formula.replace(/^=/, ""))}</f></c>`;
        }
        return `<c r="${address}"${s}><v>${this.serial(value.date)}</v></c>`;
    }
  }

  private text(text: string): string {
    if (text.length > SHORT_TEXT) return textElement(text);
    let element = this.texts.get(text);
    if (element === undefined) this.texts.set(text, (element = textElement(text)));
    return element;
  }

  private serial(day: string): number {
    let serial = this.serials.get(day);
    if (serial === undefined) {
      const { year, month, day: date } = dayParts(day);
      this.serials.set(day, (serial = Date.UTC(year, month - 1, date) / DAY_MS + EPOCH_SERIAL));
    }
    return serial;
  }
}

/**
 * The style index of every cell the spec formats. Cells formatted alike share their format's id, and
 * an id's style is looked up once. Styles are numbered in the order cells were first formatted, merged
 * ranges last: a merged range has one style for all its cells, as in ExcelJS, where the covered cells
 * share the top-left cell's style object, each format applied to any of them landing in it, a later
 * one replacing the parts it sets.
 */
function cellStyles(spec: SheetSpec, styles: StyleTable): StyleGrid {
  const formats = formatGrid(spec);
  const merges = (spec.merges ?? []).map(parseRange);
  // Per format id its style, then one id per merged range after them.
  const xfOf = new Int32Array(formats.ids + merges.length).fill(-1);
  if (!merges.length) {
    numberStyles(formats, styles, xfOf, null);
    return new StyleGrid(formats.applied, formats.width, xfOf);
  }
  // Each formatted cell's merged range (the first that holds it), -1 outside any.
  const mergeAt = new Int32Array(formats.applied.length).fill(-1);
  const height = formats.applied.length / formats.width;
  merges.forEach((m, i) => {
    for (let r = m.row; r < Math.min(m.row + m.rows, height); r++)
      for (let c = m.column; c < Math.min(m.column + m.columns, formats.width); c++)
        if (mergeAt[r * formats.width + c] === -1) mergeAt[r * formats.width + c] = i;
  });
  numberStyles(formats, styles, xfOf, mergeAt);
  const merged = merges.map((): CellStyle => ({}));
  for (const at of formats.order) {
    const merge = mergeAt[at]!;
    if (merge >= 0) Object.assign(merged[merge]!, cellStyle(formats.formatOf(formats.applied[at]!)));
  }
  merges.forEach((_, i) => (xfOf[formats.ids + i] = styles.xf(merged[i]!)));
  // The grid grown to hold every merged range, its cells given their range's id (a later range wins).
  let rows = height;
  let width = formats.width;
  for (const m of merges) {
    rows = Math.max(rows, m.row + m.rows);
    width = Math.max(width, m.column + m.columns);
  }
  const ids = new Int32Array(rows * width);
  for (let r = 0; r < height; r++)
    ids.set(formats.applied.subarray(r * formats.width, (r + 1) * formats.width), r * width);
  merges.forEach((m, i) => {
    for (let r = m.row; r < m.row + m.rows; r++)
      ids.fill(formats.ids + i, r * width + m.column, r * width + m.column + m.columns);
  });
  return new StyleGrid(ids, width, xfOf);
}

/** Gives each format id its style, in the order cells were first formatted, leaving out cells a merge holds. */
function numberStyles(formats: FormatGrid, styles: StyleTable, xfOf: Int32Array, mergeAt: Int32Array | null) {
  for (const id of firstFormatted(formats, mergeAt)) xfOf[id] = styles.xf(cellStyle(formats.formatOf(id)));
}

/** The format ids in the order of the first cell (outside a merge) formatted with each. */
function firstFormatted({ order, applied, ids }: FormatGrid, mergeAt: Int32Array | null): number[] {
  const seen = new Uint8Array(ids);
  const found: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const at = order[i]!;
    const id = applied[at]!;
    if (seen[id] === 1 || (mergeAt !== null && mergeAt[at]! >= 0)) continue;
    seen[id] = 1;
    found.push(id);
  }
  return found;
}

/**
 * The style index of every formatted cell: an id per cell in a typed array by row and column, and the
 * style of each id; and each row's last formatted column. A map per row of a sheet of a hundred
 * thousand cells was a tenth of writing it.
 */
class StyleGrid {
  /** Rows up to the last formatted one. */
  readonly rows: number;
  private readonly widths: Int32Array;

  /** `ids`: by place (`row * width + column`), 0 where a cell has no format; `xfOf`: the style of an id. */
  constructor(
    private readonly ids: Int32Array,
    private readonly width: number,
    private readonly xfOf: Int32Array,
  ) {
    const height = ids.length / width;
    this.widths = new Int32Array(height);
    let rows = 0;
    for (let r = 0; r < height; r++) {
      let c = width;
      while (c > 0 && ids[r * width + c - 1] === 0) c--;
      this.widths[r] = c;
      if (c > 0) rows = r + 1;
    }
    this.rows = rows;
  }

  /** The style of a cell, -1 when it has none. */
  get(row: number, column: number): number {
    return row < this.rows && column < this.width ? this.xfOf[this.ids[row * this.width + column]!]! : -1;
  }

  /** Columns up to the last formatted one in the row. */
  rowWidth(row: number): number {
    return row < this.rows ? this.widths[row]! : 0;
  }
}
