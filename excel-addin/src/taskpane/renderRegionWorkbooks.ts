/**
 * The region workbooks once built: for each, "Open in Excel" (Excel.createWorkbook, which opens the file
 * as a new workbook on every platform, Excel for Mac included, where a download link does nothing:
 * office-js #2700) and a download link as the fallback where downloads work.
 */
import type { Lang } from "../../../core/i18n/lang";
import { say } from "./paneWords";
import { element, showMessage } from "./render";
import type { RegionFile } from "./regionFiles";
import { t } from "./strings";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Base64 of bytes, in chunks so a large file does not overflow the argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Whether this Excel can open a workbook from the pane (ExcelApi 1.8). */
function canCreateWorkbook(): boolean {
  return typeof Excel !== "undefined" && typeof Excel.createWorkbook === "function";
}

export function renderRegionWorkbooks(
  container: HTMLElement,
  files: readonly RegionFile[],
  lang: Lang,
  onError: (error: unknown) => void,
): void {
  const list = element("ul", undefined, "downloads");
  const links: HTMLAnchorElement[] = [];
  const status = element("p", undefined, "progress");
  status.setAttribute("role", "status");
  for (const file of files) {
    const item = element("li");
    item.append(element("span", file.name, "file-name"));
    if (canCreateWorkbook()) {
      const open = element("button", say(lang, "openInExcel"), "action-secondary open-workbook");
      open.type = "button";
      open.setAttribute("aria-label", say(lang, "openInExcelName", { name: file.name }));
      open.addEventListener("click", () => {
        Excel.createWorkbook(toBase64(file.bytes)).then(
          () => showMessage(status, say(lang, "openedInExcel", { name: file.name }), true),
          onError,
        );
      });
      item.append(open);
    }
    const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: XLSX_TYPE }));
    const link = element("a", say(lang, "download"));
    link.href = url;
    link.download = file.name;
    link.setAttribute("aria-label", say(lang, "downloadName", { name: file.name }));
    links.push(link);
    item.append(link);
    list.append(item);
  }
  const all = element("button", t(lang, "downloadAll"), "action-secondary");
  all.type = "button";
  all.id = "download-all";
  all.addEventListener("click", () => links.forEach((link) => link.click()));
  container.append(status, all, list);
}
