import { rangeAddress } from "../../../core/_lib/cells";
import type { FakeCell } from "./cellInput";
import { isDateFormat, parseInput, serialToDate } from "./cellInput";
import { FakeObject } from "./counting";
import type { FakeFilter } from "./FakeFilter";
import { createFilter } from "./FakeFilter";
import type { FakeSheet, Rect } from "./FakeSheet";
import type { FakeDataValidation } from "./builders";

/** Formatting the fake keeps per cell. */
export interface CellFormat {
  numberFormat?: string;
  background?: string | null;
  fontWeight?: string | null;
  fontStyle?: string | null;
  fontSize?: number | null;
  fontColor?: string | null;
  wrap?: boolean;
  align?: string | null;
  border?: boolean;
}

type Matrix<T> = T[][];

/** A cell holds at most 50,000 characters. */
export const CELL_CHARACTER_LIMIT = 50_000;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A rectangle of a fake sheet, with the Range methods the hosts use. */
export class FakeRange extends FakeObject {
  constructor(
    readonly _sheet: FakeSheet,
    readonly _rect: Rect,
  ) {
    super(_sheet._runtime, "Range");
  }

  createFilter(): FakeFilter {
    return createFilter(this._sheet, this._rect);
  }

  private _each(visit: (row: number, column: number, r: number, c: number) => void): void {
    const { row, col, rows, cols } = this._rect;
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) visit(row + r, col + c, r, c);
  }

  private _matrix<T>(read: (row: number, column: number) => T): Matrix<T> {
    const out: Matrix<T> = Array.from({ length: this._rect.rows }, () => []);
    this._each((row, column, r) => out[r]!.push(read(row, column)));
    return out;
  }

  private _checkShape(values: unknown, what: string): asserts values is unknown[][] {
    const { rows, cols } = this._rect;
    if (!Array.isArray(values) || values.length !== rows) {
      const has = Array.isArray(values) ? values.length : 0;
      throw new Error(
        `The number of rows in the ${what} does not match the number of rows in the range. The ${what} has ${has} but the range has ${rows}.`,
      );
    }
    for (const row of values) {
      if (!Array.isArray(row) || row.length !== cols) {
        const has = Array.isArray(row) ? row.length : 0;
        throw new Error(
          `The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${has} but the range has ${cols}.`,
        );
      }
    }
  }

  private _format(update: (format: CellFormat) => void): this {
    this._sheet._assertEditable(this._rect);
    this._each((row, column) => update(this._sheet._formatAt(row, column, true)!));
    return this;
  }

  private _store(row: number, column: number, rawInput: unknown): void {
    if (typeof rawInput === "string" && rawInput.length > CELL_CHARACTER_LIMIT)
      throw new Error(
        `Your input contains more than the maximum of ${CELL_CHARACTER_LIMIT} characters in a single cell.`,
      );
    // Sheets keeps text as Unicode: half of a surrogate pair cannot be stored and becomes U+FFFD.
    const input = typeof rawInput === "string" ? rawInput.replace(LONE_SURROGATE, "\uFFFD") : rawInput;
    // A plain-text ("@") cell takes a string as it is, apostrophe and all, as Sheets does.
    if (
      typeof input === "string" &&
      input !== "" &&
      this._sheet._formatAt(row, column)?.numberFormat === "@"
    ) {
      this._sheet._setCell(row, column, { value: input });
      return;
    }
    this._sheet._setCell(row, column, parseInput(input, this._sheet._ss._locale));
  }

  private _read(cell: FakeCell | undefined, format: CellFormat | undefined): unknown {
    if (!cell) return "";
    const numberFormat = format?.numberFormat ?? cell.impliedFormat;
    if (typeof cell.value === "number" && isDateFormat(numberFormat)) {
      return serialToDate(cell.value, this._runtime.DateCtor, this._sheet._ss._timeZone);
    }
    return cell.value;
  }

  getA1Notation(): string {
    const { row, col, rows, cols } = this._rect;
    return rangeAddress(row, col, rows, cols);
  }
  getRow(): number {
    return this._rect.row + 1;
  }
  getColumn(): number {
    return this._rect.col + 1;
  }
  getNumRows(): number {
    return this._rect.rows;
  }
  getNumColumns(): number {
    return this._rect.cols;
  }
  getSheet(): FakeSheet {
    return this._sheet;
  }

  getValues(): unknown[][] {
    return this._matrix((row, column) =>
      this._read(this._sheet._cellAt(row, column), this._sheet._formatAt(row, column)),
    );
  }
  getValue(): unknown {
    const { row, col } = this._rect;
    return this._read(this._sheet._cellAt(row, col), this._sheet._formatAt(row, col));
  }
  getFormulas(): string[][] {
    return this._matrix((row, column) => this._sheet._cellAt(row, column)?.formula ?? "");
  }
  getFormula(): string {
    return this._sheet._cellAt(this._rect.row, this._rect.col)?.formula ?? "";
  }
  getNumberFormats(): string[][] {
    return this._matrix((row, column) => this._sheet._formatAt(row, column)?.numberFormat ?? "General");
  }
  getBackgrounds(): string[][] {
    return this._matrix((row, column) => this._sheet._formatAt(row, column)?.background ?? "#ffffff");
  }

  setValues(values: unknown[][]): this {
    this._checkShape(values, "data");
    this._sheet._assertEditable(this._rect);
    this._each((row, column, r, c) => this._store(row, column, values[r]![c]));
    return this;
  }
  setValue(value: unknown): this {
    this._sheet._assertEditable(this._rect);
    this._each((row, column) => this._store(row, column, value));
    return this;
  }
  setFormula(formula: string): this {
    return this.setValue(formula);
  }
  setFormulas(formulas: string[][]): this {
    this._checkShape(formulas, "data");
    return this.setValues(formulas);
  }

  setNumberFormat(format: string): this {
    return this._format((f) => (f.numberFormat = format));
  }
  setNumberFormats(formats: string[][]): this {
    this._checkShape(formats, "data");
    this._sheet._assertEditable(this._rect);
    this._each(
      (row, column, r, c) => (this._sheet._formatAt(row, column, true)!.numberFormat = formats[r]![c]!),
    );
    return this;
  }
  setBackground(color: string | null): this {
    return this._format((f) => (f.background = color));
  }
  setFontWeight(weight: string | null): this {
    return this._format((f) => (f.fontWeight = weight));
  }
  setFontStyle(style: string | null): this {
    return this._format((f) => (f.fontStyle = style));
  }
  setFontSize(size: number): this {
    return this._format((f) => (f.fontSize = size));
  }
  setFontColor(color: string | null): this {
    return this._format((f) => (f.fontColor = color));
  }
  setWrap(wrap: boolean): this {
    return this._format((f) => (f.wrap = wrap));
  }
  setHorizontalAlignment(align: string | null): this {
    return this._format((f) => (f.align = align));
  }
  setBorder(...sides: (boolean | null)[]): this {
    return this._format((f) => (f.border = sides.some((s) => s === true)));
  }

  setDataValidation(rule: FakeDataValidation | null): this {
    this._each((row, column) => this._sheet._setValidation(row, column, rule));
    return this;
  }
  getDataValidation(): FakeDataValidation | null {
    return this._sheet._validationAt(this._rect.row, this._rect.col) ?? null;
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this._matrix((row, column) => this._sheet._validationAt(row, column) ?? null);
  }
  clearDataValidations(): this {
    return this.setDataValidation(null);
  }

  clear(): this {
    this._sheet._assertEditable(this._rect);
    this._each((row, column) => {
      this._sheet._setCell(row, column, null);
      this._sheet._clearFormat(row, column);
    });
    return this;
  }
  clearContent(): this {
    this._sheet._assertEditable(this._rect);
    this._each((row, column) => this._sheet._setCell(row, column, null));
    return this;
  }

  merge(): this {
    this._sheet._merge(this._rect);
    return this;
  }
  breakApart(): this {
    this._sheet._breakApart(this._rect);
    return this;
  }
  getMergedRanges(): FakeRange[] {
    return this._sheet._merges
      .filter((m) => intersects(m, this._rect))
      .map((m) => new FakeRange(this._sheet, m));
  }
  protect(): ReturnType<FakeSheet["_protectRange"]> {
    return this._sheet._protectRange(this._rect);
  }
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

/** Several ranges at once (`Sheet.getRangeList`). */
export class FakeRangeList extends FakeObject {
  constructor(readonly _ranges: FakeRange[]) {
    super(_ranges[0]!._runtime, "RangeList");
  }
  getRanges(): FakeRange[] {
    return [...this._ranges];
  }
  setNumberFormat(format: string): this {
    for (const range of this._ranges) range.setNumberFormat(format);
    return this;
  }
  setBackground(color: string | null): this {
    for (const range of this._ranges) range.setBackground(color);
    return this;
  }
  setFontWeight(weight: string | null): this {
    for (const range of this._ranges) range.setFontWeight(weight);
    return this;
  }
}
