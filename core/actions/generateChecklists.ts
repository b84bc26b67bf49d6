import { unitRoadmap } from "../programme/builtins";
import { buildChecklistSheets } from "../sheets/checklistSheets";
import { findSheet } from "../sheets/labels";
import { loadWorkbookContext } from "./loadWorkbookContext";
import { actionMessage } from "./messages";
import type { ActionResult, BaseActionOptions } from "./types";
import type { Workbook } from "./Workbook";

/**
 * Writes the two 100+100 checklist tabs, keeping the ticks, owners and notes of existing ones.
 * Works in any workbook with a roadmap; in a region workbook it lists that region's tasks.
 * @example await generateChecklists(workbook, { lang: "sv" })
 */
export async function generateChecklists(
  workbook: Workbook,
  options: BaseActionOptions = {},
): Promise<ActionResult> {
  let last100: string | undefined;
  let first100: string | undefined;
  const context = await loadWorkbookContext(workbook, {
    ...(options.lang ? { lang: options.lang } : {}),
    extra: (names) => {
      last100 = findSheet(names, "last100");
      first100 = findSheet(names, "first100");
      return [last100, first100];
    },
  });
  const { programme, settings, lang } = context;
  const sheetLang = settings?.lang ?? lang;
  const roadmap = settings?.region ? unitRoadmap(programme, settings.region) : programme.roadmap;
  const existing = {
    ...(last100 && context.grids.get(last100) ? { last100: context.grids.get(last100)! } : {}),
    ...(first100 && context.grids.get(first100) ? { first100: context.grids.get(first100)! } : {}),
  };
  const unit = programme.units.find((u) => u.code === settings?.region);
  const sheets = buildChecklistSheets({
    programme,
    roadmap,
    lang: sheetLang,
    existing,
    ...(unit ? { unit: unit.name[sheetLang] } : {}),
  });
  // Keep the tabs' existing names if they were made in another language.
  const named = sheets.map((sheet, i) => ({ ...sheet, name: (i === 0 ? last100 : first100) ?? sheet.name }));
  await workbook.writeSheets(named);
  const names = named.map((s) => s.name);
  return {
    ok: true,
    message: actionMessage("checklistsReady", lang, { sheets: names.join(", ") }),
    sheets: names,
    issues: context.roadmapIssues,
  };
}
