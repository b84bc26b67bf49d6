import { cellAddress, columnLetter, parseRange, rangeAddress } from "../../../core/_lib/cells";
import { dayParts } from "../../../core/_lib/day";
import type { ConditionSpec, SheetSpec, SpecCell } from "../../../core/sheets/SheetSpec";
import { inlineList, MAX_ERROR, MAX_PROMPT } from "../_lib/applyValidations";
import { argb } from "../_lib/argb";
import type { CellFormat } from "../_lib/cellFormats";
import { cellFormats } from "../_lib/cellFormats";
import { xmlText } from "../_lib/xmlText";
import { footerCodes, sheetProtection } from "../renderSheet";
import type { ListsColumns, SharedStrings } from "./SheetParts";
import { textElement } from "./SheetParts";
import type { Packed } from "./zipParts";
import { DeflatingWriter } from "./zipParts";
import type { CellStyle, StyleTable } from "./StyleTable";
import { cellStyle } from "./StyleTable";

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
/** Days from Excel's day 0 (1899-12-30, leap-year bug included) to 1970-01-01. */
const EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;

/** `<c>` of one cell: its value typed as ExcelJS writes it, formulas without a cached result. */
function cellXml(address: string, value: SpecCell, style: number, strings: SharedStrings | null): string {
  const s = style ? ` s="${style}"` : "";
  if (value === null || value === "") return `<c r="${address}"${s}/>`;
  if (typeof value === "string")
    return strings
      ? `<c r="${address}"${s} t="s"><v>${strings.index(value)}</v></c>`
      : `<c r="${address}"${s} t="inlineStr"><is>${textElement(value)}</is></c>`;
  if (typeof value === "number")
    return Number.isFinite(value) ? `<c r="${address}"${s}><v>${value}</v></c>` : `<c r="${address}"${s}/>`;
  if (typeof value === "boolean") return `<c r="${address}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if ("formula" in value)
    return `<c r="${address}"${s}><f>${xmlText(value.formula.replace(/^=/, ""))}</f></c>`;
  const { year, month, day } = dayParts(value.date);
  return `<c r="${address}"${s}><v>${Date.UTC(year, month - 1, day) / DAY_MS + EPOCH_SERIAL}</v></c>`;
}

/**
 * The style index of every cell the spec formats, by row and column. A merged range has one style for
 * all its cells, as in ExcelJS, where the covered cells share the top-left cell's style object: each
 * format applied to any of them lands in it, a later one replacing the parts it sets.
 */
function cellStyles(spec: SheetSpec, styles: StyleTable): StyleGrid {
  const merges = (spec.merges ?? []).map(parseRange);
  const mergeOf = (row: number, column: number) =>
    merges.findIndex(
      (m) => row >= m.row && row < m.row + m.rows && column >= m.column && column < m.column + m.columns,
    );
  const merged = merges.map((): CellStyle => ({}));
  const placed: number[] = [];
  const set = (row: number, column: number, style: number) => placed.push(row, column, style);
  // Cells formatted alike share their format object: its style is looked up once.
  const xfs = new Map<CellFormat, number>();
  for (const { row, column, format } of cellFormats(spec)) {
    const merge = merges.length ? mergeOf(row, column) : -1;
    if (merge >= 0) {
      Object.assign(merged[merge]!, cellStyle(format));
      continue;
    }
    let xf = xfs.get(format);
    if (xf === undefined) xfs.set(format, (xf = styles.xf(cellStyle(format))));
    set(row, column, xf);
  }
  merges.forEach((m, i) => {
    const style = styles.xf(merged[i]!);
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.column; c < m.column + m.columns; c++) set(r, c, style);
  });
  return new StyleGrid(placed);
}

/**
 * The style index of every formatted cell in a typed array by row and column, and each row's last
 * formatted column: a map per row of a sheet of a hundred thousand cells was a tenth of writing it.
 */
class StyleGrid {
  readonly rows: number;
  private readonly width: number;
  private readonly xf: Int32Array;
  private readonly widths: Int32Array;

  /** `placed`: row, column and style of each cell in turn; a later one wins. */
  constructor(placed: readonly number[]) {
    let rows = 0;
    let width = 0;
    for (let i = 0; i < placed.length; i += 3) {
      rows = Math.max(rows, placed[i]! + 1);
      width = Math.max(width, placed[i + 1]! + 1);
    }
    this.rows = rows;
    this.width = width;
    this.xf = new Int32Array(rows * width).fill(-1);
    this.widths = new Int32Array(rows);
    for (let i = 0; i < placed.length; i += 3) {
      const [row, column] = [placed[i]!, placed[i + 1]!];
      this.xf[row * width + column] = placed[i + 2]!;
      this.widths[row] = Math.max(this.widths[row]!, column + 1);
    }
  }

  /** The style of a cell, undefined when it has none. */
  get(row: number, column: number): number | undefined {
    if (row >= this.rows || column >= this.width) return undefined;
    const xf = this.xf[row * this.width + column]!;
    return xf < 0 ? undefined : xf;
  }

  /** Columns up to the last formatted one in the row. */
  rowWidth(row: number): number {
    return row < this.rows ? this.widths[row]! : 0;
  }
}

/**
 * The `<sheetData>` of a spec: its extent and formulas known first (the `<dimension>` before it needs
 * them), then written row by row into `out`.
 */
function sheetData(
  spec: SheetSpec,
  tables: WorkbookTables,
): { hasFormulas: boolean; ref: string; write: (out: DeflatingWriter) => void } {
  const styles = cellStyles(spec, tables.styles);
  const covered = new Set<number>();
  for (const m of (spec.merges ?? []).map(parseRange))
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.column; c < m.column + m.columns; c++)
        if (r > m.row || c > m.column) covered.add(r * 16384 + c);
  const heights = spec.rowHeights ?? [];
  const rowCount = Math.max(spec.cells.length, heights.length, styles.rows);
  /** Calls `cell` for each cell of row `r` written (a value or a style); returns the row's height attributes. */
  const eachCell = (r: number, cell: (c: number, value: SpecCell, style: number | undefined) => void) => {
    const values = spec.cells[r] ?? [];
    const width = Math.max(values.length, styles.rowWidth(r));
    for (let c = 0; c < width; c++) {
      let value = values[c] ?? null;
      // A merged range shows its top-left cell's value; ExcelJS drops the others'.
      if (value === "" || (value !== null && covered.size && covered.has(r * 16384 + c))) value = null;
      const style = styles.get(r, c);
      if (value !== null || style !== undefined) cell(c, value, style);
    }
    const height = heights[r];
    return height === null || height === undefined ? "" : ` ht="${height}" customHeight="1"`;
  };
  let hasFormulas = false;
  let lastColumn = 0;
  let lastRow = 0;
  for (let r = 0; r < rowCount; r++) {
    let written = false;
    const ht = eachCell(r, (c, value) => {
      written = true;
      if (value !== null && typeof value === "object" && "formula" in value) hasFormulas = true;
      lastColumn = Math.max(lastColumn, c);
    });
    if (written || ht) lastRow = r;
  }
  const letters: string[] = [];
  const write = (out: DeflatingWriter) => {
    out.write("<sheetData>");
    for (let r = 0; r < rowCount; r++) {
      let cells = "";
      const ht = eachCell(r, (c, value, style) => {
        cells += cellXml(`${(letters[c] ??= columnLetter(c))}${r + 1}`, value, style ?? 0, tables.strings);
      });
      if (cells === "" && ht === "") continue;
      out.write(cells ? `<row r="${r + 1}"${ht}>${cells}</row>` : `<row r="${r + 1}"${ht}/>`);
    }
    out.write("</sheetData>");
  };
  return { hasFormulas, ref: rangeAddress(0, 0, lastRow + 1, lastColumn + 1), write };
}

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
  const data = sheetData(spec, tables);
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
  data.write(out);
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
  return { xml: out.finish(), hasFormulas: data.hasFormulas };
}
