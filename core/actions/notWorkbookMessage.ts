import type { Lang, Localized } from "../i18n/lang";
import { interpolate } from "../i18n/lang";

/** What a file that is not an .xlsx workbook is, as far as its name and first bytes tell. */
export type NotWorkbookKind = "xls" | "ods" | "csv" | "pdf" | "other";

const MESSAGES: Record<NotWorkbookKind, Localized> = {
  xls: {
    fi: "{name} on vanhassa Excel-muodossa (.xls), ei Excel-työkirja (.xlsx). Avaa se Excelissä ja valitse Tallenna nimellä → Excel-työkirja (*.xlsx).",
    sv: "{name} är i det gamla Excel-formatet (.xls), inte en Excel-arbetsbok (.xlsx). Öppna den i Excel och välj Spara som → Excel-arbetsbok (*.xlsx).",
    en: "{name} is in the old Excel format (.xls), not an Excel workbook (.xlsx). Open it in Excel and choose Save As → Excel Workbook (*.xlsx).",
  },
  ods: {
    fi: "{name} on OpenDocument-laskentataulukko (.ods), ei Excel-työkirja (.xlsx). Avaa se LibreOfficessa ja valitse Tallenna nimellä → Excel 2007-365 (.xlsx).",
    sv: "{name} är ett OpenDocument-kalkylblad (.ods), inte en Excel-arbetsbok (.xlsx). Öppna det i LibreOffice och välj Spara som → Excel 2007-365 (.xlsx).",
    en: "{name} is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx). Open it in LibreOffice and choose Save As → Excel 2007-365 (.xlsx).",
  },
  csv: {
    fi: "{name} on tekstitiedosto (CSV), ei Excel-työkirja (.xlsx). Avaa se Excelissä ja valitse Tallenna nimellä → Excel-työkirja (*.xlsx).",
    sv: "{name} är en textfil (CSV), inte en Excel-arbetsbok (.xlsx). Öppna den i Excel och välj Spara som → Excel-arbetsbok (*.xlsx).",
    en: "{name} is a text file (CSV), not an Excel workbook (.xlsx). Open it in Excel and choose Save As → Excel Workbook (*.xlsx).",
  },
  pdf: {
    fi: "{name} on PDF-tiedosto, ei Excel-työkirja (.xlsx). Pyydä alueelta sen työkirja .xlsx-muodossa.",
    sv: "{name} är en PDF-fil, inte en Excel-arbetsbok (.xlsx). Be området om dess arbetsbok i .xlsx-format.",
    en: "{name} is a PDF file, not an Excel workbook (.xlsx). Ask the region for its workbook as .xlsx.",
  },
  other: {
    fi: "{name} ei ole Excel-työkirja (.xlsx) tai se on vioittunut. Avaa se Excelissä ja tallenna Excel-työkirjana (*.xlsx).",
    sv: "{name} är inte en Excel-arbetsbok (.xlsx) eller så är den skadad. Öppna den i Excel och spara den som Excel-arbetsbok (*.xlsx).",
    en: "{name} is not an Excel workbook (.xlsx), or it is damaged. Open it in Excel and save it as an Excel Workbook (*.xlsx).",
  },
};

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((byte, i) => head[i] === byte);
}

function ascii(head: Uint8Array): string {
  return Array.from(head, (byte) => String.fromCharCode(byte)).join("");
}

/**
 * What a file is by its first bytes alone, when they show it is surely not an .xlsx workbook: an .xls
 * (OLE compound file), a PDF, or an OpenDocument spreadsheet (a zip that a lenient .xlsx reader would
 * open as an empty workbook). Null when the bytes could be an .xlsx.
 */
export function notWorkbookByContent(head: Uint8Array): NotWorkbookKind | null {
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "xls";
  if (ascii(head.subarray(0, 5)) === "%PDF-") return "pdf";
  // An OpenDocument file is a zip whose first entry is "mimetype", stored, naming its type.
  if (startsWith(head, [0x50, 0x4b]) && ascii(head).includes("opendocument.spreadsheet")) return "ods";
  return null;
}

/**
 * Tells from the file name and its first bytes (about 100 are enough) what a file that would not open
 * as .xlsx is. The bytes win over the name: an .xlsx that is really a CSV export is a CSV.
 */
export function notWorkbookKind(name: string, head: Uint8Array): NotWorkbookKind {
  const extension = /\.[^.]*$/.exec(name.toLowerCase())?.[0] ?? "";
  const byContent = notWorkbookByContent(head);
  if (byContent) return byContent;
  if (extension === ".xls") return "xls";
  if (extension === ".ods") return "ods";
  if (extension === ".pdf") return "pdf";
  if ([".csv", ".txt", ".tsv"].includes(extension)) return "csv";
  return "other";
}

/**
 * The message for a file that is not an .xlsx workbook: what it is and how to save it as one.
 * @example notWorkbookMessage("alue-05.csv", bytes.subarray(0, 128), "fi")
 */
export function notWorkbookMessage(name: string, head: Uint8Array, lang: Lang): string {
  return interpolate(MESSAGES[notWorkbookKind(name, head)][lang], { name });
}
