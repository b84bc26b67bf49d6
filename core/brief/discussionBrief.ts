import { addMonths, parseMonthKey } from "../_lib/day";
import { loadWorkbookContext } from "../actions/loadWorkbookContext";
import type { ActionResult, BaseActionOptions } from "../actions/types";
import type { Workbook } from "../actions/Workbook";
import { carryOver } from "../discussion/carryOver";
import { DISCUSSION_SHEET } from "../discussion/discussionLabels";
import { readDiscussionSheet } from "../discussion/readDiscussionSheet";
import { interpolate } from "../i18n/lang";
import { BRIEF_MESSAGES as M } from "./briefMessages";
import { buildBrief } from "./buildBrief";
import { renderBrief } from "./renderBrief";
import { findLocalizedSheet, findStoreSheet, readSummaryStore } from "./summaryStore";

export interface DiscussionBriefOptions extends BaseActionOptions {
  month: string;
  /** One region's page only; every region when absent. */
  region?: string;
}

export interface DiscussionBriefResult extends ActionResult {
  /** The brief as one HTML document, a page per region; null when it could not be made. */
  html: string | null;
  /** The file name to offer, e.g. `keskustelumuistio-2022-09.html` (`…-2022-09-05.html` for one region). */
  fileName: string;
}

/**
 * "Keskustelumuistio": the discussion brief of a month from the national workbook alone — the month's
 * consolidated picture, last month's, and the discussion record as the analyst has it now (open actions
 * carried over). Reads one listing and one batch; writes nothing.
 * @example const { html } = await discussionBrief(national, { month: "2022-09", region: "05" })
 */
export async function discussionBrief(
  national: Workbook,
  options: DiscussionBriefOptions,
): Promise<DiscussionBriefResult> {
  const month = options.month.trim();
  let storeName: string | undefined;
  let previousName: string | undefined;
  let discussionName: string | undefined;
  const context = await loadWorkbookContext(national, {
    ...(options.lang ? { lang: options.lang } : {}),
    extra: (names) => [
      (storeName = findStoreSheet(names, month)),
      (previousName = findStoreSheet(names, addMonths(month, -1))),
      (discussionName = findLocalizedSheet(names, DISCUSSION_SHEET)),
    ],
  });
  const { lang, programme } = context;
  const region = options.region?.trim();
  const fileName = `keskustelumuistio-${month}${region ? `-${region}` : ""}.html`;
  const fail = (message: string): DiscussionBriefResult => ({
    ok: false,
    message,
    sheets: [],
    issues: [],
    html: null,
    fileName,
  });
  if (!parseMonthKey(month)) return fail(interpolate(M.badMonth[lang], { month }));
  const read = (name: string | undefined) => (name ? readSummaryStore(context.grids.get(name) ?? []) : null);
  const summary = read(storeName);
  if (!summary) return fail(interpolate(M.noPicture[lang], { month }));
  if (region && !summary.regions.some((r) => r.code === region)) {
    return fail(interpolate(M.noRegion[lang], { region }));
  }
  const record = readDiscussionSheet((discussionName && context.grids.get(discussionName)) || []);
  const discussions = carryOver(record.entries, month).filter((e) => e.month <= month);
  const brief = buildBrief(
    { ...summary, discussions },
    {
      programme,
      lang,
      previous: read(previousName),
      ...(region ? { region } : {}),
    },
  );
  return {
    ok: true,
    message: interpolate(M.written[lang], { month, count: brief.regions.length }),
    sheets: [],
    issues: [],
    html: renderBrief(brief, programme, lang),
    fileName,
  };
}
