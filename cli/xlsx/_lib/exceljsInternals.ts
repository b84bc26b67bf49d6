import type ExcelJS from "exceljs";

/**
 * Members ExcelJS 4.4 has at run time but leaves out of its typings. Kept in one place so an ExcelJS
 * upgrade that changes them breaks one file.
 */
interface WorksheetInternals {
  /** Tab position: `workbook.worksheets` is sorted by it, and the file is written in that order. */
  orderNo: number;
  dataValidations: {
    /** Keyed by A1 cell or range; a loaded file has one key per cell. */
    model: Record<string, ExcelJS.DataValidation | undefined>;
    add(address: string, validation: ExcelJS.DataValidation): void;
  };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  sheetProtection: (Partial<ExcelJS.WorksheetProtection> & { sheet?: boolean }) | null;
}

export function internals(worksheet: ExcelJS.Worksheet): WorksheetInternals {
  return worksheet as unknown as WorksheetInternals;
}
