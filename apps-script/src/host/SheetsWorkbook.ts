import { CLOSED_TAB_COLOR } from "../../../core/sheets/buildMonthSheet";
import { checkSheetSpecs } from "../../../core/sheets/checkSheetSpecs";
import type { Grid } from "../../../core/_lib/cells";
import type { Workbook } from "../../../core/actions";
import type { SheetSpec } from "../../../core/sheets/SheetSpec";
import { isMonthSheetName } from "../../../core/sheets/labels";
import type { CurrentUser } from "./_lib/protectSheet";
import { protectSheet } from "./_lib/protectSheet";
import { dateCellsInZone } from "./_lib/dateCellsInZone";
import { renderSheet, resetSheet } from "./_lib/renderSheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/**
 * The Workbook of a Google spreadsheet. Service calls are what cost in Apps Script, so no method spends
 * calls per row:
 *
 * - `sheetNames`: 1 (`getSheets`) + one `getName` per sheet, since Apps Script has no call that lists
 *   names; only the first time, as the list is then kept up to date by `writeSheets`.
 * - `readSheets`: 3 per sheet (`getSheetByName`, `getDataRange`, `getValues`); 1 for a missing one;
 *   1 more, once, for the spreadsheet's time zone when a sheet holds a date.
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
  private zone: string | undefined;

  constructor(
    readonly spreadsheet: Spreadsheet,
    private readonly app: SpreadsheetApp,
    /** Who runs the action (`Session.getEffectiveUser`), kept an editor of hard protections. */
    private readonly options: { me?: CurrentUser } = {},
  ) {}

  async sheetNames(): Promise<string[]> {
    this.names ??= this.spreadsheet.getSheets().map((sheet) => sheet.getName());
    return [...this.names];
  }

  async readSheets(names: readonly string[]): Promise<Map<string, Grid>> {
    const grids = new Map<string, Grid>();
    for (const name of new Set(names)) {
      const sheet = this.spreadsheet.getSheetByName(name);
      if (!sheet) continue;
      const values = sheet.getDataRange().getValues();
      const hasDates = values.some((row) => row.some((value) => value instanceof Date));
      grids.set(name, hasDates ? dateCellsInZone(values, this.timeZone()) : values);
    }
    return grids;
  }

  /** The spreadsheet's time zone, asked for once and only when a sheet read holds a date (1 call). */
  private timeZone(): string {
    this.zone ??= this.spreadsheet.getSpreadsheetTimeZone();
    return this.zone;
  }

  async writeSheets(specs: readonly SheetSpec[]): Promise<void> {
    // A spec Excel would refuse is refused here too, so both hosts behave alike (no service calls).
    checkSheetSpecs(specs);
    for (const spec of specs) {
      const existing = this.spreadsheet.getSheetByName(spec.name);
      if (existing) {
        const keepEditors = isMonthSheetName(spec.name);
        renderSheet(this.app, existing, spec, resetSheet(this.app, existing, { keepEditors }), this.options);
        continue;
      }
      if (!isMonthSheetName(spec.name)) {
        const sheet = this.spreadsheet.insertSheet(spec.name, this.spreadsheet.getNumSheets());
        renderSheet(this.app, sheet, spec, { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() });
      } else this.writeMonthSheet(spec);
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
      try {
        for (const protection of sheet.getProtections(this.app.ProtectionType.SHEET)) protection.remove();
      } catch {
        // Another preparer's protection, which Sheets lets only its editors remove: the month stays as
        // it was (protected, its input cells open) and its tab keeps its colour, so it is not shown closed.
        continue;
      }
      // The running user stays an editor (access through a Google Group would otherwise throw).
      protectSheet(sheet, { editable: [] }, { hard: true, ...this.options });
      sheet.setTabColor(CLOSED_TAB_COLOR);
    }
  }

  /**
   * A new month sheet is written under a draft name and takes its own name only once it is complete,
   * protection included. The core never rewrites a month sheet that exists, so one left half-written
   * (values but no protection, after a failure or Apps Script's time limit) must not carry the real
   * name: the next run finds the draft, deletes it and writes the sheet again. 2 calls more than a plain
   * new sheet, plus 1 when a draft is left over.
   */
  private writeMonthSheet(spec: SheetSpec): void {
    const draft = draftName(spec.name);
    const leftover = this.spreadsheet.getSheetByName(draft);
    if (leftover) this.spreadsheet.deleteSheet(leftover);
    const sheet = this.spreadsheet.insertSheet(draft, this.spreadsheet.getNumSheets());
    renderSheet(
      this.app,
      sheet,
      spec,
      { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() },
      this.options,
    );
    sheet.setName(spec.name);
  }
}

/** The name a month sheet has while it is being written. */
export function draftName(name: string): string {
  return `_tilannekuva_kesken_${name}`.slice(0, 100);
}
