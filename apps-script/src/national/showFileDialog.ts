import type { Lang } from "../../../core/i18n/lang";
import type { AppsScriptEnv } from "../host/AppsScriptEnv";
import { hostText } from "../i18n/hostText";

/** A file an action made for the user to take away: its name, type and text. */
export interface OfferedFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

const DIALOG_WIDTH = 900;
const DIALOG_HEIGHT = 640;

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The dialog's page: a download link holding the file as a data URL (no Drive, so no Drive scope), and
 * for an HTML file a preview of it in a sandboxed frame, scripts off, so the brief can be read at once.
 */
export function fileDialogHtml(file: OfferedFile, lang: Lang): string {
  const href = `data:${file.type},${encodeURIComponent(file.text)}`;
  const link = `<a href="${escapeHtml(href)}" download="${escapeHtml(file.name)}">${escapeHtml(
    hostText("fileDownload", lang, { name: file.name }),
  )}</a>`;
  const preview = file.type.startsWith("text/html")
    ? `<iframe sandbox="" title="${escapeHtml(hostText("filePreview", lang))}" srcdoc="${escapeHtml(file.text)}"></iframe>`
    : "";
  return `<!doctype html><html lang="${lang}"><head><base target="_top"><meta charset="utf-8"><style>body{margin:0;font:14px/1.45 Arial,sans-serif;display:flex;flex-direction:column;height:100vh}p{margin:8px 12px}a{color:#1a73e8;font-weight:bold}iframe{flex:1;border:0;border-top:1px solid #dadce0;width:100%}</style></head><body><p>${link}</p>${preview}</body></html>`;
}

/** Shows the file in a modal dialog over the spreadsheet: 5 service calls, whatever its size. */
export function showFileDialog(env: AppsScriptEnv, file: OfferedFile, title: string, lang: Lang): void {
  const output = env.htmlService
    .createHtmlOutput(fileDialogHtml(file, lang))
    .setWidth(DIALOG_WIDTH)
    .setHeight(DIALOG_HEIGHT);
  env.spreadsheetApp.getUi().showModalDialog(output, title);
}
