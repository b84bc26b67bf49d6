import type { Lang } from "../i18n/lang";
import type { RegionListing, WorkbookSettings } from "../sheets/settingsSheet";
import { buildSettingsSheet } from "../sheets/settingsSheet";
import { templateSheets } from "../sheets/templateSheets";
import { findSheet } from "../sheets/labels";
import { builtinProgramme, loadWorkbookContext } from "./loadWorkbookContext";
import type { ActionResult, BaseActionOptions } from "./types";
import type { Workbook } from "./Workbook";
import { actionMessage } from "./messages";
import { compareCodes } from "../_lib/compareCodes";

export type { RegionListing };

/** The region template URL of existing settings, to carry into rewritten ones. */
function keptTemplateUrl(settings: WorkbookSettings | null): { regionTemplateUrl?: string } {
  return settings?.regionTemplateUrl ? { regionTemplateUrl: settings.regionTemplateUrl } : {};
}

/**
 * Sets up the national workbook: the template's sheets with the role "national" and the regions table
 * (code, name, spreadsheet URL, editors) that consolidation in Google Sheets goes through.
 * @example await setupNationalWorkbook(workbook, { lang: "fi" })
 */
export async function setupNationalWorkbook(
  workbook: Workbook,
  options: BaseActionOptions & { programmeId?: string } = {},
): Promise<ActionResult> {
  const context = await loadWorkbookContext(workbook, options.lang ? { lang: options.lang } : {});
  const lang: Lang = options.lang ?? context.lang;
  const base = builtinProgramme(options.programmeId ?? context.settings?.programmeId);
  const programme = context.ownRoadmap && context.programme.id === base.id ? context.programme : base;
  const known = new Map((context.settings?.regions ?? []).map((r) => [r.code, r]));
  const regions: RegionListing[] = programme.units.map(
    (u) => known.get(u.code) ?? { code: u.code, name: u.name[lang], url: "", editors: [] },
  );
  const sheets = templateSheets(
    programme,
    {
      programmeId: programme.id,
      role: "national",
      ...keptTemplateUrl(context.settings),
      region: null,
      lang,
      templateVersion: programme.templateVersion,
      regions,
    },
    lang,
  );
  await workbook.writeSheets(sheets);
  const names = sheets.map((s) => s.name);
  return {
    ok: true,
    message: actionMessage("templateReady", lang, { sheets: names.join(", ") }),
    sheets: names,
    issues: [],
  };
}

/** The regions listed in a national workbook's settings (code, name, spreadsheet URL, editors). */
export async function listRegions(workbook: Workbook): Promise<RegionListing[]> {
  const context = await loadWorkbookContext(workbook);
  return context.settings?.regions ?? [];
}

/**
 * Records the regions' spreadsheets (e.g. the URLs of spreadsheets a host just created) in the national
 * workbook's settings, keeping every other setting. One read, one write.
 */
export async function recordRegionListings(
  workbook: Workbook,
  regions: readonly (Pick<RegionListing, "code"> & Partial<RegionListing>)[],
  options: BaseActionOptions = {},
): Promise<ActionResult> {
  const context = await loadWorkbookContext(workbook, options.lang ? { lang: options.lang } : {});
  const lang = context.settings?.lang ?? context.lang;
  const byCode = new Map((context.settings?.regions ?? []).map((r) => [r.code, r]));
  // Fields not given (say, only a new URL) keep what the settings had.
  for (const region of regions) {
    const before = byCode.get(region.code) ?? { code: region.code, name: "", url: "", editors: [] };
    byCode.set(region.code, { ...before, ...region });
  }
  const settings = {
    programmeId: context.programme.id,
    role: "national" as const,
    ...keptTemplateUrl(context.settings),
    region: null,
    lang,
    templateVersion: context.settings?.templateVersion || context.programme.templateVersion,
    regions: [...byCode.values()].sort((a, b) => compareCodes(a.code, b.code)),
  };
  const sheet = buildSettingsSheet(settings, context.programme, lang);
  const existing = findSheet(context.names, "settings");
  await workbook.writeSheets([{ ...sheet, name: existing ?? sheet.name }]);
  return { ok: true, message: "", sheets: [existing ?? sheet.name], issues: [] };
}
