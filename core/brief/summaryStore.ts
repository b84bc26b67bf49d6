import type { Grid } from "../_lib/cells";

import type { Summary } from "../consolidation/SummarySchema";
import { SummarySchema } from "../consolidation/SummarySchema";
import type { Localized } from "../i18n/lang";
import type { SheetSpec, SpecCell } from "../sheets/SheetSpec";
import { storedJson, unstoreTasks } from "./_lib/storedTasks";

/**
 * A hidden sheet per consolidated month in the national workbook that keeps that month's summary JSON,
 * so a brief can compare a month with the one before, and the long-format CSV can give every month's
 * task statuses, from the workbook alone; the per-task rows are kept compactly (_lib/storedTasks).
 * Consolidation writes only its own month's sheet and never reads these back, so they cost it nothing
 * however many months pile up; re-consolidating replaces it.
 */
export const SUMMARY_STORE_SHEET: Localized = {
  fi: "Tilannekuva-aineisto",
  sv: "Lägesbildsdata",
  en: "Picture data",
};

// Under a cell's 32,767 characters on every platform, with room to spare.
const CHUNK = 30_000;

/** The store sheet's name for a month, e.g. `Tilannekuva-aineisto 2022-09`. */
export function storeSheetName(month: string, lang: keyof Localized): string {
  return `${SUMMARY_STORE_SHEET[lang]} ${month}`;
}

/** The first of `names` that is the month's store sheet, in any language. */
export function findStoreSheet(names: readonly string[], month: string): string | undefined {
  const wanted = new Set(
    (["fi", "sv", "en"] as const).map((l) => storeSheetName(month, l).toLocaleLowerCase("fi")),
  );
  return names.find((name) => wanted.has(name.trim().toLocaleLowerCase("fi")));
}

const STORE_NAME = new RegExp(`^(?:${Object.values(SUMMARY_STORE_SHEET).join("|")}) (\\d{4}-\\d{2})$`, "i");

/** Every month's store sheet among `names`, by month (the first of each month's, in any language). */
export function storeSheetsByMonth(names: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of names) {
    const month = STORE_NAME.exec(name.trim())?.[1];
    if (month && !found.has(month)) found.set(month, name);
  }
  return found;
}

/** The first of `names` that is the given sheet in any language. */
export function findLocalizedSheet(names: readonly string[], sheet: Localized): string | undefined {
  const wanted = new Set(Object.values(sheet).map((n) => n.toLocaleLowerCase("fi")));
  return names.find((name) => wanted.has(name.trim().toLocaleLowerCase("fi")));
}

/** The summary kept on a store sheet; null when it is missing or damaged. */
export function readSummaryStore(grid: Grid): Summary | null {
  const parts: string[] = [];
  for (const row of grid.slice(1)) {
    const index = Number(row[0]);
    if (Number.isInteger(index) && typeof row[1] === "string") parts[index] = row[1];
  }
  try {
    const parsed = SummarySchema.safeParse(unstoreTasks(JSON.parse(parts.join(""))));
    return parsed.success ? parsed.data : null;
  } catch {
    // A damaged sheet is skipped; the next consolidation of its month writes it anew.
    return null;
  }
}

/**
 * The store sheet of a summary's month: its JSON in cells of at most CHUNK characters, each a region's
 * text or several (a longer one is cut), joined again in order by `readSummaryStore`.
 */
export function summaryStoreSheet(summary: Summary, lang: keyof Localized): SheetSpec {
  const rows: SpecCell[][] = [["part", "summary"]];
  let pieces: string[] = [];
  let length = 0;
  const cell = () => {
    if (length) rows.push([rows.length - 1, pieces.join("")]);
    pieces = [];
    length = 0;
  };
  for (const piece of storedJson(summary)) {
    if (length + piece.length > CHUNK) cell();
    // A piece longer than a cell (a region with much text) is cut at fixed places.
    for (let at = 0; at < piece.length; at += CHUNK) {
      const part = piece.length > CHUNK ? piece.slice(at, at + CHUNK) : piece;
      if (length + part.length > CHUNK) cell();
      pieces.push(part);
      length += part.length;
    }
  }
  cell();
  return { name: storeSheetName(summary.month, lang), cells: rows, hidden: true };
}
