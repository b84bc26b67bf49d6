import ExcelJS from "exceljs";
import { REGIONAL, reportingCalendar } from "../../../core";
import { ASSESSMENTS, LABELS, SEVERITIES } from "../../../core/sheets/labels";
import { assessmentSheetName } from "../../../core/sheets/assessmentSheet";
import { monthColumn } from "../../../core/sheets/monthLayout";
import type { ExcelJsWorkbook } from "../../../cli/xlsx/ExcelJsWorkbook";
import { taskRows } from "./statusForms";

/** Text that Excel's and Sheets' write APIs would turn into formulas (PRODUCT.md §6). */
export const INJECTIONS = ['=HYPERLINK("http://x","y")', "+1", "-1+2", "@SUM(A1)"] as const;

/** A cell of the national workbook holding one of INJECTIONS. */
export interface InjectedCell {
  sheet: string;
  address: string;
  text: string;
}

function firstRowLabelled(sheet: ExcelJS.Worksheet, label: string, after: number): number {
  for (let r = after + 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === label) return r;
  throw new Error(`no row labelled ${label} on ${sheet.name}`);
}

/**
 * Types INJECTIONS into a region's month sheet the way a preparer would: as the comment, owner and status
 * of late critical tasks, as risk descriptions and mitigations, and as self-assessment notes.
 */
export function typeInjections(workbook: ExcelJsWorkbook, month: string): void {
  const sheet = workbook.excel.getWorksheet(month)!;
  const { asOf } = reportingCalendar(month);
  const cell = (row: number, column: Parameters<typeof monthColumn>[0]) =>
    sheet.getCell(row, monthColumn(column) + 1);
  // Every status is "Ei aloitettu" on a new sheet, so every critical task due by the reporting date is late.
  const late = taskRows(workbook, month).filter((row) => {
    const end = cell(row, "end").value;
    return (
      cell(row, "critical").value === LABELS.yes.fi &&
      end instanceof Date &&
      end.toISOString().slice(0, 10) <= asOf
    );
  });
  if (late.length < INJECTIONS.length * 3) throw new Error(`only ${late.length} late tasks`);
  INJECTIONS.forEach((text, i) => {
    cell(late[i]!, "comment").value = text;
    cell(late[INJECTIONS.length + i]!, "owner").value = text;
    cell(late[2 * INJECTIONS.length + i]!, "status").value = text;
  });
  // The self-assessment and risks are on the month's own sheet (issue 9).
  const own = workbook.excel.getWorksheet(assessmentSheetName(month, "fi"))!;
  const assessments = firstRowLabelled(own, LABELS.assessmentTitle.fi, 1);
  INJECTIONS.forEach((text, i) => {
    own.getCell(assessments + 2 + i, 3).value = ASSESSMENTS.yellow.fi;
    own.getCell(assessments + 2 + i, 4).value = text;
  });
  const risks = firstRowLabelled(own, LABELS.risksTitle.fi, assessments);
  INJECTIONS.forEach((text, i) => {
    const row = own.getRow(risks + 2 + i);
    row.getCell(2).value = REGIONAL.groups[i]!.name.fi;
    row.getCell(3).value = SEVERITIES.high.fi;
    row.getCell(4).value = text;
    row.getCell(5).value = INJECTIONS[(i + 1) % INJECTIONS.length]!;
  });
}

/** Every cell of a workbook whose text is one of INJECTIONS, wherever and however it is stored. */
export function injectedCells(workbook: ExcelJS.Workbook): InjectedCell[] {
  const wanted = new Set<string>(INJECTIONS);
  const found: InjectedCell[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (c) => {
        if (typeof c.value === "string" && wanted.has(c.value))
          found.push({ sheet: sheet.name, address: c.address, text: c.value });
      });
    });
  }
  return found;
}

/** How a cell is stored, for messages: type, value and formula if any. */
export function describeCell(cell: ExcelJS.Cell): string {
  const types = Object.entries(ExcelJS.ValueType).find(([, v]) => v === cell.type)?.[0] ?? String(cell.type);
  return `${types} ${JSON.stringify(cell.value)}${cell.formula ? ` formula =${cell.formula}` : ""}`;
}
