import type { ConformanceSubject } from "../../test/conformance/ConformanceSubject";
import { describeWorkbookConformance } from "../../test/conformance/workbookConformance";
import { SheetsWorkbook } from "../src/host/SheetsWorkbook";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";

describeWorkbookConformance("Apps Script (fake SpreadsheetApp)", async (): Promise<ConformanceSubject> => {
  const env = createFakeAppsScript();
  const spreadsheet = env.addSpreadsheet("Tilannekuva", { active: true });
  const workbook = new SheetsWorkbook(spreadsheet, env.globals.SpreadsheetApp);
  return {
    workbook,
    async inspect(sheet, a1) {
      const { formula, value } = env.inspect(spreadsheet, sheet, a1);
      return formula === undefined
        ? { value: value as string | number | boolean | null }
        : { formula, value: value as string | number | boolean | null };
    },
  };
});
