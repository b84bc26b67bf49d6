/**
 * "Keskustelumuistio" and "Aineisto analyyseihin (CSV)" in the national spreadsheet: the core reads the
 * spreadsheet and makes the file; the host shows it in a dialog to download (and, for the brief, read).
 */
import { actionLabel } from "../../../core/actions/actionLabels";
import type { Lang } from "../../../core/i18n/lang";
import { discussionBrief, exportLongCsv } from "../actions";
import type { HostContext } from "../ui/HostContext";
import type { Outcome } from "../ui/Outcome";
import { outcomeOf } from "../ui/Outcome";
import { showFileDialog } from "./showFileDialog";

/** The month's discussion brief, a page per region, in a dialog with its download link. */
export async function offerBrief(context: HostContext, month: string, lang: Lang | null): Promise<Outcome> {
  const result = await discussionBrief(context.workbook, { month, ...(lang ? { lang } : {}) });
  if (result.html) {
    const file = { name: result.fileName, type: "text/html;charset=utf-8", text: result.html };
    showFileDialog(context.env, file, actionLabel("brief", lang ?? context.uiLang), lang ?? context.uiLang);
  }
  return outcomeOf(result);
}

/** The long-format CSV of every consolidated month (UTF-8 with its byte-order mark) to download. */
export async function offerLongCsv(context: HostContext, lang: Lang | null): Promise<Outcome> {
  const result = await exportLongCsv(context.workbook, lang ? { lang } : {});
  if (result.csv) {
    const file = { name: result.fileName, type: "text/csv;charset=utf-8", text: result.csv };
    showFileDialog(context.env, file, actionLabel("longCsv", lang ?? context.uiLang), lang ?? context.uiLang);
  }
  return outcomeOf(result);
}
