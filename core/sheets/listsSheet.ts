import type { Lang } from "../i18n/lang";
import { LANGS } from "../i18n/lang";
import type { Programme, StatusCode } from "../programme/ProgrammeSchema";
import { STATUS_CODES } from "../programme/ProgrammeSchema";
import { ASSESSMENTS, LABELS, SEVERITIES, sheetName } from "./labels";
import type { SheetSpec, SpecCell } from "./SheetSpec";
import { HEADER_STYLE } from "./styles";

/**
 * Columns of the Listat sheet. The month sheet's live summary matches statuses against the
 * all-language columns, so a status typed in Swedish counts the same as one picked from the drop-down.
 */
export const LIST_COLUMNS = {
  statuses: "A",
  started: "B",
  done: "C",
  notApplicable: "D",
  assessments: "E",
  severities: "F",
  groups: "G",
} as const;

/** Every spelling of the given statuses: labels in all languages and the codes. */
function allSpellings(programme: Programme, codes: readonly StatusCode[]): string[] {
  const spellings = codes.flatMap((code) => [...LANGS.map((l) => programme.statuses[code][l]), code]);
  // Text pasted from macOS or a PDF often has decomposed letters (a + ¨); formulas compare code points.
  const decomposed = spellings.map((s) => s.normalize("NFD")).filter((s, i) => s !== spellings[i]);
  return [...new Set([...spellings, ...decomposed])];
}

/** How many rows (after the header) the all-language columns hold, for the summary formulas' ranges. */
export function listLength(programme: Programme, codes: readonly StatusCode[]): number {
  return allSpellings(programme, codes).length;
}

/** The Listat sheet: the lists behind drop-downs and the status spellings the live summary counts. */
export function buildListsSheet(programme: Programme, lang: Lang): SheetSpec {
  const columns: string[][] = [
    [
      { fi: "Tila", sv: "Status", en: "Status" }[lang],
      ...STATUS_CODES.map((c) => programme.statuses[c][lang]),
    ],
    [
      { fi: "Aloitettu (kaikki kielet)", sv: "Påbörjad (alla språk)", en: "Started (all languages)" }[lang],
      ...allSpellings(programme, ["in_progress", "done"]),
    ],
    [
      { fi: "Valmis (kaikki kielet)", sv: "Klar (alla språk)", en: "Done (all languages)" }[lang],
      ...allSpellings(programme, ["done"]),
    ],
    [
      { fi: "Ei koske (kaikki kielet)", sv: "Berör inte (alla språk)", en: "Not applicable (all languages)" }[
        lang
      ],
      ...allSpellings(programme, ["not_applicable"]),
    ],
    [LABELS.assessment[lang], ...Object.values(ASSESSMENTS).map((a) => a[lang])],
    [LABELS.riskSeverity[lang], ...Object.values(SEVERITIES).map((s) => s[lang])],
    [LABELS.group[lang], ...programme.groups.map((g) => g.name[lang])],
  ];
  const height = Math.max(...columns.map((c) => c.length));
  const cells: SpecCell[][] = Array.from({ length: height }, (_, row) =>
    columns.map((column) => column[row] ?? null),
  );
  return {
    name: sheetName("lists", lang),
    cells,
    styles: [{ range: "A1:G1", ...HEADER_STYLE }],
    columnWidths: [18, 22, 22, 22, 16, 16, 36],
    // The all-language spellings (codes such as `in_progress` among them) are for the live summary's
    // formulas only: people see the lists they pick from.
    hiddenColumns: [1, 2, 3],
    frozen: { rows: 1, columns: 0 },
    protection: { editable: [] },
  };
}

/** Status labels in the sheet's language, for drop-downs. */
export function statusLabels(programme: Programme, lang: Lang): string[] {
  return STATUS_CODES.map((code) => programme.statuses[code][lang]);
}
