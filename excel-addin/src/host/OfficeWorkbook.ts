import { checkSheetSpecs } from "../../../core/sheets/checkSheetSpecs";
/**
 * The Workbook of core/actions over Office.js. Round trips are what users feel, so each call costs a
 * constant number of `context.sync()`s whatever the number of sheets and rows:
 * - `sheetNames`: 1
 * - `readSheets`: 2 for any number of sheets of ordinary size (dimensions and first rows, then the
 *   rest), plus 1 when the sheets were not listed yet, plus 1 for each 4 MB of values beyond
 * - `writeSheets`: 3 — learn which sheets exist (free when this workbook listed them since its last
 *   write), write everything, then close (charts, protection, visibility) — plus 1 to lift protections
 *   and read the lists sheet when a sheet to write exists, plus one for each 4 MB beyond what one
 *   request may carry.
 */
import type { Grid } from "../../../core/_lib/cells";
import type { Workbook } from "../../../core/actions/Workbook";
import type { SheetSpec } from "../../../core/sheets/SheetSpec";
import { CLOSED_TAB_COLOR } from "../../../core/sheets/buildMonthSheet";
import type { FeatureNotice } from "./FeatureNotice";
import { BOOLEAN_LIST, LISTS_SHEET, ListSheetPlan, inlineListSource } from "./listSources";
import { DEFAULT_REQUEST_LIMIT_BYTES, RequestBudget, SMALL_ACTION_BYTES } from "./RequestBudget";
import { prepareExistingSheets } from "./prepareExistingSheets";
import { readUsedRanges } from "./readUsedRanges";
import { DATA_VALIDATION_SET, renderSheetSpec } from "./renderSheetSpec";

export interface OfficeWorkbookOptions {
  /** Whether this Excel has an ExcelApi requirement set; defaults to `Office.context.requirements`. */
  readonly isSetSupported?: (excelApiVersion: string) => boolean;
  /** Largest request to send, in bytes; Excel on the web refuses 5 MB, so the default keeps to 4 MB. */
  readonly requestLimitBytes?: number;
}

function officeIsSetSupported(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}

export class OfficeWorkbook implements Workbook {
  /** What this Excel could not render (an older requirement set), for the task pane to tell the user. */
  readonly notices: FeatureNotice[] = [];
  private readonly supports: (version: string) => boolean;
  private readonly limit: number;
  /** The sheet names as last listed; a write may add sheets, so it forgets them. */
  private known: string[] | null = null;

  constructor(
    private readonly context: Excel.RequestContext,
    options: OfficeWorkbookOptions = {},
  ) {
    this.supports = options.isSetSupported ?? officeIsSetSupported;
    this.limit = options.requestLimitBytes ?? DEFAULT_REQUEST_LIMIT_BYTES;
  }

  async sheetNames(): Promise<string[]> {
    const sheets = this.context.workbook.worksheets.load("items/name");
    await this.context.sync();
    this.known = sheets.items.map((sheet) => sheet.name);
    return [...this.known];
  }

  /**
   * Reads only the sheets asked for that exist: which exist is known from the listing (read first when
   * this workbook has not listed its sheets yet), so nothing is chained on a null object. Large sheets
   * are read in parts that keep each response under the limit (see readUsedRanges).
   */
  async readSheets(names: readonly string[]): Promise<Map<string, Grid>> {
    const unique = [...new Set(names)];
    if (unique.length === 0) return new Map();
    const existing = new Map((this.known ?? (await this.sheetNames())).map((n) => [n.toLowerCase(), n]));
    const worksheets = this.context.workbook.worksheets;
    const targets = unique.flatMap((name) => {
      const actual = existing.get(name.toLowerCase());
      return actual === undefined ? [] : [{ name, sheet: worksheets.getItem(actual) }];
    });
    if (targets.length === 0) return new Map();
    return readUsedRanges(this.context, targets, this.limit);
  }

  /** Proxies of the sheets that exist, by lower-case name; forgets the listing, as the caller writes. */
  private async existingSheets(): Promise<Map<string, Excel.Worksheet>> {
    const worksheets = this.context.workbook.worksheets;
    const names = this.known ?? (await this.sheetNames());
    this.known = null;
    return new Map(names.map((name) => [name.toLowerCase(), worksheets.getItem(name)]));
  }

  async writeSheets(specs: readonly SheetSpec[]): Promise<void> {
    checkSheetSpecs(specs);
    if (specs.length === 0) return;
    const { context } = this;
    const worksheets = context.workbook.worksheets;
    const validationsOn = this.supports(DATA_VALIDATION_SET);
    const needsListSheet =
      validationsOn &&
      specs.some(
        (spec) =>
          (spec.checkboxes?.length ?? 0) > 0 ||
          spec.validations?.some((v) => inlineListSource(v.values) === null),
      );

    // 1. Learn which sheets exist (unless this workbook listed them since its last write); then, only
    //    if some do, read the lists sheet and lift protections.
    const sheets = await this.existingSheets();
    const listValues = await prepareExistingSheets(context, sheets, specs, needsListSheet);

    // 2. Write: lists first (validations refer to them), then every sheet's content and formats.
    const budget = new RequestBudget(context, this.limit);
    const lists = new ListSheetPlan(listValues);
    const listSource = (values: readonly string[]): string =>
      inlineListSource(values) ?? lists.sourceFor(values);
    const booleanListSource = (): string => lists.sourceFor(BOOLEAN_LIST);
    if (needsListSheet) {
      for (const spec of specs) {
        for (const v of spec.validations ?? []) listSource(v.values);
        if ((spec.checkboxes?.length ?? 0) > 0) booleanListSource();
      }
    }
    if (lists.hasNewLists) {
      let listSheet = sheets.get(LISTS_SHEET.toLowerCase());
      if (!listSheet) {
        await budget.reserve(SMALL_ACTION_BYTES * 2);
        listSheet = worksheets.add(LISTS_SHEET);
        listSheet.visibility = "Hidden";
        sheets.set(LISTS_SHEET.toLowerCase(), listSheet);
      }
      await lists.write(listSheet, budget);
    }
    const closers: ((budget: RequestBudget) => Promise<void>)[] = [];
    for (const spec of specs) {
      const key = spec.name.toLowerCase();
      const existing = sheets.get(key);
      let sheet = existing;
      if (!sheet) {
        await budget.reserve(SMALL_ACTION_BYTES);
        sheet = worksheets.add(spec.name);
        sheets.set(key, sheet);
      }
      closers.push(
        await renderSheetSpec(sheet, spec, existing !== undefined, {
          budget,
          supports: this.supports,
          listSource,
          booleanListSource,
          notice: (notice) => this.notices.push(notice),
        }),
      );
    }
    await budget.flush();

    // 3. Close: charts over the new content, then protection and visibility.
    const closing = new RequestBudget(context, this.limit);
    for (const close of closers) await close(closing);
    await closing.flush();
  }

  /**
   * Issue 9: locks each named sheet whole (its fill-in cells too) and greys its tab, leaving its content
   * as it is: an earlier month is the record of what was reported. The sheets must exist (the caller
   * has just listed them); one sync, whatever the count.
   */
  async closeSheets(names: readonly string[]): Promise<void> {
    for (const name of new Set(names)) {
      const sheet = this.context.workbook.worksheets.getItem(name);
      sheet.protection.unprotect();
      sheet.getRange().format.protection.locked = true;
      sheet.protection.protect({
        allowFormatColumns: true,
        allowFormatRows: true,
        allowAutoFilter: true,
        // No sort: Excel refuses it over locked cells, and it would sort the fill-in columns alone.
        allowSort: false,
      });
      sheet.tabColor = CLOSED_TAB_COLOR;
    }
    await this.context.sync();
  }
}

/** Requirement set of `Excel.run({ delayForCellEdit })`. */
export const DELAY_FOR_CELL_EDIT_SET = "1.11";

/**
 * Runs `fn` with an OfficeWorkbook over a fresh Excel request context. Where Excel supports it, the run
 * waits while someone is typing in a cell instead of failing with InvalidOperationInCellEditMode.
 * @example await withExcel((workbook) => createMonthSheet(workbook, { month: "2022-09" }));
 */
export function withExcel<T>(
  fn: (workbook: OfficeWorkbook, context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  const batch = (context: Excel.RequestContext) => fn(new OfficeWorkbook(context), context);
  return officeIsSetSupported(DELAY_FOR_CELL_EDIT_SET)
    ? Excel.run({ delayForCellEdit: true }, batch)
    : Excel.run(batch);
}
