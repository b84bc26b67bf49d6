/**
 * Edits a preparer (or an old template) makes to a region's own copy of the roadmap, through ExcelJS as
 * a spreadsheet program would.
 */
import type ExcelJS from "exceljs";
import type { ExcelJsWorkbook } from "../../../cli/xlsx/ExcelJsWorkbook";
import { monthSheet } from "../../cli/_support/regionFiles";

function roadmapSheet(workbook: ExcelJsWorkbook): ExcelJS.Worksheet {
  const sheet = workbook.excel.getWorksheet("Tiekartta");
  if (!sheet) throw new Error("no Tiekartta sheet");
  return sheet;
}

function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  let found = -1;
  sheet.getRow(1).eachCell((cell, column) => {
    if (found < 0 && cell.value === header) found = column;
  });
  if (found < 0) throw new Error(`no ${header} column`);
  return found;
}

/** Each roadmap row (1-based row number) with its id. */
function roadmapRows(sheet: ExcelJS.Worksheet): { row: number; id: string }[] {
  const rows: { row: number; id: string }[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const id = sheet.getRow(r).getCell(1).value;
    if (typeof id === "string" && id !== "") rows.push({ row: r, id });
  }
  return rows;
}

/** Marks only `keep` critical on the region's roadmap sheet (the edit in issue #11). */
export function onlyCritical(workbook: ExcelJsWorkbook, keep: string): void {
  const sheet = roadmapSheet(workbook);
  const column = columnOf(sheet, "Kriittinen");
  for (const { row, id } of roadmapRows(sheet))
    sheet.getRow(row).getCell(column).value = id === keep ? "Kyllä" : "Ei";
}

/** Renames a task id on the roadmap sheet and on the month sheets: an old version's task the roadmap retired. */
export function renameTask(
  workbook: ExcelJsWorkbook,
  from: string,
  to: string,
  months: readonly string[],
): void {
  const sheet = roadmapSheet(workbook);
  const found = roadmapRows(sheet).find((r) => r.id === from);
  if (!found) throw new Error(`no task ${from}`);
  sheet.getRow(found.row).getCell(1).value = to;
  for (const month of months) monthSheet(workbook.excel, month).cell(from, "id").value = to;
}

/** Moves a task's end date on the region's roadmap sheet. */
export function moveEnd(workbook: ExcelJsWorkbook, id: string, end: Date): void {
  const sheet = roadmapSheet(workbook);
  const found = roadmapRows(sheet).find((r) => r.id === id);
  if (!found) throw new Error(`no task ${id}`);
  sheet.getRow(found.row).getCell(columnOf(sheet, "Päättyy")).value = end;
}
