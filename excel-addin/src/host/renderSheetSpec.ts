import { unlockedRanges } from "../../../core/sheets/_lib/unlockedRanges";
import { parseRange, rangeAddress } from "../../../core/_lib/cells";
import { chartColour } from "../../../core/sheets/chartColours";
import type { ChartSpec, ListValidationSpec, PrintSpec, SheetSpec } from "../../../core/sheets/SheetSpec";
import type { FeatureNotice } from "./FeatureNotice";
import type { RequestBudget } from "./RequestBudget";
import { SMALL_ACTION_BYTES, estimateBytes } from "./RequestBudget";
import { renderCells } from "./renderCells";
import { renderStyles } from "./renderStyles";

/** Requirement set of Range.dataValidation; everything else used here is in the manifest's minimum. */
export const DATA_VALIDATION_SET = "1.8";
/**
 * Requirement set of Worksheet.pageLayout and Worksheet.autoFilter. Without it a sheet has no print
 * setup and no filter buttons: both are conveniences, so the sheet is written without them, unannounced.
 */
export const PAGE_LAYOUT_SET = "1.9";

export interface RenderEnvironment {
  readonly budget: RequestBudget;
  readonly supports: (excelApiVersion: string) => boolean;
  /** The validation source of a list: inline, or a reference into the lists sheet. */
  readonly listSource: (values: readonly string[]) => string;
  /** The validation source of the checkboxes' list of real booleans (see BOOLEAN_LIST). */
  readonly booleanListSource: () => string;
  readonly notice: (notice: FeatureNotice) => void;
}

const CHART_TYPES: Record<ChartSpec["kind"], "BarClustered" | "ColumnClustered" | "Line"> = {
  bar: "BarClustered",
  column: "ColumnClustered",
  line: "Line",
};

/** Pixels (as the other hosts size charts) to points. */
const toPoints = (pixels: number): number => pixels * 0.75;

const truncate = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** Queues everything that goes back to the state of a new sheet; returns the old charts, loaded for deletion. */
async function queueClear(sheet: Excel.Worksheet, env: RenderEnvironment): Promise<Excel.ChartCollection> {
  await env.budget.reserve(SMALL_ACTION_BYTES * 8);
  sheet.protection.unprotect();
  sheet.freezePanes.unfreeze();
  const all = sheet.getRange();
  all.unmerge();
  all.clear("All");
  all.conditionalFormats.clearAll();
  if (env.supports(DATA_VALIDATION_SET)) all.dataValidation.clear();
  return sheet.charts.load("items/name");
}

async function renderValidation(
  sheet: Excel.Worksheet,
  validation: ListValidationSpec,
  env: RenderEnvironment,
  booleans = false,
): Promise<void> {
  const source = booleans ? env.booleanListSource() : env.listSource(validation.values);
  await env.budget.reserve(
    estimateBytes(source) + estimateBytes(validation.prompt ?? "") + SMALL_ACTION_BYTES * 3,
  );
  const rule = sheet.getRange(validation.range).dataValidation;
  rule.rule = { list: { inCellDropDown: true, source } };
  rule.ignoreBlanks = true;
  rule.errorAlert = {
    showAlert: true,
    style: validation.strict ? "Stop" : "Warning",
    title: "",
    message: truncate(validation.error ?? validation.prompt ?? validation.values.join(", "), 225),
  };
  if (validation.prompt)
    rule.prompt = { showPrompt: true, title: "", message: truncate(validation.prompt, 255) };
}

async function renderRules(sheet: Excel.Worksheet, spec: SheetSpec, env: RenderEnvironment): Promise<void> {
  const checkboxes: ListValidationSpec[] = (spec.checkboxes ?? []).map((range) => ({
    range,
    values: ["TRUE", "FALSE"],
    strict: false,
  }));
  const supported = env.supports(DATA_VALIDATION_SET);
  if (!supported && (spec.validations?.length ?? 0) > 0) {
    env.notice({ feature: "validations", sheet: spec.name, requirement: `ExcelApi ${DATA_VALIDATION_SET}` });
  }
  if (!supported && checkboxes.length > 0) {
    env.notice({ feature: "checkboxes", sheet: spec.name, requirement: `ExcelApi ${DATA_VALIDATION_SET}` });
  }
  if (!supported) return;
  for (const validation of spec.validations ?? []) await renderValidation(sheet, validation, env);
  for (const validation of checkboxes) await renderValidation(sheet, validation, env, true);
  const sortable = spec.protection?.sortable;
  for (const range of sortable?.guarded ?? []) {
    // Unlocked for sorting, the ids and context refuse every typed value instead (clearing passes any
    // rule; the reader names a row left without its id).
    await env.budget.reserve(estimateBytes(sortable!.message) + SMALL_ACTION_BYTES * 3);
    const rule = sheet.getRange(range).dataValidation;
    rule.rule = { custom: { formula: "=FALSE" } };
    rule.ignoreBlanks = true;
    rule.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: "",
      message: truncate(sortable!.message, 225),
    };
  }
}

async function renderFrozen(sheet: Excel.Worksheet, spec: SheetSpec, env: RenderEnvironment): Promise<void> {
  const { rows = 0, columns = 0 } = spec.frozen ?? {};
  if (rows <= 0 && columns <= 0) return;
  await env.budget.reserve(SMALL_ACTION_BYTES);
  if (columns <= 0) sheet.freezePanes.freezeRows(rows);
  else if (rows <= 0) sheet.freezePanes.freezeColumns(columns);
  else sheet.freezePanes.freezeAt(rangeAddress(0, 0, rows, columns));
}

/** `&` starts a code in Excel's header and footer language; a literal one is doubled. */
const footerText = (text: string): string => text.replace(/&/g, "&&");

/** A4 landscape, fit to width, repeated title rows and the footer: the spec's print setup. */
async function renderPrint(sheet: Excel.Worksheet, print: PrintSpec, env: RenderEnvironment): Promise<void> {
  const page = footerText(print.pageLabel).replace("{page}", "&P").replace("{pages}", "&N");
  const left = footerText(print.footer.left);
  const center = footerText(print.footer.center);
  const breaks = print.rowBreaks ?? [];
  await env.budget.reserve(estimateBytes(left + center + page) + SMALL_ACTION_BYTES * (6 + breaks.length));
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  // 0 pages tall: as many as it takes, as Excel's own "Fit all columns on one page".
  layout.zoom = { horizontalFitToPages: print.fitWide, verticalFitToPages: print.fitTall ?? 0 };
  if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.from}:$${print.repeatRows.to}`);
  if (print.area) layout.setPrintArea(print.area);
  if (breaks.length) {
    // A rewrite replaces the old breaks; the page starts above each row's first cell.
    sheet.horizontalPageBreaks.removePageBreaks();
    for (const row of breaks) sheet.horizontalPageBreaks.add(`A${row}`);
  }
  const footers = layout.headersFooters.defaultForAllPages;
  footers.leftFooter = left;
  footers.centerFooter = center;
  footers.rightFooter = page;
}

/**
 * Queues one sheet of a `writeSheets` batch. Returns the work that must come after every sheet's
 * content is in place (old charts out, new charts in, protection on, visibility), queued by the caller
 * into the closing request.
 */
export async function renderSheetSpec(
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  existed: boolean,
  env: RenderEnvironment,
): Promise<(budget: RequestBudget) => Promise<void>> {
  const oldCharts = existed ? await queueClear(sheet, env) : null;
  await renderCells(sheet, spec, env.budget);
  await renderStyles(sheet, spec, env.budget);
  await renderFrozen(sheet, spec, env);
  await renderRules(sheet, spec, env);
  for (const range of unlockedRanges(spec)) {
    await env.budget.reserve(SMALL_ACTION_BYTES);
    sheet.getRange(range).format.protection.locked = false;
  }
  if (spec.print && env.supports(PAGE_LAYOUT_SET)) await renderPrint(sheet, spec.print, env);
  if (spec.tabColor !== undefined || existed) {
    await env.budget.reserve(SMALL_ACTION_BYTES);
    sheet.tabColor = spec.tabColor ?? "";
  }

  return async (budget) => {
    for (const chart of oldCharts?.items ?? []) {
      await budget.reserve(SMALL_ACTION_BYTES);
      chart.delete();
    }
    for (const chart of spec.charts ?? []) {
      const series = parseRange(chart.dataRange).columns - 1;
      await budget.reserve(estimateBytes(chart) + SMALL_ACTION_BYTES * (4 + series));
      const added = sheet.charts.add(CHART_TYPES[chart.kind], sheet.getRange(chart.dataRange), "Columns");
      added.title.text = chart.title;
      added.setPosition(chart.anchor);
      if (chart.width !== undefined) added.width = toPoints(chart.width);
      if (chart.height !== undefined) added.height = toPoints(chart.height);
      // The same series colours in every host; queued with the chart, no extra sync.
      for (let i = 0; i < series; i++) {
        const format = added.series.getItemAt(i).format;
        if (chart.kind === "line") format.line.color = chartColour(i);
        else format.fill.setSolidColor(chartColour(i));
      }
    }
    // The filter goes on before the protection: a protected sheet refuses a new one.
    if (spec.autoFilter && env.supports(PAGE_LAYOUT_SET)) {
      await budget.reserve(SMALL_ACTION_BYTES * 2);
      sheet.autoFilter.apply(sheet.getRange(spec.autoFilter));
    }
    if (spec.protection) {
      await budget.reserve(SMALL_ACTION_BYTES);
      sheet.protection.protect({
        allowFormatColumns: true,
        allowFormatRows: true,
        allowAutoFilter: true,
        // Excel sorts no range with a locked cell: only a sortable table, unlocked whole, is sorted.
        allowSort: spec.protection.sortable !== undefined,
      });
    }
    if (spec.hidden || existed) {
      await budget.reserve(SMALL_ACTION_BYTES);
      sheet.visibility = spec.hidden ? "Hidden" : "Visible";
    }
    // The month to fill in is the sheet the user sees when the action ends.
    if (spec.active && !spec.hidden) {
      await budget.reserve(SMALL_ACTION_BYTES);
      sheet.activate();
    }
  };
}
