import { cellAddress, columnLetter, parseRange, rangeAddress } from "../../../core/_lib/cells";
import { dayParts } from "../../../core/_lib/day";
import type { ConditionSpec, SheetSpec, SpecCell } from "../../../core/sheets/SheetSpec";
import { inlineList, MAX_ERROR, MAX_PROMPT } from "../_lib/applyValidations";
import { argb } from "../_lib/argb";
import { formatGrid } from "../_lib/cellFormats";
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

/** Texts up to this long are escaped once per sheet however often they stand in it (names, statuses, tasks). */
const SHORT_TEXT = 256;

/**
 * The `<c>` of each cell of a sheet, typed as ExcelJS writes it, formulas without a cached result. One
 * per sheet: it keeps what cells repeat (a text's `<t>`, a day's serial, a style's attribute).
 */
class CellWriter {
  private readonly texts = new Map<string, string>();
  private readonly serials = new Map<string, number>();
  private readonly styleAttributes: string[] = [];

  constructor(private readonly strings: SharedStrings | null) {}

  /** `<c>` of the cell at `address` with style `style` (0: none). */
  cell(address: string, value: SpecCell, style: number): string {
    const s = (this.styleAttributes[style] ??= style ? ` s="${style}"` : "");
    if (value === null) return `<c r="${address}"${s}/>`;
    switch (typeof value) {
      case "string":
        return this.strings
          ? `<c r="${address}"${s} t="s"><v>${this.strings.index(value)}</v></c>`
          : `<c r="${address}"${s} t="inlineStr"><is>${this.text(value)}</is></c>`;
      case "number":
        return Number.isFinite(value)
          ? `<c r="${address}"${s}><v>${value}</v></c>`
          : `<c r="${address}"${s}/>`;
      case "boolean":
        return `<c r="${address}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
      default:
        return "formula" in value
          ? `<c r="${address}"${s}><f>${xmlText(value.formula.replace(/^=/, ""))}</f></c>`
          : `<c r="${address}"${s}><v>${this.serial(value.date)}</v></c>`;
    }
  }

  private text(text: string): string {
    if (text.length > SHORT_TEXT) return textElement(text);
    let element = this.texts.get(text);
    if (element === undefined) this.texts.set(text, (element = textElement(text)));
    return element;
  }

  private serial(day: string): number {
    let serial = this.serials.get(day);
    if (serial === undefined) {
      const { year, month, day: date } = dayParts(day);
      this.serials.set(day, (serial = Date.UTC(year, month - 1, date) / DAY_MS + EPOCH_SERIAL));
    }
    return serial;
  }
}

/**
 * The style index of every cell the spec formats, by row and column. A merged range has one style for
 * all its cells, as in ExcelJS, where the covered cells share the top-left cell's style object: each
 * format applied to any of them lands in it, a later one replacing the parts it sets. Styles are
 * numbered in the order cells were first formatted, merged ranges last.
 */
function cellStyles(spec: SheetSpec, styles: StyleTable): StyleGrid {
  const merges = (spec.merges ?? []).map(parseRange);
  const mergeOf = (row: number, column: number) =>
    merges.findIndex(
      (m) => row >= m.row && row < m.row + m.rows && column >= m.column && column < m.column + m.columns,
    );
  const merged = merges.map((): CellStyle => ({}));
  const formats = formatGrid(spec);
  let rows = formats.applied.length / formats.width;
  let width = formats.width;
  for (const m of merges) {
    rows = Math.max(rows, m.row + m.rows);
    width = Math.max(width, m.column + m.columns);
  }
  const grid = new StyleGrid(rows, width);
  // Cells formatted alike share their format's id: its style is looked up once.
  const xfs = new Int32Array(formats.ids).fill(-1);
  for (const at of formats.order) {
    const row = Math.floor(at / formats.width);
    const column = at - row * formats.width;
    const id = formats.applied[at]!;
    const merge = merges.length ? mergeOf(row, column) : -1;
    if (merge >= 0) {
      Object.assign(merged[merge]!, cellStyle(formats.formatOf(id)));
      continue;
    }
    let xf = xfs[id]!;
    if (xf < 0) xf = xfs[id] = styles.xf(cellStyle(formats.formatOf(id)));
    grid.set(row, column, xf);
  }
  merges.forEach((m, i) => {
    const style = styles.xf(merged[i]!);
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.column; c < m.column + m.columns; c++) grid.set(r, c, style);
  });
  return grid.done();
}

/**
 * The style index of every formatted cell in a typed array by row and column, and each row's last
 * formatted column: a map per row of a sheet of a hundred thousand cells was a tenth of writing it.
 */
class StyleGrid {
  /** Rows up to the last formatted one. */
  rows = 0;
  private readonly xf: Int32Array;
  private readonly widths: Int32Array;

  /** A grid of `rows` × `width` cells, none formatted yet. */
  constructor(
    private readonly height: number,
    private readonly width: number,
  ) {
    this.xf = new Int32Array(height * width).fill(-1);
    this.widths = new Int32Array(height);
  }

  /** Gives a cell its style; a later one wins. */
  set(row: number, column: number, xf: number): void {
    this.xf[row * this.width + column] = xf;
    if (column >= this.widths[row]!) this.widths[row] = column + 1;
  }

  /** The grid once every cell is set: its rows end at the last formatted one. */
  done(): this {
    let rows = this.height;
    while (rows > 0 && this.widths[rows - 1] === 0) rows--;
    this.rows = rows;
    return this;
  }

  /** The style of a cell, -1 when it has none. */
  get(row: number, column: number): number {
    return row < this.rows && column < this.width ? this.xf[row * this.width + column]! : -1;
  }

  /** Columns up to the last formatted one in the row. */
  rowWidth(row: number): number {
    return row < this.rows ? this.widths[row]! : 0;
  }
}

const NO_CELLS: readonly SpecCell[] = [];

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
  /** The value a cell shows: a merged range shows its top-left cell's value; ExcelJS drops the others'. */
  const shown = (r: number, c: number, values: readonly SpecCell[]): SpecCell => {
    const value = values[c] ?? null;
    return value === "" || (value !== null && covered.size && covered.has(r * 16384 + c)) ? null : value;
  };
  const heightOf = (r: number): string => {
    const height = heights[r];
    return height === null || height === undefined ? "" : ` ht="${height}" customHeight="1"`;
  };
  // A cell is written when it has a value or a style: a row's last one is its last styled cell or a
  // later one with a value.
  let hasFormulas = false;
  let lastColumn = 0;
  let lastRow = 0;
  for (let r = 0; r < rowCount; r++) {
    const values = spec.cells[r] ?? NO_CELLS;
    let last = styles.rowWidth(r) - 1;
    for (let c = 0; c < values.length; c++) {
      const value = shown(r, c, values);
      if (value === null) continue;
      if (typeof value === "object" && "formula" in value) hasFormulas = true;
      if (c > last) last = c;
    }
    if (last >= 0) lastColumn = Math.max(lastColumn, last);
    if (last >= 0 || (heights[r] !== null && heights[r] !== undefined)) lastRow = r;
  }
  const letters: string[] = [];
  const write = (out: DeflatingWriter) => {
    const cells = new CellWriter(tables.strings);
    out.write("<sheetData>");
    for (let r = 0; r < rowCount; r++) {
      const values = spec.cells[r] ?? NO_CELLS;
      const width = Math.max(values.length, styles.rowWidth(r));
      const row = String(r + 1);
      let xml = "";
      for (let c = 0; c < width; c++) {
        const value = shown(r, c, values);
        const style = styles.get(r, c);
        if (value === null && style < 0) continue;
        xml += cells.cell((letters[c] ??= columnLetter(c)) + row, value, style < 0 ? 0 : style);
      }
      const ht = heightOf(r);
      if (xml === "" && ht === "") continue;
      out.write(xml ? `<row r="${row}"${ht}>${xml}</row>` : `<row r="${row}"${ht}/>`);
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
