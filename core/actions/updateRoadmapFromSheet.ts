import type { Grid } from "../_lib/cells";
import { matchKey, normalizeText } from "../_lib/cells";
import type { Localized } from "../i18n/lang";
import { parseRoadmap } from "../roadmap/parseRoadmap";
import { builtinProgramme, loadWorkbookContext } from "./loadWorkbookContext";
import type { BaseActionOptions } from "./types";
import type { UpdateRoadmapResult } from "./updateRoadmap";
import { updateRoadmap } from "./updateRoadmap";
import type { Workbook } from "./Workbook";

/**
 * The sheet a user pastes a revised roadmap into (the letter's attachment), with its version in a
 * "Versio" row above the table: hosts need no file picker to apply a revision.
 */
export const REVISION_SHEET: Localized = { fi: "Uusi tiekartta", sv: "Ny färdplan", en: "New roadmap" };
const VERSION_LABEL: Localized = { fi: "Versio", sv: "Version", en: "Version" };

const MESSAGES = {
  noSheet: {
    fi: "Liitä uusi tiekartta välilehdelle ”Uusi tiekartta” (versio riville ”Versio”) ja valitse uudelleen Päivitä tiekartta.",
    sv: "Klistra in den nya färdplanen på fliken ”Ny färdplan” (versionen på raden ”Version”) och välj Uppdatera färdplanen igen.",
    en: "Paste the new roadmap into a sheet named “New roadmap” (its version on a “Version” row) and choose Update the roadmap again.",
  },
  unreadable: {
    fi: "Uutta tiekarttaa ei voitu lukea; työkirjaa ei muutettu.",
    sv: "Den nya färdplanen kunde inte läsas; arbetsboken ändrades inte.",
    en: "The new roadmap could not be read; the workbook was not changed.",
  },
} as const satisfies Record<string, Localized>;

/** The value beside a "Versio" label in the rows above the table. */
function versionOf(grid: Grid): string {
  const labels = new Set(Object.values(VERSION_LABEL).map(matchKey));
  const row = grid.slice(0, 20).find((r) => labels.has(matchKey(r[0])));
  return row ? normalizeText(row[1]) : "";
}

/**
 * "Päivitä tiekartta" in a spreadsheet host: reads the revised roadmap and its version from the
 * "Uusi tiekartta" sheet of the same workbook and applies it with `updateRoadmap`. Bad input (no sheet,
 * a roadmap with errors, no version) changes nothing and says what to do.
 * @example await updateRoadmapFromSheet(workbook, { lang: "fi" })
 */
export async function updateRoadmapFromSheet(
  workbook: Workbook,
  options: BaseActionOptions & { month?: string } = {},
): Promise<UpdateRoadmapResult> {
  let sheet: string | undefined;
  const wanted = new Set(Object.values(REVISION_SHEET).map(matchKey));
  const context = await loadWorkbookContext(workbook, {
    ...(options.lang ? { lang: options.lang } : {}),
    extra: (names) => [(sheet = names.find((name) => wanted.has(matchKey(name))))],
  });
  const lang = options.lang ?? context.lang;
  const grid = sheet ? context.grids.get(sheet) : undefined;
  const fail = (message: string, issues: UpdateRoadmapResult["issues"] = []): UpdateRoadmapResult => ({
    ok: false,
    message,
    sheets: [],
    issues,
    diff: null,
    month: null,
  });
  if (!sheet || !grid) return fail(MESSAGES.noSheet[lang]);
  const groups = builtinProgramme(context.settings?.programmeId).groups;
  const parsed = parseRoadmap(grid, { groups, sheet, lang });
  if (!parsed.ok) return fail(MESSAGES.unreadable[lang], parsed.issues);
  return updateRoadmap(workbook, { ...options, roadmap: parsed.value, version: versionOf(grid) });
}
