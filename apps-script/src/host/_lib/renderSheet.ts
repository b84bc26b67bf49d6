import { parseRange, rangeAddress } from "../../../../core/_lib/cells";
import { chartColour } from "../../../../core/sheets/chartColours";
import { columnRuns } from "../../../../core/sheets/_lib/columnRuns";
import type {
  ChartSpec,
  ConditionalFormatSpec,
  SheetSpec,
  StyleSpec,
} from "../../../../core/sheets/SheetSpec";
import { DEFAULT_DATE_FORMAT, isDateCell, sheetsCellValue } from "./sheetsCellValue";
import { isMonthSheetName } from "../../../../core/sheets/labels";
import type { CurrentUser } from "./protectSheet";
import { protectSheet } from "./protectSheet";
import { specExtent } from "./specExtent";

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Pixels of a column `chars` characters of the default font wide (Excel's 7 px a character plus padding). */
export function columnPixels(chars: number): number {
  return Math.round(chars * 7 + 5);
}

/** Sheets' width of a column nobody sized. */
export const DEFAULT_COLUMN_PIXELS = 100;

export interface Grid {
  rows: number;
  columns: number;
}

/** A sheet emptied for a rewrite: its grid, and the editors its hard protection had, when asked to keep them. */
export interface ResetGrid extends Grid {
  editors?: GoogleAppsScript.Base.User[];
}

/**
 * Empties an existing sheet for a rewrite, keeping its tab position: its protections, charts, merges,
 * data validations, column widths, contents and formats go. Conditional format rules are replaced by
 * `renderSheet`. Costs 10 calls plus one per protection and chart it removes. With `keepEditors` (a
 * month sheet rewritten by "Päivitä tiekartta", perhaps by the ministry's analyst for every region), the
 * editors of its hard protection are returned, so the preparers who could edit it still can: 2 calls
 * more per sheet protection (and one per editor when they are added back).
 */
export function resetSheet(
  app: SpreadsheetApp,
  sheet: Sheet,
  options: { keepEditors?: boolean } = {},
): ResetGrid {
  let editors: GoogleAppsScript.Base.User[] | undefined;
  for (const protection of sheet.getProtections(app.ProtectionType.SHEET)) {
    if (options.keepEditors && !protection.isWarningOnly()) editors = protection.getEditors();
    protection.remove();
  }
  for (const protection of sheet.getProtections(app.ProtectionType.RANGE)) protection.remove();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();
  const grid = { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() };
  const whole = sheet.getRange(1, 1, grid.rows, grid.columns);
  whole.clearDataValidations();
  whole.breakApart();
  sheet.setColumnWidths(1, grid.columns, DEFAULT_COLUMN_PIXELS);
  return editors ? { ...grid, editors } : grid;
}

/**
 * Makes the grid at least as large as the spec needs, in exactly four calls whether or not it grows:
 * append as many rows as needed, then delete the appended rows that were not needed (likewise for
 * columns). Rows and columns that were there are never deleted, so nothing that refers to them breaks,
 * and the call count never depends on the data. (Writing past the grid would throw: "The coordinates
 * of the range are outside the dimensions of the sheet".)
 */
function fitGrid(sheet: Sheet, grid: Grid, need: Grid): void {
  sheet.insertRowsAfter(grid.rows, need.rows);
  sheet.deleteRows(Math.max(grid.rows, need.rows) + 1, Math.min(grid.rows, need.rows));
  sheet.insertColumnsAfter(grid.columns, need.columns);
  sheet.deleteColumns(Math.max(grid.columns, need.columns) + 1, Math.min(grid.columns, need.columns));
}

/** A1 ranges covering the date cells: one per run of consecutive date cells down a column. */
function dateRuns(spec: SheetSpec): string[] {
  const runs: string[] = [];
  const columns = spec.cells.reduce((widest, row) => Math.max(widest, row.length), 0);
  for (let c = 0; c < columns; c++) {
    let start = -1;
    for (let r = 0; r <= spec.cells.length; r++) {
      const date = r < spec.cells.length && isDateCell(spec.cells[r]![c]);
      if (date && start < 0) start = r;
      if (!date && start >= 0) {
        runs.push(rangeAddress(start, c, r - start, 1));
        start = -1;
      }
    }
  }
  return runs;
}

/** One call per property the style sets, after one to get its range. */
function applyStyle(range: Range, style: StyleSpec): void {
  if (style.bold !== undefined) range.setFontWeight(style.bold ? "bold" : "normal");
  if (style.italic !== undefined) range.setFontStyle(style.italic ? "italic" : "normal");
  if (style.fontSize !== undefined) range.setFontSize(style.fontSize);
  if (style.fill !== undefined) range.setBackground(style.fill);
  if (style.fontColor !== undefined) range.setFontColor(style.fontColor);
  if (style.wrap !== undefined) range.setWrap(style.wrap);
  if (style.align !== undefined) range.setHorizontalAlignment(style.align);
  if (style.numberFormat !== undefined) range.setNumberFormat(style.numberFormat);
  if (style.border !== undefined)
    range.setBorder(style.border, style.border, style.border, style.border, style.border, style.border);
}

function applyColumnWidths(sheet: Sheet, widths: readonly number[]): void {
  let start = 0;
  for (let c = 1; c <= widths.length; c++) {
    if (c < widths.length && widths[c] === widths[start]) continue;
    sheet.setColumnWidths(start + 1, c - start, columnPixels(widths[start]!));
    start = c;
  }
}

function conditionalRule(app: SpreadsheetApp, sheet: Sheet, spec: ConditionalFormatSpec) {
  let builder = app.newConditionalFormatRule();
  const condition = spec.condition;
  switch (condition.kind) {
    case "between":
      builder = builder.whenNumberBetween(condition.min, condition.max);
      break;
    case "atLeast":
      builder = builder.whenNumberGreaterThanOrEqualTo(condition.min);
      break;
    case "textEquals":
      builder = builder.whenTextEqualTo(condition.text);
      break;
    case "blank":
      builder = builder.whenCellEmpty();
      break;
  }
  builder = builder.setBackground(spec.fill);
  if (spec.fontColor !== undefined) builder = builder.setFontColor(spec.fontColor);
  return builder.setRanges([sheet.getRange(spec.range)]).build();
}

function seriesColours(chart: ChartSpec): string[] {
  return Array.from({ length: parseRange(chart.dataRange).columns - 1 }, (_, i) => chartColour(i));
}

function insertChart(sheet: Sheet, chart: ChartSpec, anchor: { row: number; column: number }): void {
  const base = sheet.newChart();
  let builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder =
    chart.kind === "bar"
      ? base.asBarChart()
      : chart.kind === "line"
        ? base.asLineChart()
        : base.asColumnChart();
  builder = builder
    .addRange(sheet.getRange(chart.dataRange))
    .setNumHeaders(1)
    .setOption("title", chart.title)
    // The same series colours in every host, so a chart pasted from Sheets matches one from Excel.
    .setOption("colors", seriesColours(chart))
    .setPosition(anchor.row + 1, anchor.column + 1, 0, 0);
  if (chart.width !== undefined) builder = builder.setOption("width", chart.width);
  if (chart.height !== undefined) builder = builder.setOption("height", chart.height);
  sheet.insertChart(builder.build());
}

/**
 * Renders a spec onto an empty sheet (new, or emptied by `resetSheet`). The number of calls depends on
 * the layout (how many styles, validations, rules, merges, charts) and never on the number of rows:
 * all cells go in one `setValues`, all date formats in one range list.
 */
export function renderSheet(
  app: SpreadsheetApp,
  sheet: Sheet,
  spec: SheetSpec,
  grid: ResetGrid,
  options: { me?: CurrentUser } = {},
): void {
  const need = specExtent(spec);
  fitGrid(sheet, grid, need);

  const columns = spec.cells.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (spec.cells.length > 0 && columns > 0) {
    const values = spec.cells.map((row) =>
      Array.from({ length: columns }, (_, c) => sheetsCellValue(row[c])),
    );
    sheet.getRange(1, 1, spec.cells.length, columns).setValues(values);
  }
  // Number formats only after the values: in a plain-text ("@") cell Sheets would keep the apostrophe.
  const dates = dateRuns(spec);
  if (dates.length > 0) sheet.getRangeList(dates).setNumberFormat(DEFAULT_DATE_FORMAT);
  for (const style of spec.styles ?? []) applyStyle(sheet.getRange(style.range), style);
  applyColumnWidths(sheet, spec.columnWidths ?? []);
  for (const run of columnRuns(spec.hiddenColumns ?? [])) sheet.hideColumns(run.start + 1, run.count);
  // Sheets fits a row to its wrapped text itself; one call asks it to for every row, where the spec's
  // heights (one per run of rows) would make the call count grow with the rows.
  if ((spec.rowHeights ?? []).some((h) => h !== null) && spec.cells.length > 0)
    sheet.autoResizeRows(1, spec.cells.length);
  sheet.setFrozenRows(spec.frozen?.rows ?? 0);
  sheet.setFrozenColumns(spec.frozen?.columns ?? 0);

  for (const validation of spec.validations ?? []) {
    let builder = app
      .newDataValidation()
      .requireValueInList([...validation.values], true)
      .setAllowInvalid(!validation.strict);
    // Sheets shows the help text beside the selected cell and in its rejection message; it has no separate
    // error text, so the prompt (which names what to pick) serves both.
    if (validation.prompt !== undefined) builder = builder.setHelpText(validation.prompt);
    sheet.getRange(validation.range).setDataValidation(builder.build());
  }
  if ((spec.checkboxes ?? []).length > 0) {
    const checkbox = app.newDataValidation().requireCheckbox().build();
    for (const a1 of spec.checkboxes ?? []) sheet.getRange(a1).setDataValidation(checkbox);
  }
  sheet.setConditionalFormatRules(
    (spec.conditionalFormats ?? []).map((rule) => conditionalRule(app, sheet, rule)),
  );
  for (const a1 of spec.merges ?? []) sheet.getRange(a1).merge();

  // The filter buttons over the task table. Sheets has one filter per sheet; a sheet rewritten in place
  // may still carry its old one.
  if (spec.autoFilter) {
    sheet.getFilter()?.remove();
    sheet.getRange(spec.autoFilter).createFilter();
  }
  if (spec.protection)
    protectSheet(sheet, spec.protection, {
      hard: isMonthSheetName(spec.name),
      ...options,
      ...(grid.editors ? { keep: grid.editors } : {}),
    });
  for (const chart of spec.charts ?? []) insertChart(sheet, chart, parseRange(chart.anchor));
  sheet.setTabColor(spec.tabColor ?? null);
  if (spec.hidden) sheet.hideSheet();
  else sheet.showSheet();
  // The month to fill in is the tab the user sees when the action ends.
  if (spec.active && !spec.hidden) sheet.activate();
  // `spec.print` is not rendered: Apps Script has no print setup API (paper, orientation, fit, footer are
  // chosen in Sheets' print dialog each time).
}
