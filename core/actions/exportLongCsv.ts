import { readSummaryStore, storeSheetsByMonth } from "../brief/summaryStore";
import { longFormatCsv } from "../consolidation/longFormatCsv";
import type { Summary } from "../consolidation/SummarySchema";
import { loadWorkbookContext } from "./loadWorkbookContext";
import { actionMessage } from "./messages";
import type { ActionResult, BaseActionOptions } from "./types";
import type { Workbook } from "./Workbook";

export interface ExportLongCsvResult extends ActionResult {
  /** The long-format CSV (UTF-8 text with its byte-order mark); null when there is nothing to give. */
  csv: string | null;
  /** The file name to offer, e.g. `tilannekuva-aineisto-2022-06-2022-09.csv`. */
  fileName: string;
}

const joinMonths = (months: readonly string[]): string =>
  months.length > 1 ? `${months[0]}–${months[months.length - 1]}` : (months[0] ?? "");

/**
 * The data for analysts: one row per region × task × month for every month consolidated into the
 * national workbook, read from each month's hidden picture data sheet (one listing, one read). Months
 * consolidated before those sheets kept the task rows are named in the message, not guessed.
 * @example const { csv, fileName } = await exportLongCsv(national, { lang: "fi" })
 */
export async function exportLongCsv(
  national: Workbook,
  options: BaseActionOptions = {},
): Promise<ExportLongCsvResult> {
  let stores = new Map<string, string>();
  const context = await loadWorkbookContext(national, {
    ...(options.lang ? { lang: options.lang } : {}),
    extra: (names) => [...(stores = storeSheetsByMonth(names)).values()],
  });
  const { lang, programme } = context;
  const months = [...stores.keys()].sort();
  const summaries: Summary[] = [];
  const withoutTasks: string[] = [];
  for (const month of months) {
    const summary = readSummaryStore(context.grids.get(stores.get(month) ?? "") ?? []);
    if (summary?.regions.some((r) => r.tasks)) summaries.push(summary);
    else withoutTasks.push(month);
  }
  const kept = summaries.map((s) => s.month);
  const fileName = kept.length
    ? `tilannekuva-aineisto-${joinMonths(kept).replace("–", "-")}.csv`
    : "tilannekuva-aineisto.csv";
  const missing = withoutTasks.length
    ? ` ${actionMessage("csvWithoutTasks", lang, { months: withoutTasks.join(", ") })}`
    : "";
  if (summaries.length === 0) {
    return {
      ok: false,
      message: `${actionMessage("csvNoMonths", lang)}${missing}`,
      sheets: [],
      issues: [],
      csv: null,
      fileName,
    };
  }
  const csv = longFormatCsv(summaries, programme);
  const rows = summaries.reduce((n, s) => n + s.regions.reduce((m, r) => m + (r.tasks?.length ?? 0), 0), 0);
  return {
    ok: true,
    message: `${actionMessage("csvWritten", lang, { rows, months: joinMonths(kept) })}${missing}`,
    sheets: [],
    issues: [],
    csv,
    fileName,
  };
}
