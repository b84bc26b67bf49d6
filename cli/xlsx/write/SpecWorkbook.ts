import type { CellValue, Grid } from "../../../core/_lib/cells";
import { parseRange } from "../../../core/_lib/cells";
import { dayParts } from "../../../core/_lib/day";
import type { Workbook } from "../../../core/actions/Workbook";
import { checkSheetSpecs } from "../../../core/sheets/checkSheetSpecs";
import type { SheetSpec, SpecCell } from "../../../core/sheets/SheetSpec";
import { writeXlsx } from "./writeXlsx";

/**
 * A new workbook held as the sheet specs written to it, saved by `writeXlsx` without ExcelJS: the
 * command line's national workbook when there is no earlier one to carry forward. Reading gives what an
 * ExcelJS workbook would after the same writes: values as written, dates as Date objects, formulas
 * without a result (null) and the covered cells of a merge empty. The hidden sheet of long drop-down
 * lists is made when the file is saved, so it is not among the sheets before.
 * @example const national = new SpecWorkbook(); await consolidate(national, sources, { month }); await national.toXlsx(new Date())
 */
export class SpecWorkbook implements Workbook {
  private readonly specs: SheetSpec[] = [];

  async sheetNames(): Promise<string[]> {
    return this.specs.map((spec) => spec.name);
  }

  async readSheets(names: readonly string[]): Promise<Map<string, Grid>> {
    const grids = new Map<string, Grid>();
    for (const name of names) {
      const spec = this.specs[this.find(name)];
      if (spec) grids.set(name, specGrid(spec));
    }
    return grids;
  }

  /** A sheet that exists is replaced in the same tab position; new sheets go after the others. */
  async writeSheets(specs: readonly SheetSpec[]): Promise<void> {
    checkSheetSpecs(specs);
    for (const spec of specs) {
      const at = this.find(spec.name);
      if (at >= 0) this.specs[at] = spec;
      else this.specs.push(spec);
    }
  }

  /** The workbook as the bytes of an .xlsx file, its parts dated `date`. */
  toXlsx(date: Date): Promise<Buffer> {
    return writeXlsx(this.specs, date);
  }

  /** Excel compares sheet names case-insensitively; an exact match wins. */
  private find(name: string): number {
    const exact = this.specs.findIndex((spec) => spec.name === name);
    if (exact >= 0) return exact;
    const lower = name.toLocaleLowerCase();
    return this.specs.findIndex((spec) => spec.name.toLocaleLowerCase() === lower);
  }
}

function cellValue(cell: SpecCell | undefined): CellValue {
  if (cell === null || cell === undefined || cell === "") return null;
  if (typeof cell !== "object") return typeof cell === "number" && !Number.isFinite(cell) ? null : cell;
  if ("formula" in cell) return null;
  const { year, month, day } = dayParts(cell.date);
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * The values of a spec from A1 to its last row and column holding a value, padded with null: what
 * ExcelJS reads of the sheet after rendering it.
 */
export function specGrid(spec: SheetSpec): Grid {
  const covered = new Set<string>();
  for (const m of (spec.merges ?? []).map(parseRange))
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.column; c < m.column + m.columns; c++)
        if (r > m.row || c > m.column) covered.add(`${r},${c}`);
  const rows = spec.cells.map((cells, r) =>
    cells.map((cell, c) => (covered.size && covered.has(`${r},${c}`) ? null : cellValue(cell))),
  );
  let height = 0;
  let width = 0;
  rows.forEach((cells, r) =>
    cells.forEach((value, c) => {
      if (value === null) return;
      height = Math.max(height, r + 1);
      width = Math.max(width, c + 1);
    }),
  );
  return rows.slice(0, height).map((cells) => Array.from({ length: width }, (_, c) => cells[c] ?? null));
}
