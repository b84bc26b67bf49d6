import { isDataMonth } from "../_lib/isDataMonth";
import { unitRoadmap } from "../programme/builtins";
import { makeIssue } from "../issues/Issue";
import { cutLongTexts } from "../sheets/cutLongTexts";
import { findAssessmentSheet } from "../sheets/assessmentSheet";
import { readMonthSheet } from "../sheets/readMonthSheet";
import { loadWorkbookContext } from "./loadWorkbookContext";
import { actionMessage } from "./messages";
import type { ActionResult, BaseActionOptions } from "./types";
import type { Workbook } from "./Workbook";

export interface ValidateMonthOptions extends BaseActionOptions {
  month: string;
}

/**
 * Checks a month sheet the way consolidation will read it, and lists every issue with its sheet and cell.
 * `ok` is false only when the sheet cannot be checked at all; the issues carry their own severity.
 * @example const { issues } = await validateMonth(workbook, { month: "2022-09" })
 */
export async function validateMonth(
  workbook: Workbook,
  options: ValidateMonthOptions,
): Promise<ActionResult> {
  const month = options.month.trim();
  const lang0 = options.lang ?? "fi";
  if (!isDataMonth(month))
    return { ok: false, message: actionMessage("badMonth", lang0, { month }), sheets: [], issues: [] };
  const context = await loadWorkbookContext(workbook, {
    ...(options.lang ? { lang: options.lang } : {}),
    extra: (names) => [month, findAssessmentSheet(names, month)],
  });
  const { programme, settings, lang } = context;
  const unit = programme.units.find((u) => u.code === settings?.region);
  if (!unit) return { ok: false, message: actionMessage("notRegionWorkbook", lang), sheets: [], issues: [] };
  const grid = context.grids.get(month);
  if (!grid)
    return { ok: false, message: actionMessage("monthMissing", lang, { month }), sheets: [], issues: [] };
  const bounded = cutLongTexts(grid, month);
  const assessmentName = findAssessmentSheet(context.grids.keys(), month);
  const assessmentGrid = assessmentName ? context.grids.get(assessmentName) : undefined;
  const parsed = readMonthSheet(bounded.grid, {
    sheet: month,
    roadmap: unitRoadmap(programme, unit.code),
    programme,
    lang,
    ...(assessmentName && assessmentGrid
      ? { assessments: { sheet: assessmentName, grid: assessmentGrid } }
      : {}),
  });
  const cut = bounded.issues.map((draft) => makeIssue(draft, lang));
  const issues = [...context.roadmapIssues, ...cut, ...parsed.issues].map((i) => ({
    ...i,
    region: unit.code,
  }));
  const errors = issues.filter((i) => i.severity === "error").length;
  return {
    ok: true,
    message: actionMessage("validated", lang, { month, errors, warnings: issues.length - errors }),
    sheets: [],
    issues,
  };
}
