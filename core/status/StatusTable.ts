import type { StatusEntry } from "./StatusEntry";

/** The task table of a month sheet, keyed by task id. */
export interface StatusTable {
  /** Zero-based grid row of the header; -1 when no header was found. */
  headerRow: number;
  /** One entry per roadmap task found on the sheet, in sheet order; the first row of a duplicated id. */
  entries: Map<string, StatusEntry>;
}
