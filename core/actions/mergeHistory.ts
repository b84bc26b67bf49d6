import type { HistoryRow } from "../consolidation/history";
import { compareHistoryRows, readHistory } from "../consolidation/history";
import { findSheet } from "../sheets/labels";
import { historySheet } from "../sheets/national/nationalSheets";
import { loadWorkbookContext } from "./loadWorkbookContext";
import { actionMessage } from "./messages";
import type { ActionResult, BaseActionOptions } from "./types";
import type { Workbook } from "./Workbook";

/** Every month of `incoming` that `current` lacks is added; months `current` has stay as they are. */
export function mergeHistories(
  current: readonly HistoryRow[],
  incoming: readonly HistoryRow[],
): HistoryRow[] {
  const have = new Set(current.map((row) => row.month));
  return [...current, ...incoming.filter((row) => !have.has(row.month))].sort(compareHistoryRows);
}

/**
 * Merges the Historia of another national workbook (say, last year's file) into this one's, so the trend
 * covers both. Months this workbook already has are kept as they are.
 * @example await mergeHistory(national, lastYearsNational)
 */
export async function mergeHistory(
  national: Workbook,
  other: Workbook,
  options: BaseActionOptions = {},
): Promise<ActionResult> {
  let historyName: string | undefined;
  const context = await loadWorkbookContext(national, {
    ...(options.lang ? { lang: options.lang } : {}),
    extra: (names) => [(historyName = findSheet(names, "history"))],
  });
  const otherNames = await other.sheetNames();
  const otherHistoryName = findSheet(otherNames, "history");
  const otherGrid = otherHistoryName
    ? (await other.readSheets([otherHistoryName])).get(otherHistoryName)
    : undefined;
  const current = historyName ? readHistory(context.grids.get(historyName) ?? []) : [];
  const incoming = otherGrid ? readHistory(otherGrid) : [];
  const history = mergeHistories(current, incoming);
  const sheetLang = context.settings?.lang ?? context.lang;
  const sheet = historySheet({ lang: sheetLang, programme: context.programme, history });
  await national.writeSheets([{ ...sheet, name: historyName ?? sheet.name }]);
  const months = new Set(history.map((r) => r.month)).size;
  return {
    ok: true,
    message: actionMessage("historyMerged", context.lang, {
      added: months - new Set(current.map((r) => r.month)).size,
      months,
    }),
    sheets: [historyName ?? sheet.name],
    issues: [],
  };
}
