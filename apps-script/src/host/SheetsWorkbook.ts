import { CLOSED_TAB_COLOR } from "../../../core/sheets/buildMonthSheet";
import { checkSheetSpecs } from "../../../core/sheets/checkSheetSpecs";
import type { Grid } from "../../../core/_lib/cells";
import type { Workbook } from "../../../core/actions";
import type { SheetSpec } from "../../../core/sheets/SheetSpec";
import { renderSheet, resetSheet } from "./_lib/renderSheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/**
 * The Workbook of a Google spreadsheet. Service calls are what cost in Apps Script, so no method spends
 * calls per row:
 *
 * - `sheetNames`: 1 (`getSheets`) + one `getName` per sheet, since Apps Script has no call that lists
 *   names; only the first time, as the list is then kept up to date by `writeSheets`.
 * - `readSheets`: 3 per sheet (`getSheetByName`, `getDataRange`, `getValues`); 1 for a missing one.
 * - `writeSheets`, per sheet: 1 to look it up; for a new sheet 4 more (`getNumSheets`, `insertSheet`,
 *   the grid's size), for an existing one 10 to empty it plus one per protection and chart it had
 *   (see `resetSheet`). Then `renderSheet`: 4 to size the grid, 2 for every value and formula, 2 for
 *   every date format, 5 fixed (frozen rows and columns, rules, tab colour, visibility), and per layout
 *   element: one per style property, column-width run, validation and rule builder step, merge,
 *   protection step and chart builder step. A core month sheet costs 100 calls new and 108 rewritten,
 *   whether it has 100 or 5,000 rows (see the tests).
 * @example const workbook = new SheetsWorkbook(SpreadsheetApp.getActive(), SpreadsheetApp)
 */
export class SheetsWorkbook implements Workbook {
  private names: string[] | null = null;

  constructor(
    readonly spreadsheet: Spreadsheet,
    private readonly app: SpreadsheetApp,
  ) {}

  async sheetNames(): Promise<string[]> {
    this.names ??= this.spreadsheet.getSheets().map((sheet) => sheet.getName());
    return [...this.names];
  }

  async readSheets(names: readonly string[]): Promise<Map<string, Grid>> {
    const grids = new Map<string, Grid>();
    for (const name of new Set(names)) {
      const sheet = this.spreadsheet.getSheetByName(name);
      if (sheet) grids.set(name, sheet.getDataRange().getValues());
    }
    return grids;
  }

  async writeSheets(specs: readonly SheetSpec[]): Promise<void> {
    // A spec Excel would refuse is refused here too, so both hosts behave alike (no service calls).
    checkSheetSpecs(specs);
    for (const spec of specs) {
      const existing = this.spreadsheet.getSheetByName(spec.name);
      if (existing) {
        renderSheet(this.app, existing, spec, resetSheet(this.app, existing));
        continue;
      }
      const sheet = this.spreadsheet.insertSheet(spec.name, this.spreadsheet.getNumSheets());
      renderSheet(this.app, sheet, spec, { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() });
      this.names?.push(spec.name);
    }
  }

  /**
   * Issue 9: protects each named sheet whole (no cell left to fill) and greys its tab, leaving its
   * content as it is: an earlier month is the record of what was reported.
   */
  async closeSheets(names: readonly string[]): Promise<void> {
    for (const name of new Set(names)) {
      const sheet = this.spreadsheet.getSheetByName(name);
      if (!sheet) continue;
      for (const protection of sheet.getProtections(this.app.ProtectionType.SHEET)) protection.remove();
      const protection = sheet.protect().setWarningOnly(false);
      protection.removeEditors(protection.getEditors());
      if (protection.canDomainEdit()) protection.setDomainEdit(false);
      sheet.setTabColor(CLOSED_TAB_COLOR);
    }
  }
}
