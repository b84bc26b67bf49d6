import type { ConformanceSubject } from "../../test/conformance/ConformanceSubject";
import { describeWorkbookConformance } from "../../test/conformance/workbookConformance";
import { SheetsWorkbook } from "../src/host/SheetsWorkbook";
import { enUsFormula } from "../src/host/_lib/sheetsCellValue";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";

describeWorkbookConformance("Apps Script (fake SpreadsheetApp)", async (): Promise<ConformanceSubject> => {
  const env = createFakeAppsScript();
  // A Finnish spreadsheet: decimal comma, so formulas must separate arguments with ";".
  const spreadsheet = env.addSpreadsheet("Tilannekuva", { active: true, locale: "fi_FI" });
  const workbook = new SheetsWorkbook(spreadsheet, env.globals.SpreadsheetApp);
  return {
    workbook,
    async inspect(sheet, a1) {
      const { formula, value } = env.inspect(spreadsheet, sheet, a1);
      return formula === undefined
        ? { value: value as string | number | boolean | null }
        : { formula: enUsFormula(formula), value: value as string | number | boolean | null };
    },
  };
});
