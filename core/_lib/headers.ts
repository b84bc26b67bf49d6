import type { Lang, Localized } from "../i18n/lang";
import type { CellValue, Grid } from "./cells";
import { matchKey } from "./cells";

/** A column a parser looks for: its label in each language, plus other spellings users write. */
export interface ColumnHeader {
  readonly label: Localized;
  readonly aliases?: readonly string[];
}

/** Columns of a roadmap (PRODUCT.md §2). */
export const ROADMAP_COLUMNS = {
  id: { label: { fi: "Tunnus", sv: "Kod", en: "ID" }, aliases: ["Id", "Tunniste"] },
  group: {
    label: { fi: "Valmisteluryhmä", sv: "Beredningsgrupp", en: "Workstream" },
    aliases: ["Preparation group"],
  },
  area: { label: { fi: "Tehtäväkokonaisuus", sv: "Uppgiftshelhet", en: "Task area" } },
  task: { label: { fi: "Tehtävä", sv: "Uppgift", en: "Task" } },
  subtask: { label: { fi: "Osatehtävä", sv: "Deluppgift", en: "Subtask" } },
  phase: { label: { fi: "Vaihe", sv: "Fas", en: "Phase" } },
  start: { label: { fi: "Alkaa", sv: "Börjar", en: "Starts" }, aliases: ["Start", "Alku"] },
  end: { label: { fi: "Päättyy", sv: "Slutar", en: "Ends" }, aliases: ["End", "Loppu"] },
  critical: { label: { fi: "Kriittinen", sv: "Kritisk", en: "Critical" } },
  checklist: { label: { fi: "100+100", sv: "100+100", en: "100+100" } },
  legalBasis: { label: { fi: "Lakiperusta", sv: "Rättslig grund", en: "Legal basis" } },
  nationalSupport: { label: { fi: "Kansallinen tuki", sv: "Nationellt stöd", en: "National support" } },
  owner: { label: { fi: "Toimija", sv: "Aktör", en: "Actor" } },
  links: {
    label: {
      fi: "Liittyy alueiden tehtäviin",
      sv: "Kopplas till områdenas uppgifter",
      en: "Linked regional tasks",
    },
  },
} as const satisfies Record<string, ColumnHeader>;
export type RoadmapColumn = keyof typeof ROADMAP_COLUMNS;

/** Columns a region fills in on a month sheet, beside the roadmap columns it shows. */
export const STATUS_COLUMNS = {
  id: ROADMAP_COLUMNS.id,
  status: { label: { fi: "Tila", sv: "Status", en: "Status" }, aliases: ["Tilanne", "Läge"] },
  comment: {
    label: { fi: "Kommentti", sv: "Kommentar", en: "Comment" },
    aliases: ["Kommentit", "Kommentarer", "Comments"],
  },
  expected: {
    label: { fi: "Arvioitu valmistuminen", sv: "Beräknat färdigställande", en: "Expected completion" },
  },
  owner: { label: { fi: "Vastuuhenkilö", sv: "Ansvarsperson", en: "Owner" }, aliases: ["Responsible"] },
  previous: {
    label: { fi: "Edellisen kuun tila", sv: "Föregående månads status", en: "Last month's status" },
  },
} as const satisfies Record<string, ColumnHeader>;
export type StatusColumn = keyof typeof STATUS_COLUMNS;

/** Every spelling of a header, as match keys. */
export function headerKeys(header: ColumnHeader): Set<string> {
  const keys = new Set<string>();
  for (const lang of ["fi", "sv", "en"] as Lang[]) keys.add(matchKey(header.label[lang]));
  for (const alias of header.aliases ?? []) keys.add(matchKey(alias));
  return keys;
}

type KeyedColumns<K extends string> = readonly (readonly [K, Set<string>])[];

function keyColumns<K extends string>(columns: Readonly<Record<K, ColumnHeader>>): KeyedColumns<K> {
  return (Object.keys(columns) as K[]).map((field) => [field, headerKeys(columns[field])] as const);
}

function matchKeyedRow<K extends string>(
  row: readonly CellValue[],
  keyed: KeyedColumns<K>,
): Partial<Record<K, number>> {
  const found: Partial<Record<K, number>> = {};
  row.forEach((cell, index) => {
    const key = matchKey(cell);
    if (key === "") return;
    for (const [field, keys] of keyed) {
      if (found[field] === undefined && keys.has(key)) {
        found[field] = index;
        return;
      }
    }
  });
  return found;
}

/**
 * Finds which column of a header row holds each wanted field. The first matching column wins;
 * columns that match nothing are ignored.
 */
export function matchHeaderRow<K extends string>(
  row: readonly CellValue[],
  columns: Readonly<Record<K, ColumnHeader>>,
): Partial<Record<K, number>> {
  return matchKeyedRow(row, keyColumns(columns));
}

/**
 * The first row (zero-based) within `scanRows` that holds every required field, with its column map.
 * Rows above it may hold anything: a title, a summary, notes a user added.
 */
export function findHeaderRow<K extends string>(
  grid: Grid,
  columns: Readonly<Record<K, ColumnHeader>>,
  required: readonly NoInfer<K>[],
  scanRows = 200,
): { row: number; columns: Partial<Record<K, number>> } | null {
  const keyed = keyColumns(columns);
  const limit = Math.min(grid.length, scanRows);
  for (let row = 0; row < limit; row++) {
    const matched = matchKeyedRow(grid[row] ?? [], keyed);
    if (required.every((field) => matched[field] !== undefined)) return { row, columns: matched };
  }
  return null;
}
