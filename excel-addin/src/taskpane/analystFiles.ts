/**
 * "Keskustelumuistio" and the data for analysts: the core reads the national workbook (one Excel.run,
 * a constant number of round trips) and hands back a file, which the pane offers as a download.
 */
import { discussionBrief, exportLongCsv } from "../../../core/actions";
import type { Lang } from "../../../core/i18n/lang";
import { withExcel } from "../host/OfficeWorkbook";
import type { PaneOutcome } from "./actions";
import { outcome } from "./actions";
import { say } from "./paneWords";
import { element } from "./render";

/** A file the pane offers: its name, type and text. */
export interface PaneFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

export interface FileOutcome extends PaneOutcome {
  readonly file: PaneFile | null;
}

/** The month's discussion brief of every region, a printable A4 page each, as one HTML file. */
export function runDiscussionBrief(lang: Lang, month: string): Promise<FileOutcome> {
  return withExcel(async (workbook) => {
    const result = await discussionBrief(workbook, { month, lang });
    const file = result.html
      ? { name: result.fileName, type: "text/html;charset=utf-8", text: result.html }
      : null;
    return { ...outcome(result, workbook), file };
  });
}

/** The long-format CSV of every consolidated month (UTF-8 with its byte-order mark). */
export function runLongCsv(lang: Lang): Promise<FileOutcome> {
  return withExcel(async (workbook) => {
    const result = await exportLongCsv(workbook, { lang });
    const file = result.csv
      ? { name: result.fileName, type: "text/csv;charset=utf-8", text: result.csv }
      : null;
    return { ...outcome(result, workbook), file };
  });
}

/**
 * A download link for the file under the outcome. Blob text is written as UTF-8, so the CSV's byte-order
 * mark reaches the file as EF BB BF, which Excel needs to read the letters right.
 */
export function renderFileLink(container: HTMLElement, file: PaneFile, lang: Lang): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = element("a", say(lang, "downloadName", { name: file.name }), "file-download");
  link.href = url;
  link.download = file.name;
  const item = element("p");
  item.append(link);
  container.append(item);
}
