import { parseMonthKey } from "../_lib/day";
import { unitRoadmap } from "../programme/builtins";
import { buildListsSheet } from "../sheets/listsSheet";
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
  const context = await loadWorkbookContext(workbook, {
    ...(options.lang ? { lang: options.lang } : {}),
    extra: (names) => {
      previousName = names.includes(month) ? undefined : latestEarlierMonth(names, month);
      return [previousName];
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
  const previous =
    previousName && previousGrid
      ? readMonthSheet(previousGrid, { sheet: previousName, roadmap, programme, lang })
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
  // The live summary counts statuses against the lists sheet; restore it if someone deleted it.
  const specs: SheetSpec[] = listsName ? [sheet] : [buildListsSheet(programme, sheetLang), sheet];
  await workbook.writeSheets(specs);
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
