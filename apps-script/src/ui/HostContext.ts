import type { Lang } from "../../../core/i18n/lang";
import { addMonths, localDay } from "../../../core/_lib/day";
import type { Workbook } from "../actions";
import { nationalActions } from "../actions";
import type { AppsScriptEnv } from "../host/AppsScriptEnv";
import { SheetsWorkbook } from "../host/SheetsWorkbook";
import { langOfLocale } from "../i18n/langOfLocale";
import type { JobDeps } from "../national/Job";

/** Which Apps Script project this bundle is: a region's spreadsheet or the national one. */
export type Project = "region" | "national";

/** Everything one execution works with, gathered once at its start (2 service calls). */
export interface HostContext {
  readonly project: Project;
  readonly env: AppsScriptEnv;
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly workbook: Workbook;
  /** The language of menus and the host's messages: the spreadsheet's locale. */
  readonly uiLang: Lang;
  readonly startedAt: number;
}

export function hostContext(project: Project, env: AppsScriptEnv): HostContext {
  const startedAt = env.now();
  const spreadsheet = env.spreadsheetApp.getActive();
  return {
    project,
    env,
    spreadsheet,
    workbook: new SheetsWorkbook(spreadsheet, env.spreadsheetApp, {
      me: () => env.session.getEffectiveUser(),
    }),
    uiLang: langOfLocale(spreadsheet.getSpreadsheetLocale()),
    startedAt,
  };
}

export function jobDeps(context: HostContext): JobDeps {
  return {
    env: context.env,
    spreadsheet: context.spreadsheet,
    national: context.workbook,
    actions: nationalActions,
    uiLang: context.uiLang,
    startedAt: context.startedAt,
  };
}

/** Today's month ("2022-10") and the one before, in the script's zone (Europe/Helsinki). */
export function monthsAround(now: number): { current: string; previous: string; today: string } {
  const today = localDay(new Date(now));
  const current = today.slice(0, 7);
  return { current, previous: addMonths(current, -1), today };
}
