import type { IsoDay } from "../_lib/day";
import type { Lang } from "../i18n/lang";
import type { Issue } from "../issues/Issue";
import type { ProgressListener, Workbook } from "./Workbook";

/** What every action returns to its host: a sentence for the user, what was written, what was found. */
export interface ActionResult {
  /** False when the action could not do its job (the message says why); issues alone do not make it false. */
  readonly ok: boolean;
  /** One or two sentences for the user, in their language. */
  readonly message: string;
  /** Names of the sheets written, in order. */
  readonly sheets: readonly string[];
  readonly issues: readonly Issue[];
}

export interface BaseActionOptions {
  /** UI and message language; defaults to the workbook's setting, then Finnish. */
  readonly lang?: Lang;
  /** "Today", for checklists' days-left and the calendar; hosts pass the real date, tests a fixed one. */
  readonly today?: IsoDay;
  readonly onProgress?: ProgressListener;
}

/** One region's file handed to consolidation: a name to show (file name or URL) and its workbook, or why it could not be opened. */
export interface RegionSource {
  readonly label: string;
  readonly workbook: Workbook | { readonly error: string };
}

/**
 * A region's file opened only when consolidation reaches it: consolidation reads it, keeps its reading
 * and lets the workbook go before opening the next, so memory does not grow with the number of regions.
 */
export interface LazyRegionSource {
  readonly label: string;
  open(): Promise<Workbook | { readonly error: string }>;
}

/** What consolidation takes: regions already opened (the task pane, Apps Script) or opened one at a time. */
export type RegionInput = RegionSource | LazyRegionSource;
