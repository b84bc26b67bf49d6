import { assessmentSheetNames } from "./assessmentSheet";
import { isMonthSheetName } from "./labels";

/** The month a month sheet or its self-assessment sheet belongs to, and which of the two it is. */
function monthSlot(name: string): { month: string; rank: number } | null {
  const trimmed = name.trim();
  if (isMonthSheetName(trimmed)) return { month: trimmed, rank: 0 };
  const month = trimmed.slice(0, 7);
  if (isMonthSheetName(month) && assessmentSheetNames(month).includes(trimmed)) return { month, rank: 1 };
  return null;
}

/**
 * The tab order with the month sheets in month order, each followed by its self-assessment sheet: every
 * other sheet keeps its place, and the places held by month sheets are filled with them sorted. A month
 * made late (2022-08 after 2022-10) thus sits before 2022-10, where a preparer looks for it.
 * @example orderMonthSheets(["Ohjeet", "2022-10", "2022-08", "Viimeiset 100"]) // ["Ohjeet", "2022-08", "2022-10", "Viimeiset 100"]
 */
export function orderMonthSheets(names: readonly string[]): string[] {
  const months = names
    .filter((name) => monthSlot(name) !== null)
    .sort((a, b) => {
      const sa = monthSlot(a)!;
      const sb = monthSlot(b)!;
      return sa.month.localeCompare(sb.month) || sa.rank - sb.rank;
    });
  let next = 0;
  return names.map((name) => (monthSlot(name) ? months[next++]! : name));
}
