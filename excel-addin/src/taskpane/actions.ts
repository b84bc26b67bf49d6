/**
 * The actions on this workbook: each reads cells, calls the core, writes cells, through one Excel.run
 * (so a constant number of round trips), and hands back what the pane shows. The actions that open or
 * build .xlsx files live in ./regionFiles, so the ribbon's function file does not carry ExcelJS.
 */
import { localDay } from "../../../core/_lib/day";
import { defaultDataMonth } from "../../../core/actions/actionLabels";
import {
  createMonthSheet,
  generateChecklists,
  setupTemplate,
  updateRoadmapFromSheet,
  validateMonth,
} from "../../../core/actions";
import type { ActionResult } from "../../../core/actions";
import { formatDayLong, formatMonthLong, yearCalendar } from "../../../core/calendar";
import type { Lang } from "../../../core/i18n/lang";
import { interpolate } from "../../../core/i18n/lang";
import type { Issue } from "../../../core/issues/Issue";
import { ACTION_MESSAGES } from "../../../core/actions/messages";
import { findSheet } from "../../../core/sheets/labels";
import type { WorkbookRole } from "../../../core/sheets/settingsSheet";
import { readSettings } from "../../../core/sheets/settingsSheet";
import type { FeatureNotice } from "../host/FeatureNotice";
import type { OfficeWorkbook } from "../host/OfficeWorkbook";
import { withExcel } from "../host/OfficeWorkbook";

export interface PaneOutcome {
  readonly ok: boolean;
  readonly message: string;
  readonly issues: readonly Issue[];
  readonly notices: readonly FeatureNotice[];
}

export const outcome = (result: ActionResult, workbook: OfficeWorkbook): PaneOutcome => ({
  ok: result.ok,
  message: result.message,
  issues: result.issues,
  notices: [...workbook.notices],
});

/** The data month the pane and the ribbon propose: core's one default (last month). */
export function defaultMonth(today: Date): string {
  return defaultDataMonth(localDay(today));
}

export const progressText = (lang: Lang, done: number, total: number): string =>
  interpolate(ACTION_MESSAGES.progressRegion[lang], { done: Math.min(done, total), total });

export function runSetupTemplate(lang: Lang, programmeId: string): Promise<PaneOutcome> {
  return withExcel(async (workbook) =>
    outcome(await setupTemplate(workbook, { programmeId, lang }), workbook),
  );
}

export function runCreateMonthSheet(lang: Lang, month: string): Promise<PaneOutcome> {
  return withExcel(async (workbook) => outcome(await createMonthSheet(workbook, { month, lang }), workbook));
}

export function runValidateMonth(lang: Lang, month: string): Promise<PaneOutcome> {
  return withExcel(async (workbook) => outcome(await validateMonth(workbook, { month, lang }), workbook));
}

export function runGenerateChecklists(lang: Lang, today: Date): Promise<PaneOutcome> {
  return withExcel(async (workbook) =>
    outcome(await generateChecklists(workbook, { lang, today: localDay(today) }), workbook),
  );
}

/** "Päivitä tiekartta": applies the roadmap pasted on the "Uusi tiekartta" sheet to this workbook. */
export function runUpdateRoadmap(lang: Lang): Promise<PaneOutcome> {
  return withExcel(async (workbook) => outcome(await updateRoadmapFromSheet(workbook, { lang }), workbook));
}

export interface CalendarRow {
  readonly month: string;
  readonly due: string;
  readonly publishBy: string;
}

export function calendarRows(year: number, lang: Lang): CalendarRow[] {
  return yearCalendar(year).map((m) => ({
    month: formatMonthLong(m.month, lang),
    due: formatDayLong(m.due, lang),
    publishBy: formatDayLong(m.publishBy, lang),
  }));
}

/** Shows the user the cell an issue is about. */
export function selectCell(sheet: string, cell: string): Promise<void> {
  return Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}

/** Which actions a workbook is for: what its settings say, a template when it has none. */
export interface WorkbookRoleInfo {
  readonly role: WorkbookRole;
  readonly region: string | null;
}

/** Reads only the settings sheet (one listing, one read) to learn the workbook's role. */
export function runDetectRole(): Promise<WorkbookRoleInfo> {
  return withExcel(async (workbook) => {
    const name = findSheet(await workbook.sheetNames(), "settings");
    const grid = name ? (await workbook.readSheets([name])).get(name) : undefined;
    const settings = grid ? readSettings(grid) : null;
    return { role: settings?.role ?? "template", region: settings?.region ?? null };
  });
}
