import { describeWorkbookConformance } from "../../test/conformance/workbookConformance";
import { OfficeWorkbook } from "../src/host/OfficeWorkbook";
import { createFakeExcel } from "./fakeExcel";

describeWorkbookConformance("Office.js (fake Excel)", async () => {
  const fake = createFakeExcel();
  const context = fake.newContext() as unknown as Excel.RequestContext;
  return {
    workbook: new OfficeWorkbook(context, {
      isSetSupported: (version) => fake.Office.context.requirements.isSetSupported("ExcelApi", version),
    }),
    inspect: async (sheet, a1) => {
      const { formula, value } = fake.inspect(sheet, a1);
      return formula === undefined ? { value } : { formula, value };
    },
  };
});
