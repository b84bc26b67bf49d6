import type { CellValue } from "../_lib/cells";
import type { Programme, StatusCode } from "../programme/ProgrammeSchema";
import { lookupStatus, statusKeys } from "./_lib/statusKeys";

/**
 * Reads a status cell in any of the three languages, any case and spacing, or as the code itself:
 * null for a blank cell, undefined for a value that is no status.
 * @example parseStatus("  KÄYNNISSÄ\u00a0", REGIONAL.statuses) // → "in_progress"
 */
export function parseStatus(
  value: CellValue,
  statuses: Programme["statuses"],
): StatusCode | null | undefined {
  return lookupStatus(statusKeys(statuses), value);
}
