import { isMonthSheetName } from "./labels";

/**
 * The tab order with the month sheets in month order: every other sheet keeps its place, and the places
 * held by month sheets are filled with them sorted. A month made late (2022-08 after 2022-10) thus sits
 * before 2022-10, where a preparer looks for it.
 * @example orderMonthSheets(["Ohjeet", "2022-10", "2022-08", "Viimeiset 100"]) // ["Ohjeet", "2022-08", "2022-10", "Viimeiset 100"]
 */
export function orderMonthSheets(names: readonly string[]): string[] {
  const months = names.filter(isMonthSheetName).sort((a, b) => a.trim().localeCompare(b.trim()));
  let next = 0;
  return names.map((name) => (isMonthSheetName(name) ? months[next++]! : name));
}
