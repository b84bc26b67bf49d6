import type { Lang } from "../../../core/i18n/lang";
import type { Workbook } from "../actions";
import type { NationalActions } from "../actions";
import type { AppsScriptEnv } from "../host/AppsScriptEnv";
import type { Outcome } from "../ui/Outcome";

/** The long national actions, each run region by region across executions. */
export type JobKind = "consolidate" | "rollMonth" | "createRegions" | "pushRoadmap";

/** One region to process: its code, a label for messages, its spreadsheet URL and editors. */
export interface JobItem {
  key: string;
  label: string;
  url: string;
  editors: string[];
}

/** A job's state between executions (plain JSON, kept in a hidden sheet of the national workbook). */
export interface Job {
  id: string;
  kind: JobKind;
  month: string;
  /** The language the user chose, if any; otherwise the workbook's setting. */
  lang: Lang | null;
  /** The language of the host's own messages. */
  uiLang: Lang;
  items: JobItem[];
  /** Index of the next item to process. */
  next: number;
  startedAt: number;
  executions: number;
  /** Executions that ended in an unexpected error or were cut off; the job is abandoned after a few. */
  failures: number;
  /**
   * True while an execution works on the job: set when one starts, cleared when it ends normally. An
   * execution that finds it set knows the last one was cut off at Apps Script's time limit.
   */
  open?: boolean;
}

/** What a job needs from its surroundings; tests hand in fakes and stand-ins. */
export interface JobDeps {
  readonly env: AppsScriptEnv;
  /** The national spreadsheet the job runs in. */
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly national: Workbook;
  readonly actions: NationalActions;
  readonly uiLang: Lang;
  /** When this execution started (Apps Script's time limit counts from here). */
  readonly startedAt: number;
  readonly limits?: Partial<JobLimits>;
}

export interface JobLimits {
  /** No region is started, and the national sheets are not written, after this much of an execution. */
  softLimitMs: number;
  /** Time kept free for writing the national sheets at the end. */
  finishReserveMs: number;
  /** Delay of the time-driven trigger that continues a job. */
  continueAfterMs: number;
  /**
   * Delay of the watchdog trigger every execution creates as it starts: due after Apps Script would
   * have cut the execution off, it carries the job on if nothing else does.
   */
  watchdogAfterMs: number;
  /** Executions that may end in an unexpected error before the job is abandoned. */
  maxFailures: number;
}

/** Apps Script stops an execution at 6 minutes; a job stops itself well before, at about 5. */
export const DEFAULT_LIMITS: JobLimits = {
  softLimitMs: 5 * 60 * 1000,
  finishReserveMs: 60 * 1000,
  continueAfterMs: 60 * 1000,
  watchdogAfterMs: 7 * 60 * 1000,
  maxFailures: 3,
};

/** One kind of job: how it lists its items, does one, and finishes. */
export interface JobTask<R> {
  /** The items to process, or an outcome saying why there is nothing to do. */
  prepare(): Promise<JobItem[] | Outcome>;
  /** Processes one item. Must not throw for a bad region: its failure is part of the result. */
  step(item: JobItem, job: Job): Promise<R>;
  /** Runs once every item is done, with the stored results in item order. */
  finish(results: R[], job: Job): Promise<Outcome>;
}
