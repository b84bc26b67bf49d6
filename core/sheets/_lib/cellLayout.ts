import { parseRange } from "../../_lib/cells";
import type { SheetSpec, SpecCell, StyleSpec } from "../SheetSpec";
import type { TextStyle } from "./textWidth";

/** How one cell shows: its text as the number format prints it, and what decides its width. */
export interface CellLook extends TextStyle {
  readonly text: string;
  readonly wrap: boolean;
  /** Numbers and dates never spill into the next cell; text does when that cell is empty. */
  readonly isText: boolean;
  /** Columns the cell spans (a merge), 1 otherwise. */
  readonly span: number;
  /** True for cells a merge covers (not its top-left). */
  readonly covered: boolean;
}

function shown(cell: SpecCell, numberFormat: string | undefined): string {
  if (cell === null) return "";
  if (typeof cell === "number") {
    if (numberFormat?.includes("%")) return `${Math.round(cell * 100)} %`;
    if (numberFormat?.startsWith("+")) return `${cell >= 0 ? "+" : "-"}${Math.abs(cell).toFixed(1)}`;
    return String(cell);
  }
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "object") return "date" in cell ? "30.12.2022" : "";
  return cell;
}

/**
 * The look of every cell of a spec, row by row: what the styles and merges say about it. Later styles
 * win, as the hosts apply them in order.
 */
export function cellLayout(spec: SheetSpec): CellLook[][] {
  // Each row's styles and merges, in order: a sheet of thousands of rows has hundreds of styles, and
  // looking at every style for every cell was most of the time of fitting it.
  const rowsOf = <T extends { row: number; rows: number }>(boxes: readonly T[]): T[][] => {
    const byRow: T[][] = Array.from({ length: spec.cells.length }, () => []);
    for (const box of boxes)
      for (let r = box.row; r < Math.min(box.row + box.rows, byRow.length); r++) byRow[r]!.push(box);
    return byRow;
  };
  const styles = rowsOf((spec.styles ?? []).map((s) => ({ ...s, ...parseRange(s.range) })));
  const merges = rowsOf((spec.merges ?? []).map((m) => parseRange(m)));
  // Rows under the same styles (a table's body) share their columns' looks: found once for them all.
  let shared: Formatted[] = [];
  let sharedStyles: (typeof styles)[number] = [];
  return spec.cells.map((row, r) => {
    const rowStyles = styles[r]!;
    if (!sameItems(rowStyles, sharedStyles)) {
      shared = [];
      sharedStyles = rowStyles;
    }
    return row.map((cell, c): CellLook => {
      const formatted = (shared[c] ??= formatOf(rowStyles, c));
      const merge = merges[r]!.length
        ? merges[r]!.find((m) => c >= m.column && c < m.column + m.columns)
        : undefined;
      if (merge === undefined) return plainLook(formatted, cell);
      return {
        text: shown(cell, formatted.numberFormat),
        bold: formatted.bold,
        fontSize: formatted.fontSize,
        wrap: formatted.wrap,
        isText: typeof cell === "string",
        span: merge && merge.row === r && merge.column === c ? merge.columns : 1,
        covered: merge !== undefined && (merge.row !== r || merge.column !== c),
      };
    });
  });
}

/** What the styles of a row say about one of its columns, and the looks of its cells outside merges. */
interface Formatted {
  bold: boolean;
  fontSize: number;
  wrap: boolean;
  numberFormat: string | undefined;
  /** By text shown, for text cells and for the others (numbers, dates, booleans). */
  texts: Map<string, CellLook>;
  values: Map<string, CellLook>;
}

/**
 * The look of a cell outside any merge: one object for the cells of a column that show the same text
 * alike (a table repeats tasks, statuses and dates down its rows), as a look of each of the tens of
 * thousands of cells of a large sheet, all kept while it is fitted, was much of the time of fitting it.
 */
function plainLook(formatted: Formatted, cell: SpecCell): CellLook {
  const isText = typeof cell === "string";
  const text = shown(cell, formatted.numberFormat);
  const looks = isText ? formatted.texts : formatted.values;
  let look = looks.get(text);
  if (look === undefined) {
    const { bold, fontSize, wrap } = formatted;
    looks.set(text, (look = { text, bold, fontSize, wrap, isText, span: 1, covered: false }));
  }
  return look;
}

function formatOf(
  styles: readonly (StyleSpec & { column: number; columns: number })[],
  c: number,
): Formatted {
  const formatted: Formatted = {
    bold: false,
    fontSize: 11,
    wrap: false,
    numberFormat: undefined,
    texts: new Map(),
    values: new Map(),
  };
  for (const s of styles) {
    if (c < s.column || c >= s.column + s.columns) continue;
    if (s.bold !== undefined) formatted.bold = s.bold;
    if (s.fontSize !== undefined) formatted.fontSize = s.fontSize;
    if (s.wrap !== undefined) formatted.wrap = s.wrap;
    if (s.numberFormat !== undefined) formatted.numberFormat = s.numberFormat;
  }
  return formatted;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
