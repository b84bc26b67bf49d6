import { cellAddress, parseRange, rangeAddress } from "../../../core/_lib/cells";
import type { ConditionSpec, SheetSpec } from "../../../core/sheets/SheetSpec";
import { inlineList, MAX_ERROR, MAX_PROMPT } from "../_lib/applyValidations";
import { argb } from "../_lib/argb";
import { xmlText } from "../_lib/xmlText";
import { footerCodes, sheetProtection } from "../renderSheet";
import type { ListsColumns, SharedStrings } from "./SheetParts";
import { sheetData } from "./sheetData";
import type { Packed } from "./zipParts";
import { DeflatingWriter } from "./zipParts";
import type { StyleTable } from "./StyleTable";

/** What the parts a worksheet shares with the rest of the workbook collect while it is written. */
export interface WorkbookTables {
  styles: StyleTable;
  /**
   * The shared strings texts are numbered in; null writes each text in its cell (`inlineStr`), as a
   * workbook whose shared strings part is copied unchanged needs (PatchedWorkbook).
   */
  strings: SharedStrings | null;
  lists: ListsColumns;
}

export interface WorksheetXml {
  /** The part, deflated as it was written. */
  xml: Packed;
  hasFormulas: boolean;
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
function sheetViewXml(spec: SheetSpec, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : "";
  const frozen = spec.frozen;
  if (!frozen || (frozen.rows <= 0 && frozen.columns <= 0))
    return selected ? `<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>` : "";
  const pane =
    frozen.rows > 0 && frozen.columns > 0 ? "bottomRight" : frozen.rows > 0 ? "bottomLeft" : "topRight";
  const x = frozen.columns > 0 ? ` xSplit="${frozen.columns}"` : "";
  const y = frozen.rows > 0 ? ` ySplit="${frozen.rows}"` : "";
  return (
    `<sheetViews><sheetView${tab} workbookViewId="0"><pane${x}${y} topLeftCell="${cellAddress(frozen.rows, frozen.columns)}" ` +
    `activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

function colsXml(spec: SheetSpec): string {
  const widths = spec.columnWidths ?? [];
  const hidden = new Set(spec.hiddenColumns ?? []);
  const count = Math.max(widths.length, ...[...hidden].map((c) => c + 1));
  const cols: string[] = [];
  for (let c = 0; c < count; c++) {
    const width = widths[c];
    if (width === undefined && !hidden.has(c)) continue;
    const attributes =
      (width === undefined ? "" : ` width="${width}" customWidth="1"`) + (hidden.has(c) ? ' hidden="1"' : "");
    cols.push(`<col min="${c + 1}" max="${c + 1}"${attributes}/>`);
  }
  return cols.length ? `<cols>${cols.join("")}</cols>` : "";
}

/** The rule Excel's own "Highlight cells" menu would make, as `applyConditionalFormats` gives ExcelJS. */
function ruleXml(condition: ConditionSpec, ref: string, dxfId: number, priority: number): string {
  const head = `dxfId="${dxfId}" priority="${priority}"`;
  const formula = (...formulae: string[]) => formulae.map((f) => `<formula>${xmlText(f)}</formula>`).join("");
  switch (condition.kind) {
    case "between":
      return `<cfRule type="cellIs" ${head} operator="between">${formula(String(condition.min), String(condition.max))}</cfRule>`;
    case "atLeast":
      return `<cfRule type="cellIs" ${head} operator="greaterThanOrEqual">${formula(String(condition.min))}</cfRule>`;
    case "textEquals":
      return `<cfRule type="cellIs" ${head} operator="equal">${formula(`"${condition.text.replaceAll('"', '""')}"`)}</cfRule>`;
    case "blank":
      return `<cfRule type="containsBlanks" ${head}>${formula(`LEN(TRIM(${ref.split(":")[0]}))=0`)}</cfRule>`;
  }
}

function conditionalFormatsXml(spec: SheetSpec, tables: WorkbookTables): string {
  return (spec.conditionalFormats ?? [])
    .map((format, index) => {
      const { row, column, rows, columns } = parseRange(format.range);
      const ref = rangeAddress(row, column, rows, columns);
      const dxf = tables.styles.dxf(format.fill, format.fontColor);
      return `<conditionalFormatting sqref="${ref}">${ruleXml(format.condition, ref, dxf, index + 1)}</conditionalFormatting>`;
    })
    .join("");
}

function validationsXml(spec: SheetSpec, tables: WorkbookTables): string {
  const items: string[] = [];
  const add = (range: string, formula: string, strict: boolean, prompt?: string, error?: string) => {
    const { row, column, rows, columns } = parseRange(range);
    items.push(
      '<dataValidation type="list" allowBlank="1"' +
        (prompt ? ' showInputMessage="1"' : "") +
        ` showErrorMessage="1" errorStyle="${strict ? "stop" : "warning"}"` +
        (error ? ` error="${xmlText(error.slice(0, MAX_ERROR))}"` : "") +
        (prompt ? ` prompt="${xmlText(prompt.slice(0, MAX_PROMPT))}"` : "") +
        ` sqref="${rangeAddress(row, column, rows, columns)}"><formula1>${xmlText(formula)}</formula1></dataValidation>`,
    );
  };
  for (const validation of spec.validations ?? []) {
    // Excel cannot express an empty list; leaving the cell free is the least surprising fallback.
    if (validation.values.length === 0) continue;
    const formula = inlineList(validation.values) ?? tables.lists.range(validation.values);
    add(validation.range, formula, validation.strict, validation.prompt, validation.error);
  }
  for (const range of spec.checkboxes ?? []) add(range, '"TRUE,FALSE"', true);
  // A sortable table's ids and context: unlocked for sorting, they refuse every typed value instead.
  const sortable = spec.protection?.sortable;
  for (const range of sortable?.guarded ?? []) {
    const { row, column, rows, columns } = parseRange(range);
    items.push(
      `<dataValidation type="custom" allowBlank="1" showErrorMessage="1" errorStyle="stop"` +
        ` error="${xmlText(sortable!.message.slice(0, MAX_ERROR))}"` +
        ` sqref="${rangeAddress(row, column, rows, columns)}"><formula1>FALSE</formula1></dataValidation>`,
    );
  }
  return items.length ? `<dataValidations count="${items.length}">${items.join("")}</dataValidations>` : "";
}

/**
 * An empty password: protection guards against slips, not people, and anyone may lift it. What
 * `sheetProtection` allows is written "0" (not protected); selecting cells is allowed by leaving its
 * attributes out.
 */
function protectionXml(spec: SheetSpec): string {
  const allowed = sheetProtection(spec);
  return `<sheetProtection sheet="1"${Object.entries(allowed)
    .filter(([key, allow]) => allow === true && !key.startsWith("select"))
    .map(([key]) => ` ${key}="0"`)
    .join("")}/>`;
}

function printXml(spec: SheetSpec): string {
  const margins = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const print = spec.print;
  if (!print) return margins;
  const breaks = print.rowBreaks ?? [];
  return (
    margins +
    // 9: A4. fitToHeight 0: as many pages tall as it takes.
    `<pageSetup paperSize="9" orientation="${print.orientation}" fitToWidth="${print.fitWide}" fitToHeight="${print.fitTall ?? 0}"/>` +
    `<headerFooter><oddFooter>${xmlText(footerCodes(print))}</oddFooter></headerFooter>` +
    // A break's id is the row after which the page breaks: the row above the one that starts a page.
    (breaks.length
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks
          .map((row) => `<brk id="${row - 1}" max="16383" man="1"/>`)
          .join("")}</rowBreaks>`
      : "")
  );
}

/**
 * The worksheet part of a sheet spec, in the element order the schema fixes (ECMA-376 §18.3.1.99): the
 * same cells, formats, rules, drop-downs, protection and print setup that `renderSheet` gives ExcelJS.
 * `drawing` is the relationship id of the sheet's charts, when it has any.
 * @example worksheetXml(spec, tables, { selected: false })
 */
export function worksheetXml(
  spec: SheetSpec,
  tables: WorkbookTables,
  options: { selected: boolean; drawing?: string },
): WorksheetXml {
  const data = sheetData(spec, tables.styles, tables.strings);
  const sheetPr =
    spec.tabColor !== undefined || spec.print
      ? `<sheetPr>${spec.tabColor !== undefined ? `<tabColor rgb="${argb(spec.tabColor)}"/>` : ""}${spec.print ? '<pageSetUpPr fitToPage="1"/>' : ""}</sheetPr>`
      : "";
  const merges = spec.merges ?? [];
  const mergesXml = merges.length
    ? `<mergeCells count="${merges.length}">${merges
        .map((m) => {
          const { row, column, rows, columns } = parseRange(m);
          return `<mergeCell ref="${rangeAddress(row, column, rows, columns)}"/>`;
        })
        .join("")}</mergeCells>`
    : "";
  const protection = spec.protection ? protectionXml(spec) : "";
  const autoFilter = spec.autoFilter ? `<autoFilter ref="${spec.autoFilter}"/>` : "";
  const out = new DeflatingWriter();
  out.write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>` +
      sheetPr +
      `<dimension ref="${data.ref}"/>` +
      sheetViewXml(spec, options.selected) +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      colsXml(spec),
  );
  const hasFormulas = data.write(out);
  out.write(
    protection +
      autoFilter +
      mergesXml +
      conditionalFormatsXml(spec, tables) +
      validationsXml(spec, tables) +
      printXml(spec) +
      (options.drawing ? `<drawing r:id="${options.drawing}"/>` : "") +
      "</worksheet>",
  );
  return { xml: out.finish(), hasFormulas };
}
