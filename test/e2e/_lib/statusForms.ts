import { createMonthSheet, createRegionWorkbook } from "../../../core";
import { MONTH_LAYOUT, monthColumn } from "../../../core/sheets/monthLayout";
import { ExcelJsWorkbook } from "../../../cli/xlsx/ExcelJsWorkbook";

/** A status as a preparer might type it, with a name that shows what is special about it. */
export interface StatusForm {
  name: string;
  value: string | null;
}

/** The forms PRODUCT.md §2 promises: any language, any case, surrounding and repeated whitespace; and the odd ones out. */
export const PROMISED_FORMS: readonly StatusForm[] = [
  { name: 'Swedish "Klar"', value: "Klar" },
  { name: 'English "in progress"', value: "in progress" },
  { name: 'upper case "VALMIS"', value: "VALMIS" },
  { name: 'upper case with umlauts "KÄYNNISSÄ"', value: "KÄYNNISSÄ" },
  { name: "leading and trailing spaces", value: "  Käynnissä  " },
  { name: "a non-breaking space inside", value: "Ei\u00a0aloitettu" },
  { name: "a trailing tab", value: "Valmis\t" },
  { name: "a leading tab", value: "\tKäynnissä" },
  { name: '"Ei koske"', value: "Ei koske" },
  { name: '"Berör inte"', value: "Berör inte" },
  { name: 'unknown "valmis?"', value: "valmis?" },
  { name: "blank", value: null },
];

/** More forms the core reads one way or another, which the live formulas read the same way. */
export const MORE_FORMS: readonly StatusForm[] = [
  { name: "a carriage return (Excel's _x000D_)", value: "Valmis_x000D_" },
  { name: "a decomposed ä (NFD)", value: "Käynnissä".normalize("NFD") },
  { name: 'unknown "Valmi?" (wildcard ?)', value: "Valmi?" },
  { name: 'unknown "Käyn*" (wildcard *)', value: "Käyn*" },
  { name: 'unknown "*"', value: "*" },
  { name: 'unknown "~Valmis" (wildcard escape)', value: "~Valmis" },
  { name: "repeated spaces inside", value: "Ei   koske" },
  { name: "a line break inside", value: "Ei\naloitettu" },
  { name: 'the code "in_progress"', value: "in_progress" },
  { name: 'the code in upper case "NOT_APPLICABLE"', value: "NOT_APPLICABLE" },
  { name: 'Swedish in lower case "pågår"', value: "pågår" },
  { name: 'English "Done"', value: "Done" },
  { name: "only spaces", value: "   " },
  { name: 'unknown "Valmis~"', value: "Valmis~" },
];

/**
 * Forms the core reads one way and the month sheet's live SUMPRODUCT formulas (summaryFormulas in
 * core/sheets/buildMonthSheet.ts) another. Each stays here until the formula is fixed; its test then
 * fails, and the form moves to MORE_FORMS.
 */
export const KNOWN_MISREADS: readonly StatusForm[] = [
  // Rare spaces the core's normalizeText folds but the formula does not: folding them needs UNICHAR,
  // which .xlsx files must spell _xlfn.UNICHAR and older Excel lacks.
  { name: "a narrow no-break space (U+202F)", value: "Valmis\u202f" },
  { name: "a zero-width space (U+200B)", value: "\u200bValmis" },
  { name: "an em space (U+2003)", value: "Valmis\u2003" },
];

/** Rows (1-based) of the task table of a fresh month sheet. */
export function taskRows(workbook: ExcelJsWorkbook, month: string): number[] {
  const sheet = workbook.excel.getWorksheet(month);
  if (!sheet) throw new Error(`no sheet ${month}`);
  const rows: number[] = [];
  const idColumn = monthColumn("id") + 1;
  for (let r = MONTH_LAYOUT.tableHeaderRow + 1; sheet.getCell(r, idColumn).value; r++) rows.push(r);
  return rows;
}

/** A region's workbook with one month sheet, made through the actions as the CLI makes it. */
export async function regionWithMonth(
  template: ExcelJsWorkbook,
  region: string,
  month: string,
): Promise<ExcelJsWorkbook> {
  const workbook = new ExcelJsWorkbook();
  const created = await createRegionWorkbook(template, workbook, { region });
  if (!created.ok) throw new Error(created.message);
  const sheet = await createMonthSheet(workbook, { month });
  if (!sheet.ok) throw new Error(sheet.message);
  return workbook;
}

/** Types statuses into the status column the way a user does: plain cell values, row by row. */
export function typeStatuses(
  workbook: ExcelJsWorkbook,
  month: string,
  valueOfRow: (index: number) => string | null,
): void {
  const sheet = workbook.excel.getWorksheet(month)!;
  const statusColumn = monthColumn("status") + 1;
  taskRows(workbook, month).forEach((row, index) => {
    sheet.getCell(row, statusColumn).value = valueOfRow(index);
  });
}
