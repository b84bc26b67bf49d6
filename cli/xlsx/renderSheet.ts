import type ExcelJS from "exceljs";
import { parseRange, rangeAddress } from "../../core/_lib/cells";
import { dayParts } from "../../core/_lib/day";
import type { PrintSpec, SheetSpec, SpecCell } from "../../core/sheets/SheetSpec";
import { applyConditionalFormats } from "./_lib/applyConditionalFormats";
import { applyFormats } from "./_lib/applyFormats";
import { applyValidations } from "./_lib/applyValidations";
import { argb } from "./_lib/argb";

/**
 * What users of a protected sheet may still do: select, resize columns and rows, and filter; sort only
 * a sheet with a sortable table, whose body is unlocked whole (Excel sorts no range with a locked cell)
 * and whose ids and context refuse typing instead (`SortableSpec`, ACCEPTANCE.md, issue 9).
 */
export const SHEET_PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
  sort: false,
};

/** What a protected sheet's users may do: SHEET_PROTECTION, and sorting where the sheet has a sortable table. */
export function sheetProtection(spec: SheetSpec): Partial<ExcelJS.WorksheetProtection> {
  return { ...SHEET_PROTECTION, sort: spec.protection?.sortable !== undefined };
}

/** `&` starts a code in Excel's header and footer language; a literal one is doubled. */
const footerText = (text: string): string => text.replace(/&/g, "&&");

/** The odd-page footer of a print setup in Excel's codes: programme left, centre text, page number right. */
export function footerCodes(print: PrintSpec): string {
  const page = footerText(print.pageLabel).replace("{page}", "&P").replace("{pages}", "&N");
  return `&L${footerText(print.footer.left)}&C${footerText(print.footer.center)}&R${page}`;
}

/** A4 landscape, fit to width, title rows and the footer, as the spec's print setup says. */
function applyPrint(worksheet: ExcelJS.Worksheet, print: PrintSpec): void {
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: 9, // A4
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitWide,
    // 0: as many pages tall as it takes.
    fitToHeight: print.fitTall ?? 0,
    ...(print.repeatRows ? { printTitlesRow: `${print.repeatRows.from}:${print.repeatRows.to}` } : {}),
    // ExcelJS writes "$" + the text before and after the colon: "A$1" becomes the absolute "$A$1", which
    // LibreOffice needs ("$A1" it ignores, printing the whole sheet).
    ...(print.area ? { printArea: print.area.replace(/([A-Z]+)(\d+)/g, "$1$$$2") } : {}),
  };
  // ExcelJS breaks the page after the row it is given: the row above the one that starts a page.
  for (const row of print.rowBreaks ?? []) worksheet.getRow(row - 1).addPageBreak();
  worksheet.headerFooter = { oddFooter: footerCodes(print) };
}

/**
 * Renders a sheet spec into a new, empty worksheet.
 *
 * ExcelJS writes typed cells, so a string is always a string cell, however it starts: no apostrophe
 * escaping is needed or wanted here. Charts are not drawn here: ExcelJS cannot write them, so
 * `ExcelJsWorkbook.toBuffer` adds their DrawingML parts to the file (see `_lib/addCharts`).
 * @example await renderSheet(workbook.addWorksheet("2022-09"), spec)
 */
export async function renderSheet(worksheet: ExcelJS.Worksheet, spec: SheetSpec): Promise<void> {
  let hasFormulas = false;
  spec.cells.forEach((cells, r) => {
    const row = worksheet.getRow(r + 1);
    cells.forEach((cell, c) => {
      if (cell === null || cell === "") return;
      if (typeof cell === "object" && "formula" in cell) hasFormulas = true;
      row.getCell(c + 1).value = excelValue(cell);
    });
  });
  // Formulas are written without cached results; this makes Excel and LibreOffice compute them on open.
  if (hasFormulas) worksheet.workbook.calcProperties.fullCalcOnLoad = true;

  // Merge before formatting so each covered cell keeps the format the spec gives it.
  for (const merge of spec.merges ?? []) {
    const { row, column, rows, columns } = parseRange(merge);
    worksheet.mergeCells(rangeAddress(row, column, rows, columns));
  }
  applyFormats(worksheet, spec);
  (spec.columnWidths ?? []).forEach((width, c) => (worksheet.getColumn(c + 1).width = width));
  for (const c of spec.hiddenColumns ?? []) worksheet.getColumn(c + 1).hidden = true;
  (spec.rowHeights ?? []).forEach((height, r) => {
    if (height !== null) worksheet.getRow(r + 1).height = height;
  });
  const frozen = spec.frozen;
  if (frozen && (frozen.rows > 0 || frozen.columns > 0)) {
    worksheet.views = [{ state: "frozen", xSplit: frozen.columns, ySplit: frozen.rows }];
  }
  applyValidations(worksheet, spec);
  if (spec.autoFilter) worksheet.autoFilter = spec.autoFilter;
  if (spec.print) applyPrint(worksheet, spec.print);
  applyConditionalFormats(worksheet, spec);
  if (spec.hidden) worksheet.state = "hidden";
  if (spec.tabColor !== undefined) worksheet.properties.tabColor = { argb: argb(spec.tabColor) };
  // An empty password: protection guards against slips, not people, and anyone may lift it.
  if (spec.protection) {
    await worksheet.protect("", sheetProtection(spec));
  }
}

function excelValue(cell: Exclude<SpecCell, null>): ExcelJS.CellValue {
  if (typeof cell !== "object") return cell;
  if ("formula" in cell) return { formula: cell.formula.replace(/^=/, "") };
  const { year, month, day } = dayParts(cell.date);
  // ExcelJS writes a Date as the serial of its UTC day and time; UTC midnight is the day itself.
  return new Date(Date.UTC(year, month - 1, day));
}
