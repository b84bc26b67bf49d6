/**
 * The document behind the fake Excel: sheets of sparse cells plus the sheet-level things Office.js can
 * set. Plain TypeScript with no Node or DOM APIs, so it also runs bundled inside a browser page.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export type FakeScalar = string | number | boolean;

export interface FakeCellFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  wrap?: boolean;
  align?: string;
  /** Excel's default is locked; only `false` is stored. */
  locked?: boolean;
  /** Border style per edge of this cell: `top`, `bottom`, `left`, `right`. */
  borders?: Record<string, string>;
}

/** One stored cell. `formula` is set only when Excel holds a formula there. */
export interface FakeCell {
  value: FakeScalar;
  formula?: string;
  /** True when the cell was entered with a leading apostrophe (Excel's "quote prefix"). */
  quotePrefix?: boolean;
  numberFormat?: string;
  format?: FakeCellFormat;
}

/** Zero-based, inclusive-exclusive sizes like core's parseRange. */
export interface Bounds {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface FakeValidation {
  bounds: Bounds;
  rule: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
  ignoreBlanks?: boolean;
}

export interface FakeConditionalFormat {
  bounds: Bounds;
  type: string;
  rule: Record<string, unknown>;
  fill?: string;
  fontColor?: string;
}

export interface FakeChart {
  id: number;
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  topLeft?: string;
  bottomRight?: string;
  width: number;
  height: number;
  /** Colours set on series, by series index. */
  seriesColours?: string[];
}

export class FakeError extends Error {
  override name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message };
  }
}

let nextId = 1;

export class FakeSheet {
  readonly id = `{fake-sheet-${nextId++}}`;
  name: string;
  visibility = "Visible";
  tabColor = "";
  protected = false;
  protectionOptions: unknown = undefined;
  /** Set when a user protected the sheet with a password. */
  protectionPassword?: string;
  frozen = { rows: 0, columns: 0 };
  readonly cells = new Map<number, FakeCell>();
  /** Points per zero-based column index. */
  readonly columnWidths = new Map<number, number>();
  /** Zero-based columns hidden with `range.columnHidden`. */
  readonly hiddenColumns = new Set<number>();
  /** Points per zero-based row index, for rows given a height. */
  readonly rowHeights = new Map<number, number>();
  merges: Bounds[] = [];
  validations: FakeValidation[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  charts: FakeChart[] = [];

  constructor(name: string) {
    this.name = name;
  }

  static key(row: number, column: number): number {
    return row * MAX_COLUMNS + column;
  }

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(FakeSheet.key(row, column));
  }

  /** The cell, created empty when missing, for writing. */
  touch(row: number, column: number): FakeCell {
    const key = FakeSheet.key(row, column);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "" };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Calls `fn` for every stored cell inside `bounds` (never walks empty cells of a huge range). */
  forEachStored(
    bounds: Bounds,
    fn: (cell: FakeCell, row: number, column: number, key: number) => void,
  ): void {
    for (const [key, cell] of this.cells) {
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      if (contains(bounds, row, column)) fn(cell, row, column, key);
    }
  }

  /** Calls `fn` for every cell of `bounds`, creating them; only for ranges of ordinary size. */
  forEachCell(bounds: Bounds, fn: (cell: FakeCell, row: number, column: number) => void): void {
    if (bounds.rows * bounds.columns > 5_000_000) {
      this.forEachStored(bounds, fn);
      return;
    }
    for (let r = 0; r < bounds.rows; r++) {
      for (let c = 0; c < bounds.columns; c++) {
        fn(this.touch(bounds.row + r, bounds.column + c), bounds.row + r, bounds.column + c);
      }
    }
  }

  /** Used range: cells with content, or (valuesOnly false) also formatted ones; null when none. */
  usedBounds(valuesOnly: boolean): Bounds | null {
    return this.usedBoundsWithin(null, valuesOnly);
  }

  /** The used range of the cells inside `within` (the whole sheet when null). */
  usedBoundsWithin(within: Bounds | null, valuesOnly: boolean): Bounds | null {
    let minR = Infinity;
    let minC = Infinity;
    let maxR = -1;
    let maxC = -1;
    for (const [key, cell] of this.cells) {
      const hasContent = cell.formula !== undefined || cell.value !== "";
      const hasFormat = cell.numberFormat !== undefined || cell.format !== undefined;
      if (!hasContent && (valuesOnly || !hasFormat)) continue;
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      if (within && !contains(within, row, column)) continue;
      minR = Math.min(minR, row);
      minC = Math.min(minC, column);
      maxR = Math.max(maxR, row);
      maxC = Math.max(maxC, column);
    }
    if (maxR < 0) return null;
    return { row: minR, column: minC, rows: maxR - minR + 1, columns: maxC - minC + 1 };
  }
}

export class FakeWorkbookModel {
  sheets: FakeSheet[] = [];
  activeSheet: FakeSheet | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** The day TODAY() returns; the real day unless a test sets one. */
  today: Date | null = null;
  private nextChartId = 1;

  constructor(sheetNames: readonly string[] = ["Taul1"]) {
    for (const name of sheetNames) this.sheets.push(new FakeSheet(name));
    this.activeSheet = this.sheets[0] ?? null;
  }

  find(name: string): FakeSheet | null {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key) ?? null;
  }

  add(name: string | undefined): FakeSheet {
    const sheetName = name ?? this.freeName();
    if (this.find(sheetName))
      throw new FakeError("ItemAlreadyExists", `A sheet named ${sheetName} already exists.`);
    if (!/^[^[\]:*?/\\]{1,31}$/.test(sheetName) || sheetName.startsWith("'") || sheetName.endsWith("'")) {
      throw new FakeError("InvalidArgument", `Not a valid sheet name: ${sheetName}`);
    }
    const sheet = new FakeSheet(sheetName);
    this.sheets.push(sheet);
    return sheet;
  }

  remove(sheet: FakeSheet): void {
    if (this.sheets.filter((s) => s.visibility === "Visible").length <= 1 && sheet.visibility === "Visible") {
      throw new FakeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.activeSheet === sheet)
      this.activeSheet = this.sheets.find((s) => s.visibility === "Visible") ?? null;
  }

  chartId(): number {
    return this.nextChartId++;
  }

  private freeName(): string {
    for (let i = this.sheets.length + 1; ; i++) {
      if (!this.find(`Taul${i}`)) return `Taul${i}`;
    }
  }
}

export function contains(bounds: Bounds, row: number, column: number): boolean {
  return (
    row >= bounds.row &&
    row < bounds.row + bounds.rows &&
    column >= bounds.column &&
    column < bounds.column + bounds.columns
  );
}

export function intersects(a: Bounds, b: Bounds): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

export function columnLetters(index: number): string {
  let letters = "";
  let n = index + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `A1`, `A1:C3`, `A:C`, `2:5`, with optional `$` and an optional `Sheet!` or `'Sheet'!` prefix. */
export function parseAddress(address: string): { sheet?: string; bounds: Bounds } {
  let text = address.trim();
  let sheet: string | undefined;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    sheet = text
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const part = (p: string): { row?: number; column?: number } => {
    const m = /^\$?([A-Z]{0,3})\$?(\d*)$/i.exec(p);
    if (!m || (m[1] === "" && m[2] === ""))
      throw new FakeError("InvalidArgument", `Not an address: ${address}`);
    return {
      ...(m[1] ? { column: columnNumber(m[1]) } : {}),
      ...(m[2] ? { row: Number(m[2]) - 1 } : {}),
    };
  };
  const [first = "", second] = text.split(":");
  const a = part(first);
  const b = second === undefined ? a : part(second);
  const r1 = a.row ?? 0;
  const r2 = b.row ?? (a.row === undefined ? MAX_ROWS - 1 : r1);
  const c1 = a.column ?? 0;
  const c2 = b.column ?? (a.column === undefined ? MAX_COLUMNS - 1 : c1);
  const bounds = {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    columns: Math.abs(c2 - c1) + 1,
  };
  if (bounds.row + bounds.rows > MAX_ROWS || bounds.column + bounds.columns > MAX_COLUMNS) {
    throw new FakeError("InvalidArgument", `Address outside the sheet: ${address}`);
  }
  return sheet === undefined ? { bounds } : { sheet, bounds };
}

export function formatAddress(bounds: Bounds): string {
  const start = `${columnLetters(bounds.column)}${bounds.row + 1}`;
  if (bounds.rows === 1 && bounds.columns === 1) return start;
  return `${start}:${columnLetters(bounds.column + bounds.columns - 1)}${bounds.row + bounds.rows}`;
}
