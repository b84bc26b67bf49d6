import { dayParts } from "../../core/_lib/day";
import { MemoryWorkbook } from "../support/MemoryWorkbook";
import type { ConformanceSubject } from "./ConformanceSubject";
import { describeWorkbookConformance } from "./workbookConformance";

describeWorkbookConformance("in-memory fake", async (): Promise<ConformanceSubject> => {
  const workbook = new MemoryWorkbook();
  return {
    workbook,
    async inspect(sheet, a1) {
      const cell = workbook.cell(sheet, a1);
      switch (cell?.kind) {
        case undefined:
          return { value: null };
        case "text":
          return { value: cell.text };
        case "number":
        case "boolean":
          return { value: cell.value };
        case "date": {
          const { year, month, day } = dayParts(cell.day);
          return { value: new Date(Date.UTC(year, month - 1, day)) };
        }
        case "formula":
          return { formula: cell.formula, value: null };
      }
    },
  };
});
