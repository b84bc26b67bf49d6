import { checkSheetSpecs } from "../../../core/sheets/checkSheetSpecs";
/**
 * The Workbook of core/actions over Office.js. Round trips are what users feel, so each call costs a
 * constant number of `context.sync()`s whatever the number of sheets and rows:
 * - `sheetNames`: 1
 * - `readSheets`: 1, for any number of sheets
 * - `writeSheets`: 3 — learn which sheets exist, write everything, then close (charts, protection,
 *   visibility) — plus one more only for each 4 MB beyond what one request may carry.
 */
import type { Grid } from "../../../core/_lib/cells";
import type { Workbook } from "../../../core/actions/Workbook";
import type { SheetSpec } from "../../../core/sheets/SheetSpec";
import { CLOSED_TAB_COLOR } from "../../../core/sheets/buildMonthSheet";
import type { FeatureNotice } from "./FeatureNotice";
import { LISTS_SHEET, ListSheetPlan, inlineListSource } from "./listSources";
import { DEFAULT_REQUEST_LIMIT_BYTES, RequestBudget, SMALL_ACTION_BYTES } from "./RequestBudget";
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

/** Pads a used range that starts at (rowIndex, columnIndex) so that the grid starts at A1. */
function padToA1(values: readonly (readonly unknown[])[], rowIndex: number, columnIndex: number): Grid {
  const width = columnIndex + (values[0]?.length ?? 0);
  const blankRow = (): string[] => new Array<string>(width).fill("");
  const lead = new Array<string>(columnIndex).fill("");
  return [
    ...Array.from({ length: rowIndex }, blankRow),
    ...values.map((row) => (columnIndex > 0 ? [...lead, ...row] : [...row])),
  ] as Grid;
}

export class OfficeWorkbook implements Workbook {
  /** What this Excel could not render (an older requirement set), for the task pane to tell the user. */
  readonly notices: FeatureNotice[] = [];
  private readonly supports: (version: string) => boolean;
  private readonly limit: number;

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
    return sheets.items.map((sheet) => sheet.name);
  }

  async readSheets(names: readonly string[]): Promise<Map<string, Grid>> {
    const unique = [...new Set(names)];
    const result = new Map<string, Grid>();
    if (unique.length === 0) return result;
    const worksheets = this.context.workbook.worksheets;
    const pending = unique.map((name) => {
      const sheet = worksheets.getItemOrNullObject(name);
      const used = sheet.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex");
      return { name, sheet, used };
    });
    await this.context.sync();
    for (const { name, sheet, used } of pending) {
      if (sheet.isNullObject) continue;
      result.set(name, used.isNullObject ? [] : padToA1(used.values, used.rowIndex, used.columnIndex));
    }
    return result;
  }

  async writeSheets(specs: readonly SheetSpec[]): Promise<void> {
    checkSheetSpecs(specs);
    if (specs.length === 0) return;
    const { context } = this;
    const worksheets = context.workbook.worksheets;
    const validationsOn = this.supports(DATA_VALIDATION_SET);
    const needsListSheet =
      validationsOn &&
      specs.some((spec) => spec.validations?.some((v) => inlineListSource(v.values) === null));

    // 1. Learn which sheets exist (and what the lists sheet holds, when a long list needs it).
    worksheets.load("items/name");
    const listsUsed = needsListSheet
      ? worksheets.getItemOrNullObject(LISTS_SHEET).getUsedRangeOrNullObject(true).load("values")
      : null;
    await context.sync();
    const sheets = new Map(worksheets.items.map((sheet) => [sheet.name.toLowerCase(), sheet]));

    // 2. Write: lists first (validations refer to them), then every sheet's content and formats.
    const budget = new RequestBudget(context, this.limit);
    const lists = new ListSheetPlan(listsUsed && !listsUsed.isNullObject ? listsUsed.values : []);
    const listSource = (values: readonly string[]): string =>
      inlineListSource(values) ?? lists.sourceFor(values);
    if (needsListSheet) {
      for (const spec of specs) for (const v of spec.validations ?? []) listSource(v.values);
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
        allowSort: true,
      });
      sheet.tabColor = CLOSED_TAB_COLOR;
    }
    await this.context.sync();
  }
}

/**
 * Runs `fn` with an OfficeWorkbook over a fresh Excel request context.
 * @example await withExcel((workbook) => createMonthSheet(workbook, { month: "2022-09" }));
 */
export function withExcel<T>(
  fn: (workbook: OfficeWorkbook, context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  return Excel.run((context) => fn(new OfficeWorkbook(context), context));
}
