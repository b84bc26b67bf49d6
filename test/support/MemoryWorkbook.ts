import { checkSheetSpecs } from "../../core/sheets/checkSheetSpecs";
import type { CellValue, Grid } from "../../core/_lib/cells";
import { parseRange } from "../../core/_lib/cells";
import { dayParts } from "../../core/_lib/day";
import type { Workbook } from "../../core/actions/Workbook";
import type { SheetSpec, SpecCell } from "../../core/sheets/SheetSpec";

/** One cell as the fake stores it: typed, like a real spreadsheet, never a string that might be a formula. */
export type StoredCell =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "date"; readonly day: string }
  | { readonly kind: "formula"; readonly formula: string };

/** Thrown for a spec Excel would refuse (bad sheet name, range, day or formula): a bug in the caller. */

interface StoredSheet {
  name: string;
  /** `"row,column"` (zero-based) → cell. */
  cells: Map<string, StoredCell>;
}

/**
 * An in-memory Workbook for the core's action tests. It keeps what a spreadsheet keeps (typed cells, tab
 * order, case-insensitive sheet names) and records what a test wants to check: every spec written and
 * how many calls each method got. Formulas read back as null: it cannot compute them.
 * @example const workbook = MemoryWorkbook.withSheets({ "2022-09": [["Tunnus", "Tila"], ["1.1.1.1", "Valmis"]] })
 */
export class MemoryWorkbook implements Workbook {
  private readonly sheets: StoredSheet[] = [];
  /** Every `writeSheets` call's specs, in call order. */
  readonly writes: (readonly SheetSpec[])[] = [];
  /** How many times each method was called. */
  readonly calls = { sheetNames: 0, readSheets: 0, writeSheets: 0 };

  /** A workbook holding these sheets, in this order; seeding is neither counted nor recorded. */
  static withSheets(sheets: Record<string, readonly (readonly SpecCell[])[]>): MemoryWorkbook {
    const workbook = new MemoryWorkbook();
    const specs = Object.entries(sheets).map(([name, cells]) => ({ name, cells }));
    checkSheetSpecs(specs);
    for (const spec of specs) workbook.store(spec);
    return workbook;
  }

  /** The specs of the latest `writeSheets` call (empty before any). */
  get lastSpecs(): readonly SheetSpec[] {
    return this.writes.at(-1) ?? [];
  }

  /** The spec the named sheet was last written with, if any call wrote it. */
  specOf(name: string): SheetSpec | undefined {
    for (let i = this.writes.length - 1; i >= 0; i--) {
      const spec = this.writes[i]!.find((s) => sameName(s.name, name));
      if (spec) return spec;
    }
    return undefined;
  }

  /** How the named sheet stores one cell (`"B2"`); undefined when the sheet or the cell is empty. */
  cell(sheet: string, a1: string): StoredCell | undefined {
    const { row, column } = parseRange(a1);
    return this.find(sheet)?.cells.get(`${row},${column}`);
  }

  async sheetNames(): Promise<string[]> {
    this.calls.sheetNames++;
    return this.sheets.map((sheet) => sheet.name);
  }

  async readSheets(names: readonly string[]): Promise<Map<string, Grid>> {
    this.calls.readSheets++;
    const grids = new Map<string, Grid>();
    for (const name of names) {
      const sheet = this.find(name);
      if (sheet) grids.set(name, toGrid(sheet));
    }
    return grids;
  }

  async writeSheets(specs: readonly SheetSpec[]): Promise<void> {
    this.calls.writeSheets++;
    checkSheetSpecs(specs);
    this.writes.push([...specs]);
    for (const spec of specs) this.store(spec);
  }

  private store(spec: Pick<SheetSpec, "name" | "cells">): void {
    const cells = new Map<string, StoredCell>();
    spec.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        const stored = toStored(value);
        if (stored) cells.set(`${r},${c}`, stored);
      }),
    );
    const existing = this.find(spec.name);
    if (existing) {
      existing.name = spec.name;
      existing.cells = cells;
    } else {
      this.sheets.push({ name: spec.name, cells });
    }
  }

  private find(name: string): StoredSheet | undefined {
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => sameName(s.name, name));
  }
}

/** Excel and Sheets both treat sheet names that differ only in case as the same sheet. */
function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

function toStored(value: SpecCell): StoredCell | null {
  if (value === null || value === "") return null;
  if (typeof value === "string") return { kind: "text", text: value };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if ("formula" in value) return { kind: "formula", formula: value.formula };
  return { kind: "date", day: value.date };
}

/** From A1 to the last stored cell, padded with null; dates as UTC midnight, as ExcelJS gives them. */
function toGrid(sheet: StoredSheet): Grid {
  let rows = 0;
  let columns = 0;
  const entries = [...sheet.cells].map(([key, cell]) => {
    const [row, column] = key.split(",").map(Number) as [number, number];
    rows = Math.max(rows, row + 1);
    columns = Math.max(columns, column + 1);
    return { row, column, cell };
  });
  const grid: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(columns).fill(null));
  for (const { row, column, cell } of entries) grid[row]![column] = readValue(cell);
  return grid;
}

function readValue(cell: StoredCell): CellValue {
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "number":
    case "boolean":
      return cell.value;
    case "date": {
      const { year, month, day } = dayParts(cell.day);
      return new Date(Date.UTC(year, month - 1, day));
    }
    case "formula":
      return null;
  }
}
