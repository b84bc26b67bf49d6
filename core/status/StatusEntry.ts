import type { IsoDay } from "../_lib/day";
import type { StatusCode } from "../programme/ProgrammeSchema";

/** What a region reported for one task on a month sheet. */
export interface StatusEntry {
  id: string;
  /** The status counted: an unknown or missing status counts as not started. */
  status: StatusCode;
  /** The status cell as typed, whitespace normalized; empty when blank. */
  statusText: string;
  comment: string;
  /** Arvioitu valmistuminen; null when blank or unreadable. */
  expected: IsoDay | null;
  owner: string;
  /** 1-based sheet row. */
  row: number;
  /** A1 address of the status cell, e.g. `"J14"`. */
  statusCell: string;
}
