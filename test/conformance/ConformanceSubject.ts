import type { CellValue } from "../../core/_lib/cells";
import type { Workbook } from "../../core/actions/Workbook";

/** What the Workbook conformance suite needs from a host under test. */
export interface ConformanceSubject {
  /**
   * A fresh workbook of this host (a fake Excel, a fake SpreadsheetApp, ExcelJS, in memory): no sheets, or
   * only the blank default sheets a new file has. See `describeWorkbookConformance` for the full contract.
   */
  readonly workbook: Workbook;
  /**
   * How one cell is stored by the host after a write: its formula (with the leading `=`) when the host
   * holds a formula there, and the raw value the host stores. This is how the suite proves that
   * literal text never became a formula.
   */
  inspect(sheet: string, a1: string): Promise<{ formula?: string; value: CellValue }>;
}

export type ConformanceFactory = () => Promise<ConformanceSubject>;
