import { templateSheets } from "../sheets/templateSheets";
import { loadWorkbookContext } from "./loadWorkbookContext";
import { actionMessage } from "./messages";
import type { ActionResult, BaseActionOptions } from "./types";
import type { Workbook } from "./Workbook";

export interface CreateRegionWorkbookOptions extends BaseActionOptions {
  /** The region's code, e.g. "01". */
  region: string;
}

/**
 * Makes a region's workbook from a template: the template's sheets with the region set. `target` may be
 * the template itself (set the region in place) or a new, empty workbook.
 * @example await createRegionWorkbook(template, newWorkbook, { region: "05" })
 */
export async function createRegionWorkbook(
  source: Workbook,
  target: Workbook,
  options: CreateRegionWorkbookOptions,
): Promise<ActionResult> {
  const context = await loadWorkbookContext(source, options.lang ? { lang: options.lang } : {});
  const lang = options.lang ?? context.lang;
  const { programme } = context;
  const region = options.region.trim();
  const unit = programme.units.find((u) => u.code === region);
  if (!unit) {
    return {
      ok: false,
      message: actionMessage("unknownRegion", lang, {
        region,
        known: programme.units.map((u) => u.code).join(", "),
      }),
      sheets: [],
      issues: [],
    };
  }
  const sheets = templateSheets(
    programme,
    {
      programmeId: programme.id,
      role: "region",
      region: unit.code,
      lang,
      templateVersion: programme.templateVersion,
      // A programme whose units the template lists (not the built-in ones) must know this unit here too.
      regions: context.settings?.regions.filter((r) => r.code === unit.code) ?? [],
    },
    lang,
  );
  await target.writeSheets(sheets);
  return {
    ok: true,
    message: actionMessage("regionReady", lang, { region: unit.name[lang] }),
    sheets: sheets.map((s) => s.name),
    issues: context.roadmapIssues,
  };
}
