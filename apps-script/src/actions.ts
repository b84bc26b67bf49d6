/**
 * The one module that wires the Apps Script host to the core (core/actions/index.ts): every core
 * function the host calls is taken from here, so a change in the core's signatures changes only this
 * file. The national job tasks take these as a parameter, so their tests can hand in stand-ins.
 */
import type { Workbook } from "../../core/actions";
import {
  actionMessage,
  builtinProgramme,
  consolidatedMessage,
  createMonthSheet,
  createRegionWorkbook,
  generateChecklists,
  loadNationalContext,
  loadWorkbookContext,
  readRegion,
  recordRegionListings,
  setupNationalWorkbook,
  setupTemplate,
  updateRoadmap,
  validateMonth,
  writeNationalPicture,
} from "../../core/actions";
import type { Lang } from "../../core/i18n/lang";
import type { RoadmapRow } from "../../core/programme/ProgrammeSchema";
import { isMonthSheetName } from "../../core/sheets/labels";
import type { RegionListing } from "../../core/sheets/settingsSheet";

export type { ActionResult, RegionReading, RegionSource, Workbook } from "../../core/actions";
/** "Keskustelumuistio" and the data for analysts, from the national spreadsheet alone (issue #10). */
export { discussionBrief, exportLongCsv } from "../../core/actions";
/** "Päivitä tiekartta" from the "Uusi tiekartta" sheet of the same spreadsheet. */
export { updateRoadmapFromSheet } from "../../core/actions";
export type { RegionListing } from "../../core/sheets/settingsSheet";

export const coreActions = {
  setupTemplate,
  createRegionWorkbook,
  createMonthSheet,
  validateMonth,
  generateChecklists,
  readRegion,
  loadNationalContext,
  writeNationalPicture,
  consolidatedMessage,
  actionMessage,
};
export type CoreActions = typeof coreActions;

/** Sets up the national workbook: template sheets with the role "national" and every region listed. */
export async function setupNational(national: Workbook, options: { lang?: Lang; programmeId?: string } = {}) {
  return setupNationalWorkbook(national, options);
}

/**
 * The regions the national workbook's settings list (empty when it is not set up), its language, and
 * the URL of the region template spreadsheet (the settings row "Alueiden pohjataulukko (Google
 * Sheets)") when one is given: new region spreadsheets are copies of it, bound region script included.
 */
export async function listedRegions(
  national: Workbook,
  lang?: Lang,
): Promise<{ regions: RegionListing[]; lang: Lang; regionTemplateUrl?: string }> {
  const context = await loadWorkbookContext(national, lang ? { lang } : {});
  const regionTemplateUrl = context.settings?.regionTemplateUrl;
  return {
    regions: context.settings?.regions ?? [],
    lang: context.lang,
    ...(regionTemplateUrl ? { regionTemplateUrl } : {}),
  };
}

/**
 * The roadmap the national workbook holds and its version (the settings' template version): what
 * "Päivitä tiekartta kaikille alueille" pushes to the regions. Null when the workbook has no roadmap sheet.
 */
export async function nationalRoadmap(
  national: Workbook,
): Promise<{ roadmap: RoadmapRow[]; version: string } | null> {
  const context = await loadWorkbookContext(national);
  if (!context.settings || !context.ownRoadmap) return null;
  return { roadmap: context.programme.roadmap, version: context.programme.templateVersion };
}

/** Writes region spreadsheet URLs into the national settings (one read, one rewrite of the settings sheet). */
export async function writeRegionUrls(national: Workbook, urls: ReadonlyMap<string, string>): Promise<void> {
  await recordRegionListings(
    national,
    [...urls].map(([code, url]) => ({ code, url })),
  );
}

/** The latest month sheet (YYYY-MM) of a workbook, if any. */
export async function latestMonthSheet(workbook: Workbook): Promise<string | undefined> {
  const months = (await workbook.sheetNames()).filter(isMonthSheetName).sort();
  return months[months.length - 1];
}

/** Codes and names of the reporting units of the built-in programmes, for the sidebar's pickers (no service calls). */
export function builtinUnits(lang: Lang): Record<string, { code: string; name: string }[]> {
  return Object.fromEntries(
    ["regional", "national-actors"].map((id) => [
      id,
      builtinProgramme(id).units.map((u) => ({ code: u.code, name: u.name[lang] })),
    ]),
  );
}

/** What the national jobs call: the core's actions and the national helpers above. */
export const nationalActions = {
  ...coreActions,
  setupNational,
  listedRegions,
  writeRegionUrls,
  nationalRoadmap,
  updateRoadmap,
};
export type NationalActions = typeof nationalActions;
