import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../core/_lib/cells";
import type { Workbook } from "../../core/actions/Workbook";
import type { SheetSpec } from "../../core/sheets/SheetSpec";
import { ExcelJsWorkbook } from "../../cli/xlsx/ExcelJsWorkbook";
import type { ConformanceSubject } from "./ConformanceSubject";
import { describeWorkbookConformance } from "./workbookConformance";

/** Saves to .xlsx bytes and reopens after every write, so the suite checks what the file holds. */
class ReopenedWorkbook implements Workbook {
  current = new ExcelJsWorkbook();

  sheetNames(): Promise<string[]> {
    return this.current.sheetNames();
  }

  readSheets(names: readonly string[]): Promise<Map<string, Grid>> {
    return this.current.readSheets(names);
  }

  async writeSheets(specs: readonly SheetSpec[]): Promise<void> {
    await this.current.writeSheets(specs);
    this.current = await ExcelJsWorkbook.fromBuffer(await this.current.toBuffer());
  }
}

/** How ExcelJS holds the cell: a formula cell's value is its cached result, absent in files ExcelJS wrote. */
function inspectCell(
  excel: ExcelJS.Workbook,
  sheet: string,
  a1: string,
): { formula?: string; value: CellValue } {
  const cell = excel.getWorksheet(sheet)?.getCell(a1);
  if (!cell) return { value: null };
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = cell.result;
    return {
      formula: `=${cell.formula}`,
      value: typeof result === "object" && !(result instanceof Date) ? null : (result ?? null),
    };
  }
  const { value } = cell;
  return {
    value: typeof value === "object" && value !== null && !(value instanceof Date) ? null : (value ?? null),
  };
}

describeWorkbookConformance("ExcelJS", async (): Promise<ConformanceSubject> => {
  const workbook = new ExcelJsWorkbook();
  return { workbook, inspect: async (sheet, a1) => inspectCell(workbook.excel, sheet, a1) };
});

describeWorkbookConformance(
  "ExcelJS, saved and reopened after each write",
  async (): Promise<ConformanceSubject> => {
    const workbook = new ReopenedWorkbook();
    return { workbook, inspect: async (sheet, a1) => inspectCell(workbook.current.excel, sheet, a1) };
  },
);
