import type { CellValue } from "../_lib/cells";
import { isBlank, matchKey } from "../_lib/cells";
import type { ChecklistWindow } from "../programme/ProgrammeSchema";

// Keys without spaces, so "Viimeiset100" and "viimeiset  100" read the same.
const MARKS: Readonly<Record<string, ChecklistWindow>> = {
  viimeiset100: "last100",
  sista100: "last100",
  last100: "last100",
  ensimmäiset100: "first100",
  första100: "first100",
  first100: "first100",
};

/**
 * The 100+100 checklist window a roadmap row is marked for, in any of the three languages; null for a
 * blank cell, undefined for an unknown mark.
 *
 * @example
 * parseChecklistMark("Viimeiset 100"); // "last100"
 * parseChecklistMark(" first 100 "); // "first100"
 * parseChecklistMark(""); // null
 */
export function parseChecklistMark(value: CellValue): ChecklistWindow | null | undefined {
  if (isBlank(value)) return null;
  if (typeof value !== "string") return undefined;
  const key = matchKey(value).replace(/ /g, "");
  return Object.prototype.hasOwnProperty.call(MARKS, key) ? MARKS[key] : undefined;
}
