import type { ConformanceSubject } from "../../test/conformance/ConformanceSubject";
import { describeWorkbookConformance } from "../../test/conformance/workbookConformance";
import { SheetsWorkbook } from "../src/host/SheetsWorkbook";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";

/** The formula in the core's en-US syntax: the suite compares with what the core wrote. */
function enUsFormula(formula: string): string {
  let quote: string | null = null;
  let out = "";
  for (const ch of formula) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === ";") {
      out += ",";
      continue;
    }
    out += ch;
  }
  return out;
}

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
