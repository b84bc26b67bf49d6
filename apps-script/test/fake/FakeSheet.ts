import { parseRange } from "../../../core/_lib/cells";
import type { FakeDataValidation } from "./builders";
import {
  FakeConditionalFormatRule,
  FakeEmbeddedChart,
  FakeEmbeddedChartBuilder,
  FakeProtection,
} from "./builders";
import type { FakeCell } from "./cellInput";
import type { FakeFilter } from "./FakeFilter";
import { FakeObject } from "./counting";
import type { FakeSpreadsheet } from "./FakeSpreadsheet";
import type { CellFormat } from "./FakeRange";
import { FakeRange, FakeRangeList, contains, intersects } from "./FakeRange";

/** Zero-based rectangle. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const KEY_STRIDE = 1 << 15;
const key = (row: number, column: number) => row * KEY_STRIDE + column;
const unkey = (k: number) => ({ row: Math.floor(k / KEY_STRIDE), column: k % KEY_STRIDE });

/** Sheets gives a new sheet 1,000 rows and 26 columns. */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

let nextSheetId = 1;

/** One tab, with the Sheet methods the hosts use. */
export class FakeSheet extends FakeObject {
  _maxRows = NEW_SHEET_ROWS;
  _maxCols = NEW_SHEET_COLUMNS;
  _cells = new Map<number, FakeCell>();
  _formats = new Map<number, CellFormat>();
  _validations = new Map<number, FakeDataValidation>();
  _merges: Rect[] = [];
  _frozenRows = 0;
  _frozenCols = 0;
  _hidden = false;
  _tabColor: string | null = null;
  _widths = new Map<number, number>();
  _protections: FakeProtection[] = [];
  _rules: FakeConditionalFormatRule[] = [];
  _charts: FakeEmbeddedChart[] = [];
  _filter: FakeFilter | null = null;
  readonly _id = nextSheetId++;

  constructor(
    readonly _ss: FakeSpreadsheet,
    public _name: string,
  ) {
    super(_ss._runtime, "Sheet");
  }

  // ---- helpers (free) ----

  _cellAt(row: number, column: number): FakeCell | undefined {
    return this._cells.get(key(row, column));
  }
  _setCell(row: number, column: number, cell: FakeCell | null): void {
    if (cell) this._cells.set(key(row, column), cell);
    else this._cells.delete(key(row, column));
  }
  _formatAt(row: number, column: number, create = false): CellFormat | undefined {
    let format = this._formats.get(key(row, column));
    if (!format && create) this._formats.set(key(row, column), (format = {}));
    return format;
  }
  _clearFormat(row: number, column: number): void {
    this._formats.delete(key(row, column));
  }
  _validationAt(row: number, column: number): FakeDataValidation | undefined {
    return this._validations.get(key(row, column));
  }
  _setValidation(row: number, column: number, rule: FakeDataValidation | null): void {
    if (rule) this._validations.set(key(row, column), rule);
    else this._validations.delete(key(row, column));
  }
  _merge(rect: Rect): void {
    if (this._merges.some((m) => intersects(m, rect))) {
      throw new Error("You must select all cells in a merged range to merge or unmerge them.");
    }
    this._merges.push({ ...rect });
  }
  _breakApart(rect: Rect): void {
    if (this._merges.some((m) => intersects(m, rect) && !contains(rect, m))) {
      throw new Error("You must select all cells in a merged range to merge or unmerge them.");
    }
    this._merges = this._merges.filter((m) => !intersects(m, rect));
  }
  /** Throws like Sheets when the current user may not edit a protected cell of `rect`. */
  _assertEditable(rect: Rect): void {
    for (const protection of this._protections) {
      if (!protection._blocks(this._runtime.currentUser, rect)) continue;
      throw new Error(
        "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.",
      );
    }
  }
  _lastRow(): number {
    let last = 0;
    for (const k of this._cells.keys()) last = Math.max(last, unkey(k).row + 1);
    return last;
  }
  _lastColumn(): number {
    let last = 0;
    for (const k of this._cells.keys()) last = Math.max(last, unkey(k).column + 1);
    return last;
  }
  _rangeOf(rect: Rect): FakeRange {
    if (rect.rows < 1) throw new Error("The number of rows in the range must be at least 1.");
    if (rect.cols < 1) throw new Error("The number of columns in the range must be at least 1.");
    if (rect.row < 0 || rect.col < 0) throw new Error("Those rows are out of bounds.");
    if (rect.row + rect.rows > this._maxRows || rect.col + rect.cols > this._maxCols) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return new FakeRange(this, rect);
  }
  _a1(a1: string): FakeRange {
    const { row, column, rows, columns } = parseRange(a1);
    return this._rangeOf({ row, col: column, rows, cols: columns });
  }
  /** Moves everything at or below `from` (rows) or right of it (columns) by `delta`. */
  _shift(axis: "row" | "column", from: number, delta: number): void {
    const moveMap = <T>(map: Map<number, T>): Map<number, T> => {
      const next = new Map<number, T>();
      for (const [k, v] of map) {
        const { row, column } = unkey(k);
        const at = axis === "row" ? row : column;
        if (delta < 0 && at >= from && at < from - delta) continue;
        const moved = at >= from ? at + delta : at;
        next.set(axis === "row" ? key(moved, column) : key(row, moved), v);
      }
      return next;
    };
    this._cells = moveMap(this._cells);
    this._formats = moveMap(this._formats);
    this._validations = moveMap(this._validations);
  }

  /**
   * This sheet as it lands in a copy of its spreadsheet (`Spreadsheet.copy`): cells (values, formulas),
   * formats, validations, merges, frozen rows and columns, widths, visibility, tab colour, grid size,
   * and, in `_copyReferencesInto` once every sheet of the copy exists, what refers to ranges. Free:
   * Google does the work.
   */
  _copyInto(ss: FakeSpreadsheet): FakeSheet {
    const copy = new FakeSheet(ss, this._name);
    copy._maxRows = this._maxRows;
    copy._maxCols = this._maxCols;
    copy._cells = new Map([...this._cells].map(([k, cell]) => [k, { ...cell }]));
    copy._formats = new Map([...this._formats].map(([k, format]) => [k, { ...format }]));
    copy._validations = new Map(this._validations);
    copy._merges = this._merges.map((m) => ({ ...m }));
    copy._frozenRows = this._frozenRows;
    copy._frozenCols = this._frozenCols;
    copy._hidden = this._hidden;
    copy._tabColor = this._tabColor;
    copy._widths = new Map(this._widths);
    copy._hiddenColumns = new Set(this._hiddenColumns);
    return copy;
  }
  /**
   * The second half of a copy: conditional format rules, charts and protections, their ranges moved onto
   * the copy's sheets by `rangeIn`. Protections keep their settings; the copy's owner may always edit.
   */
  _copyReferencesInto(copy: FakeSheet, rangeIn: (range: FakeRange) => FakeRange): void {
    copy._rules = this._rules.map(
      (r) =>
        new FakeConditionalFormatRule(
          r._runtime,
          r._condition,
          r._background,
          r._fontColor,
          r._ranges.map(rangeIn),
        ),
    );
    copy._charts = this._charts.map(
      (c) =>
        new FakeEmbeddedChart(
          c._runtime,
          c._chartType,
          c._ranges.map(rangeIn),
          { ...c._position },
          { ...c._options },
          c._numHeaders,
        ),
    );
    // A copy keeps sheet protections (with no editors but its owner) and drops range protections.
    copy._protections = this._protections
      .filter((p) => p._kind === "SHEET")
      .map((p) => p._copyOnto(copy, rangeIn));
  }

  // ---- Sheet methods (each one a service call) ----

  getName(): string {
    return this._name;
  }
  setName(name: string): this {
    this._ss._assertFreeName(name, this);
    this._name = name;
    return this;
  }
  getSheetId(): number {
    return this._id;
  }
  getIndex(): number {
    return this._ss._sheets.indexOf(this) + 1;
  }
  getParent(): FakeSpreadsheet {
    return this._ss;
  }
  activate(): this {
    this._ss._active = this;
    return this;
  }
  getFilter(): FakeFilter | null {
    return this._filter;
  }

  getRange(a1OrRow: string | number, column?: number, numRows = 1, numColumns = 1): FakeRange {
    if (typeof a1OrRow === "string") return this._a1(a1OrRow);
    return this._rangeOf({ row: a1OrRow - 1, col: (column ?? 1) - 1, rows: numRows, cols: numColumns });
  }
  getRangeList(a1Notations: string[]): FakeRangeList {
    if (a1Notations.length === 0)
      throw new Error("The parameters (number[]) don't match the method signature.");
    return new FakeRangeList(a1Notations.map((a1) => this._a1(a1)));
  }
  getDataRange(): FakeRange {
    return this._rangeOf({
      row: 0,
      col: 0,
      rows: Math.max(this._lastRow(), 1),
      cols: Math.max(this._lastColumn(), 1),
    });
  }
  getLastRow(): number {
    return this._lastRow();
  }
  getLastColumn(): number {
    return this._lastColumn();
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxCols;
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    if (howMany < 1) throw new Error("The number of rows must be at least 1.");
    this._shift("row", afterPosition, howMany);
    this._maxRows += howMany;
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    if (howMany < 1) throw new Error("The number of columns must be at least 1.");
    this._shift("column", afterPosition, howMany);
    this._maxCols += howMany;
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): this {
    if (howMany < 1 || rowPosition < 1 || rowPosition - 1 + howMany > this._maxRows) {
      throw new Error("Those rows are out of bounds.");
    }
    if (howMany >= this._maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this._shift("row", rowPosition - 1, -howMany);
    this._maxRows -= howMany;
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): this {
    if (howMany < 1 || columnPosition < 1 || columnPosition - 1 + howMany > this._maxCols) {
      throw new Error("Those columns are out of bounds.");
    }
    if (howMany >= this._maxCols) throw new Error("You can't delete all the columns on the sheet.");
    this._shift("column", columnPosition - 1, -howMany);
    this._maxCols -= howMany;
    return this;
  }

  clear(): this {
    this._assertEditable({ row: 0, col: 0, rows: this._maxRows, cols: this._maxCols });
    this._cells.clear();
    this._formats.clear();
    return this;
  }

  setFrozenRows(rows: number): void {
    this._frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this._frozenCols = columns;
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  getFrozenColumns(): number {
    return this._frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    if (startColumn < 1 || startColumn - 1 + numColumns > this._maxCols) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    for (let c = startColumn; c < startColumn + numColumns; c++) this._widths.set(c, width);
    return this;
  }
  /** Rows Sheets was asked to fit to their content, as [startRow, numRows]. */
  _autoResizedRows: [number, number][] = [];
  autoResizeRows(startRow: number, numRows: number): this {
    if (startRow < 1 || numRows < 1 || startRow - 1 + numRows > this._maxRows) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    this._autoResizedRows.push([startRow, numRows]);
    return this;
  }
  /** 1-based columns hidden with `hideColumns`. */
  _hiddenColumns = new Set<number>();
  hideColumns(columnIndex: number, numColumns = 1): void {
    if (columnIndex < 1 || numColumns < 1 || columnIndex - 1 + numColumns > this._maxCols) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenColumns.add(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._hiddenColumns.has(columnPosition);
  }
  getColumnWidth(columnPosition: number): number {
    return this._widths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  hideSheet(): this {
    const visible = this._ss._sheets.filter((s) => !s._hidden && s !== this);
    if (visible.length === 0) throw new Error("You can't hide all the sheets in a document.");
    this._hidden = true;
    return this;
  }
  showSheet(): this {
    this._hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }
  setTabColor(color: string | null): this {
    this._tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this._tabColor;
  }

  protect(): FakeProtection {
    const protection = new FakeProtection(this, "SHEET", null);
    this._protections.push(protection);
    return protection;
  }
  /** `Range.protect`: a range protection on this sheet (free; the Range call is the one counted). */
  _protectRange(rect: Rect): FakeProtection {
    const protection = new FakeProtection(this, "RANGE", { ...rect });
    this._protections.push(protection);
    return protection;
  }
  getProtections(type: string): FakeProtection[] {
    return this._protections.filter((p) => p._kind === type);
  }

  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this._rules = [...rules];
  }
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return [...this._rules];
  }
  clearConditionalFormatRules(): void {
    this._rules = [];
  }

  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this);
  }
  insertChart(chart: FakeEmbeddedChart): void {
    this._charts.push(chart);
  }
  getCharts(): FakeEmbeddedChart[] {
    return [...this._charts];
  }
  removeChart(chart: FakeEmbeddedChart): void {
    this._charts = this._charts.filter((c) => c !== chart);
  }
}
