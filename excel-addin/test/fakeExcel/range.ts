/** `Range`: values, formulas and number formats as 2-D blocks, with Excel's entry rules; merge, clear, select. */
import { calculate } from "./calculate";
import { ClientObject } from "./clientObject";
import { FakeConditionalFormatCollection } from "./conditionalFormats";
import { FakeDataValidation } from "./dataValidation";
import { enterValue } from "./enterValue";
import { FakeError, formatAddress, intersects } from "./model";
import { FakeRangeFormat } from "./rangeFormat";
import type { RangeTarget } from "./rangeTarget";
import { assertWritable, readBlock, rangeAddressOf, writeBlock } from "./rangeTarget";

export type { RangeTarget } from "./rangeTarget";
export { rangeAddressOf } from "./rangeTarget";

export class FakeRange extends ClientObject<RangeTarget> {
  private formatProxy: FakeRangeFormat | undefined;
  private validationProxy: FakeDataValidation | undefined;
  private cfProxy: FakeConditionalFormatCollection | undefined;

  protected scalarProperties(): readonly string[] {
    return [
      "address",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
      "values",
      "formulas",
      "numberFormat",
    ];
  }

  protected readProperty(target: RangeTarget, property: string): unknown {
    const { bounds } = target;
    switch (property) {
      case "address":
        return rangeAddressOf(target);
      case "rowIndex":
        return bounds.row;
      case "columnIndex":
        return bounds.column;
      case "rowCount":
        return bounds.rows;
      case "columnCount":
        return bounds.columns;
      case "values":
        // A formula cell reads back as its calculated value, as in Excel.
        return readBlock(target, (cell) =>
          cell
            ? cell.formula !== undefined
              ? calculate(cell.formula, target.sheet, this.context.host.model)
              : cell.value
            : "",
        );
      case "formulas":
        return readBlock(target, (cell) => (cell ? (cell.formula ?? cell.value) : ""));
      case "numberFormat":
        return readBlock(target, (cell) => cell?.numberFormat ?? "General");
      default:
        throw new FakeError("InvalidArgument", `Range has no loadable property ${property} in this fake.`);
    }
  }

  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(input: unknown[][]) {
    this.set("values", input, (t) => {
      assertWritable(t, true);
      writeBlock(t, input, enterValue);
    });
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(input: unknown[][]) {
    this.set("formulas", input, (t) => {
      assertWritable(t, true);
      writeBlock(t, input, enterValue);
    });
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.set("numberFormat", input, (t) => {
      assertWritable(t, false);
      writeBlock(t, input, (cell, value) => {
        if (value !== null && value !== undefined) cell.numberFormat = String(value);
      });
    });
  }

  /** ExcelApi 1.2: hides (or shows) every column of the range; Excel takes it on whole columns too. */
  set columnHidden(hidden: boolean) {
    this.set("columnHidden", hidden, (t) => {
      const whole = Math.min(t.bounds.columns, 16_384);
      for (let c = 0; c < whole; c++) {
        if (hidden) t.sheet.hiddenColumns.add(t.bounds.column + c);
        else t.sheet.hiddenColumns.delete(t.bounds.column + c);
      }
    });
  }

  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.context, () => this._resolve()));
  }

  get dataValidation(): FakeDataValidation {
    return (this.validationProxy ??= new FakeDataValidation(this.context, () => this._resolve()));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this.cfProxy ??= new FakeConditionalFormatCollection(this.context, () => this._resolve()));
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this._resolve();
      return (
        t && {
          sheet: t.sheet,
          bounds: { row: t.bounds.row + row, column: t.bounds.column + column, rows: 1, columns: 1 },
        }
      );
    });
  }

  /** The used part of this range (ExcelApi 1.4): a null object when no cell of it is used. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      (): RangeTarget | null => {
        const t = this._target();
        const used = t.sheet.usedBounds(valuesOnly);
        if (!used) return null;
        const row = Math.max(used.row, t.bounds.row);
        const column = Math.max(used.column, t.bounds.column);
        const bottom = Math.min(used.row + used.rows, t.bounds.row + t.bounds.rows);
        const right = Math.min(used.column + used.columns, t.bounds.column + t.bounds.columns);
        if (bottom <= row || right <= column) return null;
        // Shrink to the cells with content inside the intersection, as Excel does.
        const inner = t.sheet.usedBoundsWithin(
          { row, column, rows: bottom - row, columns: right - column },
          valuesOnly,
        );
        return inner ? { sheet: t.sheet, bounds: inner } : null;
      },
      true,
    );
  }

  clear(applyTo: string = "All"): void {
    this.call({ applyTo }, (t) => {
      assertWritable(t, false);
      const { sheet, bounds } = t;
      const contents = applyTo === "All" || applyTo === "Contents";
      const formats = applyTo === "All" || applyTo === "Formats";
      const drop: number[] = [];
      sheet.forEachStored(bounds, (cell, _r, _c, key) => {
        if (contents) {
          cell.value = "";
          delete cell.formula;
          delete cell.quotePrefix;
        }
        if (formats) {
          delete cell.format;
          delete cell.numberFormat;
        }
        if (
          cell.value === "" &&
          cell.formula === undefined &&
          !cell.format &&
          cell.numberFormat === undefined
        )
          drop.push(key);
      });
      for (const key of drop) sheet.cells.delete(key);
      if (formats) {
        // Clearing formats unmerges and drops conditional formats (not data validation), as in Excel.
        sheet.merges = sheet.merges.filter((m) => !intersects(m, bounds));
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.bounds, bounds));
      }
    });
  }

  merge(across = false): void {
    this.call({ across }, (t) => {
      assertWritable(t, false);
      if (t.sheet.merges.some((m) => intersects(m, t.bounds))) {
        throw new FakeError(
          "InvalidOperation",
          `Cannot merge ${formatAddress(t.bounds)}: it overlaps a merged area.`,
        );
      }
      t.sheet.merges.push({ ...t.bounds });
    });
  }

  unmerge(): void {
    this.call({}, (t) => {
      assertWritable(t, false);
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.bounds));
    });
  }

  select(): void {
    this.call({}, (t) => {
      const model = this.context.host.model;
      model.activeSheet = t.sheet;
      model.selection = { sheet: t.sheet.name, address: formatAddress(t.bounds) };
    });
  }
}
