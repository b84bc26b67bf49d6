import type { Lang } from "../i18n/lang";
import type { PrintSpec, SheetSpec } from "./SheetSpec";

const PAGE: Record<Lang, string> = {
  fi: "Sivu {page} / {pages}",
  sv: "Sida {page} / {pages}",
  en: "Page {page} / {pages}",
};
const NATIONAL: Record<Lang, string> = { fi: "Kansallinen", sv: "Nationell", en: "National" };

export interface PrintSetupOptions {
  lang: Lang;
  /** The programme's name, left in the footer. */
  programme: string;
  /** The region's name; omitted for the national workbook ("Kansallinen"); null for neither (a template). */
  unit?: string | null | undefined;
  /** The data month ("2022-09"), when the sheet has one. */
  month?: string;
  /** 1-based header rows repeated on every page. */
  repeatRows?: { from: number; to: number };
  /** Fit the whole sheet on one page (a summary), not only one page wide. */
  onePage?: boolean;
  /** Print only this range (A1), e.g. a table without its context columns. */
  area?: string;
  /** 1-based rows that start a new page. */
  rowBreaks?: readonly number[];
}

/**
 * The print setup every sheet shares: A4 landscape, one page wide, header rows repeated, and a footer
 * with the programme, the region (or "national") and month, and the page number. Shared by the region
 * and national sheets so that every printout reads alike.
 * @example printSetup({ lang: "fi", programme: "Sote", unit: "Pirkanmaa", month: "2022-09", repeatRows: { from: 9, to: 9 } })
 */
export function printSetup(options: PrintSetupOptions): PrintSpec {
  const { lang } = options;
  const unit = options.unit === undefined ? NATIONAL[lang] : options.unit;
  const center = [unit, options.month].filter(Boolean).join(" · ");
  return {
    orientation: "landscape",
    paper: "A4",
    fitWide: 1,
    ...(options.onePage ? { fitTall: 1 } : {}),
    ...(options.repeatRows ? { repeatRows: options.repeatRows } : {}),
    ...(options.area ? { area: options.area } : {}),
    ...(options.rowBreaks?.length ? { rowBreaks: options.rowBreaks } : {}),
    footer: { left: options.programme, center },
    pageLabel: PAGE[lang],
  };
}

/**
 * Every sheet that has no print setup of its own gets the shared one, its frozen header rows repeated
 * on every page; `onePage` names the sheets (by position) that fit one page.
 */
export function printedAlike(
  sheets: readonly SheetSpec[],
  options: Omit<PrintSetupOptions, "repeatRows" | "onePage">,
  onePage: (index: number) => boolean = () => false,
): SheetSpec[] {
  return sheets.map((sheet, index) => ({
    ...sheet,
    print:
      sheet.print ??
      printSetup({
        ...options,
        ...(sheet.frozen?.rows ? { repeatRows: { from: sheet.frozen.rows, to: sheet.frozen.rows } } : {}),
        ...(onePage(index) ? { onePage: true } : {}),
      }),
  }));
}
