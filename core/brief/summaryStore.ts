import type { Grid } from "../_lib/cells";
import type { Workbook } from "../actions/Workbook";
import { normalizeText } from "../_lib/cells";
import type { Summary } from "../consolidation/SummarySchema";
import { SummarySchema } from "../consolidation/SummarySchema";
import type { Localized } from "../i18n/lang";
import type { SheetSpec, SpecCell } from "../sheets/SheetSpec";

/**
 * A hidden sheet of the national workbook that keeps each consolidated month's summary JSON, so a brief
 * can compare a month with the one before (risks that dropped, what moved) from the workbook alone.
 * Re-consolidating a month replaces that month; other months stay.
 */
export const SUMMARY_STORE_SHEET: Localized = {
  fi: "Tilannekuva-aineisto",
  sv: "Lägesbildsdata",
  en: "Picture data",
};

// Under a cell's 32,767 characters on every platform, with room to spare.
const CHUNK = 30_000;

/** The first of `names` that is the given sheet in any language. */
export function findLocalizedSheet(names: readonly string[], sheet: Localized): string | undefined {
  const wanted = new Set(Object.values(sheet).map((n) => n.toLocaleLowerCase("fi")));
  return names.find((name) => wanted.has(name.trim().toLocaleLowerCase("fi")));
}

/** Stored summaries by month, from the store sheet; a month whose JSON does not parse is left out. */
export function readSummaryStore(grid: Grid): Map<string, Summary> {
  const parts = new Map<string, string[]>();
  for (const row of grid.slice(1)) {
    const month = normalizeText(row[0]);
    const index = Number(row[1]);
    if (!/^\d{4}-\d{2}$/.test(month) || !Number.isInteger(index) || typeof row[2] !== "string") continue;
    const list = parts.get(month) ?? [];
    list[index] = row[2];
    parts.set(month, list);
  }
  const summaries = new Map<string, Summary>();
  for (const [month, list] of parts) {
    try {
      const parsed = SummarySchema.safeParse(JSON.parse(list.join("")));
      if (parsed.success && parsed.data.month === month) summaries.set(month, parsed.data);
    } catch {
      // A damaged month is skipped; the next consolidation of it writes it anew.
    }
  }
  return summaries;
}

/** The store sheet with `summary` replacing its month among `stored`. */
export function summaryStoreSheet(
  stored: ReadonlyMap<string, Summary>,
  summary: Summary,
  lang: keyof Localized,
): SheetSpec {
  const all = new Map(stored);
  all.set(summary.month, summary);
  const rows: SpecCell[][] = [["month", "part", "summary"]];
  for (const month of [...all.keys()].sort()) {
    const json = JSON.stringify(all.get(month));
    for (let i = 0, part = 0; i < json.length; i += CHUNK, part++)
      rows.push([month, part, json.slice(i, i + CHUNK)]);
  }
  return {
    name: SUMMARY_STORE_SHEET[lang],
    cells: rows,
    styles: [{ range: `A1:A${rows.length}`, numberFormat: "@" }],
    hidden: true,
  };
}

/** Every month's summary the national workbook keeps, oldest first (for the long-format CSV). */
export async function storedSummaries(workbook: Workbook): Promise<Summary[]> {
  const name = findLocalizedSheet(await workbook.sheetNames(), SUMMARY_STORE_SHEET);
  const grid = name ? (await workbook.readSheets([name])).get(name) : undefined;
  return [...readSummaryStore(grid ?? []).values()].sort((a, b) => a.month.localeCompare(b.month));
}
