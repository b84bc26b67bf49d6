import { orderMonthSheets } from "../core/sheets/orderMonthSheets";
import { internals } from "./xlsx/_lib/exceljsInternals";
import type { ExcelJsWorkbook } from "./xlsx/ExcelJsWorkbook";

/** Moves the month tabs of a workbook into month order (the core decides the order; ExcelJS by orderNo). */
export function orderMonthTabs(workbook: ExcelJsWorkbook): void {
  const worksheets = workbook.excel.worksheets;
  const order = orderMonthSheets(worksheets.map((worksheet) => worksheet.name));
  const orderNos = worksheets.map((worksheet) => internals(worksheet).orderNo);
  for (const worksheet of worksheets) internals(worksheet).orderNo = orderNos[order.indexOf(worksheet.name)]!;
}
