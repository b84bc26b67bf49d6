import type { Grid } from "../_lib/cells";
import type { SheetSpec } from "../sheets/SheetSpec";

/**
 * The little every host must do for the actions: list sheets, read sheets, write sheet descriptions.
 * Each call is one batch: a host spends a constant number of round trips on it whatever the sizes.
 */
export interface Workbook {
  /** Sheet names in tab order. */
  sheetNames(): Promise<string[]>;
  /**
   * The values of the named sheets, each from A1 to the end of its used range, as the host's API hands
   * them over (dates as Date objects or serial numbers, empty cells as "" or null). Sheets that do not
   * exist are absent from the result.
   */
  readSheets(names: readonly string[]): Promise<Map<string, Grid>>;
  /**
   * Creates each sheet, or clears and rewrites it when it exists, in the order given; new sheets are
   * added after the existing ones.
   */
  writeSheets(specs: readonly SheetSpec[]): Promise<void>;
  /**
   * Optional (issue 9): protects the named sheets whole and greys their tabs, leaving their content as
   * it is. Used on an earlier month once the next one exists. Hosts without it leave the sheets open.
   */
  closeSheets?(names: readonly string[]): Promise<void>;
}

/** Called by long actions after each step: `done` of `total`, with a label such as the region's name. */
export type ProgressListener = (progress: { done: number; total: number; label: string }) => void;
