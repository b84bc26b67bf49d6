import type { Lang } from "../i18n/lang";
import { templateSheets } from "../sheets/templateSheets";
import { loadWorkbookContext, builtinProgramme } from "./loadWorkbookContext";
import { actionMessage } from "./messages";
import type { ActionResult, BaseActionOptions } from "./types";
import type { Workbook } from "./Workbook";
import type { RoadmapRow } from "../programme/ProgrammeSchema";

export interface SetupTemplateOptions extends BaseActionOptions {
  /** "regional" (default) or "national-actors". */
  programmeId?: string;
  /** A roadmap to use instead of the workbook's own or the built-in one (e.g. an imported official roadmap). */
  roadmap?: readonly RoadmapRow[];
}

/**
 * Sets up a workbook as the template: instructions, roadmap, settings and lists. A roadmap already on
 * the workbook's roadmap sheet is kept (that is how a user imports the official one), otherwise the
 * programme's built-in roadmap is written.
 * @example await setupTemplate(workbook, { lang: "fi" })
 */
export async function setupTemplate(
  workbook: Workbook,
  options: SetupTemplateOptions = {},
): Promise<ActionResult> {
  const context = await loadWorkbookContext(workbook, options.lang ? { lang: options.lang } : {});
  const lang: Lang = options.lang ?? context.lang;
  const base = builtinProgramme(options.programmeId ?? context.settings?.programmeId);
  const roadmap =
    options.roadmap ??
    (context.ownRoadmap && context.programme.id === base.id ? context.programme.roadmap : base.roadmap);
  const programme = { ...base, roadmap: [...roadmap] };
  const sheets = templateSheets(
    programme,
    {
      programmeId: programme.id,
      role: "template",
      region: null,
      lang,
      templateVersion: programme.templateVersion,
      regions: context.settings?.regions ?? [],
    },
    lang,
  );
  await workbook.writeSheets(sheets);
  const names = sheets.map((s) => s.name);
  return {
    ok: true,
    message: actionMessage("templateReady", lang, { sheets: names.join(", ") }),
    sheets: names,
    issues: !options.roadmap && context.ownRoadmap ? context.roadmapIssues : [],
  };
}
