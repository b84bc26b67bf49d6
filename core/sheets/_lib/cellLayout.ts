import { parseRange } from "../../_lib/cells";
import type { SheetSpec, SpecCell } from "../SheetSpec";
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
  return spec.cells.map((row, r) =>
    row.map((cell, c): CellLook => {
      let bold = false;
      let fontSize = 11;
      let wrap = false;
      let numberFormat: string | undefined;
      for (const s of styles[r]!) {
        if (c < s.column || c >= s.column + s.columns) continue;
        if (s.bold !== undefined) bold = s.bold;
        if (s.fontSize !== undefined) fontSize = s.fontSize;
        if (s.wrap !== undefined) wrap = s.wrap;
        if (s.numberFormat !== undefined) numberFormat = s.numberFormat;
      }
      const merge = merges[r]!.find((m) => c >= m.column && c < m.column + m.columns);
      return {
        text: shown(cell, numberFormat),
        bold,
        fontSize,
        wrap,
        isText: typeof cell === "string",
        span: merge && merge.row === r && merge.column === c ? merge.columns : 1,
        covered: merge !== undefined && (merge.row !== r || merge.column !== c),
      };
    }),
  );
}
