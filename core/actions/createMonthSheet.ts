import { parseMonthKey } from "../_lib/day";
import { unitRoadmap } from "../programme/builtins";
import { buildListsSheet } from "../sheets/listsSheet";
import { buildAssessmentSheet, findAssessmentSheet } from "../sheets/assessmentSheet";
import { buildMonthSheet } from "../sheets/buildMonthSheet";
import { findSheet, isMonthSheetName } from "../sheets/labels";
import { readMonthSheet } from "../sheets/readMonthSheet";
import type { SheetSpec } from "../sheets/SheetSpec";
import { loadWorkbookContext } from "./loadWorkbookContext";
import { actionMessage } from "./messages";
import type { ActionResult, BaseActionOptions } from "./types";
import type { Workbook } from "./Workbook";

export interface CreateMonthSheetOptions extends BaseActionOptions {
  /** The data month, "YYYY-MM". */
  month: string;
}

/** The latest month sheet before `month`, if any. */
export function latestEarlierMonth(names: readonly string[], month: string): string | undefined {
  // No Array.prototype.at: the same core runs in Apps Script and older Office webviews.
  const earlier = names.filter((n) => isMonthSheetName(n) && n.trim() < month).sort();
  return earlier[earlier.length - 1];
}

/**
 * Creates the month sheet of a region workbook, carrying over every status, comment, owner and expected
 * date of the latest earlier month sheet. Never changes an existing sheet: asking twice changes nothing.
 * @example await createMonthSheet(workbook, { month: "2022-10" })
 */
export async function createMonthSheet(
  workbook: Workbook,
  options: CreateMonthSheetOptions,
): Promise<ActionResult> {
  const month = options.month.trim();
  const fail = (message: string): ActionResult => ({ ok: false, message, sheets: [], issues: [] });
  if (!parseMonthKey(month)) return fail(actionMessage("badMonth", options.lang ?? "fi", { month }));
  let previousName: string | undefined;
  let previousAssessments: string | undefined;
  const context = await loadWorkbookContext(workbook, {
    ...(options.lang ? { lang: options.lang } : {}),
    extra: (names) => {
      previousName = names.includes(month) ? undefined : latestEarlierMonth(names, month);
      previousAssessments = previousName ? findAssessmentSheet(names, previousName) : undefined;
      return [previousName, previousAssessments];
    },
  });
  const { programme, settings, lang } = context;
  if (context.names.includes(month)) {
    return { ok: true, message: actionMessage("monthExists", lang, { month }), sheets: [], issues: [] };
  }
  const unit = programme.units.find((u) => u.code === settings?.region);
  if (!settings || !unit) return fail(actionMessage("notRegionWorkbook", lang));
  const roadmap = unitRoadmap(programme, unit.code);
  const previousGrid = previousName ? context.grids.get(previousName) : undefined;
  const assessmentGrid = previousAssessments ? context.grids.get(previousAssessments) : undefined;
  const ownAssessments =
    previousAssessments && assessmentGrid
      ? { assessments: { sheet: previousAssessments, grid: assessmentGrid } }
      : {};
  const previous =
    previousName && previousGrid
      ? readMonthSheet(previousGrid, { sheet: previousName, roadmap, programme, lang, ...ownAssessments })
      : null;
  // The sheet speaks the workbook's language; messages speak the user's.
  const sheetLang = settings.lang;
  const listsName = findSheet(context.names, "lists");
  const sheet = buildMonthSheet({
    programme,
    unit,
    roadmap,
    month,
    lang: sheetLang,
    previous: previous?.value ?? null,
    ...(listsName ? { listsSheet: listsName } : {}),
  });
  const assessments = buildAssessmentSheet({
    programme,
    unit,
    month,
    lang: sheetLang,
    assessments: previous?.value.assessments ?? [],
    risks: previous?.value.risks ?? [],
  });
  // The live summary counts statuses against the lists sheet; restore it if someone deleted it.
  const specs: SheetSpec[] = [
    ...(listsName ? [] : [buildListsSheet(programme, sheetLang)]),
    sheet,
    // An assessment sheet left from a deleted month sheet is replaced: the new month starts from the last.
    { ...assessments, name: findAssessmentSheet(context.names, month) ?? assessments.name },
  ];
  await workbook.writeSheets(specs);
  // The earlier month is now the record of what was reported: lock it, where the host can.
  if (previousName && workbook.closeSheets) {
    await workbook.closeSheets([previousName, ...(previousAssessments ? [previousAssessments] : [])]);
  }
  const carried = previousName
    ? actionMessage("carriedFrom", lang, { from: previousName })
    : actionMessage("noEarlierMonth", lang);
  return {
    ok: true,
    message: actionMessage("monthCreated", lang, { month, carried }),
    sheets: specs.map((s) => s.name),
    issues: [...context.roadmapIssues, ...(previous?.issues ?? [])],
  };
}
