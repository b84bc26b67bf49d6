import ExcelJS from "exceljs";
import type { Grid } from "../../core/_lib/cells";
import type { Workbook } from "../../core/actions/Workbook";
import type { SheetSpec } from "../../core/sheets/SheetSpec";
import { addCharts } from "./_lib/addCharts";
import { LISTS_SHEET } from "./_lib/applyValidations";
import { checkSheetSpecs } from "../../core/sheets/checkSheetSpecs";
import { internals } from "./_lib/exceljsInternals";
import { readGrid } from "./_lib/readGrid";
import { CLOSED_TAB_COLOR } from "../../core/sheets/buildMonthSheet";
import { argb } from "./_lib/argb";
import { renderSheet, SHEET_PROTECTION } from "./renderSheet";

/**
 * The Workbook of an .xlsx file held in memory by ExcelJS: the command line's host, and the add-in's
 * for region files it parses or builds for download. No file system here (see `files.ts`), so it
 * bundles for the browser.
 *
 * Text written by ExcelJS comes back exactly, except that control characters other than tab and line
 * feed are dropped, a carriage return reads back as a line feed, and text shaped like `_x0041_` reads
 * back as the character it escapes (ExcelJS does not escape it on write).
 * @example const workbook = await ExcelJsWorkbook.fromBuffer(bytes); await workbook.writeSheets([spec]);
 */
export class ExcelJsWorkbook implements Workbook {
  /**
   * Specs of the sheets written with charts, by name: ExcelJS neither writes nor keeps charts, so they
   * are added to the file's bytes on the way out. Charts of a file opened from disk are lost.
   */
  private readonly chartSheets = new Map<string, SheetSpec>();

  constructor(readonly excel: ExcelJS.Workbook = new ExcelJS.Workbook()) {}

  /** Opens the bytes of an .xlsx file; rejects when they are not one. */
  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<ExcelJsWorkbook> {
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(data as ArrayBuffer);
    return new ExcelJsWorkbook(excel);
  }

  /**
   * The workbook as the bytes of an .xlsx file. With `compression: "STORE"` its parts are left
   * uncompressed, for a caller that compresses them faster itself (the command line, see files.ts);
   * with `charts: false` the charts are left for that caller to add (`chartSpecs`, `addChartParts`).
   */
  async toBuffer(options: { compression?: "DEFLATE" | "STORE"; charts?: boolean } = {}): Promise<Uint8Array> {
    const compression = options.compression ?? "DEFLATE";
    const buffer: unknown = await this.excel.xlsx.writeBuffer({ zip: { compression } });
    const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
    return options.charts === false ? bytes : addCharts(bytes, this.chartSpecs(), compression);
  }

  /** The specs of the sheets of this workbook that were written with charts. */
  chartSpecs(): SheetSpec[] {
    const present = new Set(this.excel.worksheets.map((ws) => ws.name));
    return [...this.chartSheets.values()].filter((spec) => present.has(spec.name));
  }

  async sheetNames(): Promise<string[]> {
    return this.excel.worksheets.map((worksheet) => worksheet.name);
  }

  async readSheets(names: readonly string[]): Promise<Map<string, Grid>> {
    const grids = new Map<string, Grid>();
    for (const name of names) {
      const worksheet = this.find(name);
      if (worksheet) grids.set(name, readGrid(worksheet));
    }
    return grids;
  }

  /** A sheet that exists is replaced by a new one in the same tab position: nothing of the old one stays. */
  async writeSheets(specs: readonly SheetSpec[]): Promise<void> {
    checkSheetSpecs(specs);
    for (const spec of specs) {
      const old = this.find(spec.name);
      let worksheet: ExcelJS.Worksheet;
      if (old) {
        const { orderNo } = internals(old);
        this.excel.removeWorksheet(old.id);
        worksheet = this.excel.addWorksheet(spec.name);
        internals(worksheet).orderNo = orderNo;
      } else {
        worksheet = this.excel.addWorksheet(spec.name);
      }
      await renderSheet(worksheet, spec);
      if (old) this.chartSheets.delete(old.name);
      if (spec.charts?.length) this.chartSheets.set(spec.name, spec);
    }
    // Long drop-down lists live on a hidden sheet; keep it last, after the sheets users see.
    const lists = this.excel.getWorksheet(LISTS_SHEET);
    if (lists && specs.every((spec) => spec.name !== LISTS_SHEET)) {
      internals(lists).orderNo = Math.max(...this.excel.worksheets.map((ws) => internals(ws).orderNo)) + 1;
    }
    // After the lists sheet has moved: the active tab is a position in the final order.
    const active = [...specs].reverse().find((spec) => spec.active);
    if (active) this.activate(active.name);
  }

  /**
   * Protects each named sheet whole (its fill-in cells locked again) and greys its tab: an earlier
   * month is the record of what was reported. Its content stays as it is.
   */
  async closeSheets(names: readonly string[]): Promise<void> {
    for (const name of names) {
      const worksheet = this.find(name);
      if (!worksheet) continue;
      worksheet.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          if (cell.protection?.locked === false) cell.protection = { locked: true };
        }),
      );
      worksheet.properties.tabColor = { argb: argb(CLOSED_TAB_COLOR) };
      await worksheet.protect("", { ...SHEET_PROTECTION });
    }
  }

  /** Opens the workbook on the sheet: Excel and LibreOffice show the workbook view's active tab. */
  private activate(name: string): void {
    const index = this.excel.worksheets.findIndex((ws) => ws.name === name);
    if (index < 0) return;
    // One selected tab only: two would open as grouped sheets, where typing goes into both. (ExcelJS's
    // view type lacks `tabSelected`, which its writer honours.)
    this.excel.worksheets.forEach((ws) => {
      if (!ws.views?.length) ws.views = [{ state: "normal" }];
      Object.assign(ws.views[0]!, { tabSelected: ws.name === name });
    });
    this.excel.views = [
      { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: "visible" },
    ];
  }

  /** Excel compares sheet names case-insensitively; an exact match wins. */
  private find(name: string): ExcelJS.Worksheet | undefined {
    const worksheets = this.excel.worksheets;
    return (
      worksheets.find((ws) => ws.name === name) ??
      worksheets.find((ws) => ws.name.toLocaleLowerCase() === name.toLocaleLowerCase())
    );
  }
}
