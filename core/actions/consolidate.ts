import { isDataMonth } from "../_lib/isDataMonth";
import type { NationalPicture } from "../consolidation/buildNationalPicture";
import { buildNationalPicture } from "../consolidation/buildNationalPicture";
import type { HistoryRow } from "../consolidation/history";
import { readHistory } from "../consolidation/history";
import { countedReadings } from "../consolidation/countedReadings";
import { rememberRoadmapCopy } from "../consolidation/checkRegionRoadmap";
import { readRegion } from "../consolidation/readRegion";
import { resolveNationalProgramme } from "../consolidation/resolveNationalProgramme";
import type { RoadmapRevision } from "../revisions/RoadmapRevision";
import { findRevisionsSheet, readRevisions } from "../revisions/revisionsSheet";
import type { RegionReading } from "../consolidation/RegionReading";
import type { Summary } from "../consolidation/SummarySchema";
import type { Lang } from "../i18n/lang";
import type { Programme, RoadmapRow } from "../programme/ProgrammeSchema";
import { findSheet } from "../sheets/labels";
import { nationalSheets } from "../sheets/national/nationalSheets";
import type { SheetSpec } from "../sheets/SheetSpec";
import { templateSheets } from "../sheets/templateSheets";
import { loadWorkbookContext } from "./loadWorkbookContext";
import { findLocalizedSheet, summaryStoreSheet } from "../brief/summaryStore";
import { carryOver } from "../discussion/carryOver";
import { DISCUSSION_SHEET } from "../discussion/discussionLabels";
import type { DiscussionRecord } from "../discussion/readDiscussionSheet";
import { readDiscussionSheet } from "../discussion/readDiscussionSheet";
import { actionMessage } from "./messages";
import { openRegionInput } from "./openRegionInput";
import type { ActionResult, BaseActionOptions, RegionInput } from "./types";
import type { Workbook } from "./Workbook";

export interface ConsolidateOptions extends BaseActionOptions {
  month: string;
  /** History to carry forward when the national workbook has none (the CLI's --previous). */
  history?: readonly HistoryRow[];
  /** The roadmap every region is measured against when the national workbook has none (--roadmap). */
  roadmap?: readonly RoadmapRow[];
  /** The version of `roadmap`. */
  roadmapVersion?: string;
}

export interface ConsolidateResult extends ActionResult {
  summary: Summary | null;
  picture: NationalPicture | null;
}

/** The national side of consolidation, once per run: programme, language and history of the national workbook. */
export interface NationalContext {
  programme: Programme;
  lang: Lang;
  history: HistoryRow[];
  /** True when the national workbook already has its settings and roadmap sheets. */
  isSetUp: boolean;
  /** The discussion record, written back with the picture. */
  discussions?: DiscussionRecord;
  /** The national workbook's log of roadmap versions. */
  revisions?: RoadmapRevision[];
}

/** Reads what consolidation needs from the national workbook (one listing, one read). */
export async function loadNationalContext(
  national: Workbook,
  options: { lang?: Lang } = {},
): Promise<NationalContext> {
  let historyName: string | undefined;
  let discussionName: string | undefined;
  let revisionsName: string | undefined;
  const context = await loadWorkbookContext(national, {
    ...(options.lang ? { lang: options.lang } : {}),
    extra: (names) => [
      (historyName = findSheet(names, "history")),
      (discussionName = findLocalizedSheet(names, DISCUSSION_SHEET)),
      (revisionsName = findRevisionsSheet(names)),
    ],
  });
  const roadmapName = findSheet(context.names, "roadmap");
  const roadmapGrid = roadmapName ? context.grids.get(roadmapName) : undefined;
  if (context.ownRoadmap && roadmapName && roadmapGrid) {
    const { programme, lang } = context;
    rememberRoadmapCopy(
      roadmapGrid,
      { groups: programme.groups, sheet: roadmapName, lang },
      programme.roadmap,
    );
  }
  const grid = historyName ? context.grids.get(historyName) : undefined;
  const discussionGrid = discussionName ? context.grids.get(discussionName) : undefined;
  const revisionsGrid = revisionsName ? context.grids.get(revisionsName) : undefined;
  return {
    programme: context.programme,
    lang: context.lang,
    history: grid ? readHistory(grid) : [],
    isSetUp: context.settings !== null && context.ownRoadmap,
    discussions: discussionGrid ? readDiscussionSheet(discussionGrid) : { entries: [], unreadable: [] },
    revisions: revisionsGrid ? readRevisions(revisionsGrid) : [],
  };
}

/**
 * Writes the national sheets of a picture (and the settings and roadmap, the first time), in one batch.
 * Resumable hosts call this once all readings are in.
 */
export async function writeNationalPicture(
  national: Workbook,
  readings: readonly RegionReading[],
  context: NationalContext,
  options: { month: string; history?: readonly HistoryRow[] },
): Promise<NationalPicture> {
  return (await writePicture(national, readings, context, options)).picture;
}

/** `writeNationalPicture`, also naming the national sheets it wrote (built once: they cost a tenth of a run). */
async function writePicture(
  national: Workbook,
  readings: readonly RegionReading[],
  context: NationalContext,
  options: { month: string; history?: readonly HistoryRow[] },
): Promise<{ picture: NationalPicture; sheetNames: string[] }> {
  const { programme, lang } = context;
  const history = context.history.length ? context.history : (options.history ?? []);
  const record = context.discussions ?? { entries: [], unreadable: [] };
  const discussions = { ...record, entries: carryOver(record.entries, options.month) };
  const revision = context.revisions?.find((r) => r.month === options.month) ?? null;
  const picture = buildNationalPicture(readings, {
    programme,
    month: options.month,
    lang,
    history,
    discussions,
    revision,
  });
  const sheets = nationalSheets(picture);
  const specs: SheetSpec[] = [...sheets, summaryStoreSheet(picture.summary, lang)];
  if (!context.isSetUp) {
    const regions = programme.units.map((u) => ({ code: u.code, name: u.name[lang], url: "", editors: [] }));
    const setup = templateSheets(
      programme,
      {
        programmeId: programme.id,
        role: "national",
        region: null,
        lang,
        templateVersion: programme.templateVersion,
        regions,
      },
      lang,
    );
    specs.push(...setup);
  }
  await national.writeSheets(specs);
  return { picture, sheetNames: sheets.map((s) => s.name) };
}

/** The user's message for a finished consolidation. */
export function consolidatedMessage(picture: NationalPicture): string {
  const errors = picture.summary.issues.filter((i) => i.severity === "error").length;
  return actionMessage("consolidated", picture.lang, {
    units: picture.programme.unitsCounted[picture.lang],
    month: picture.month,
    count: picture.summary.reporting.count,
    of: picture.summary.reporting.of,
    errors,
    warnings: picture.summary.issues.length - errors,
  });
}

/**
 * Consolidates region workbooks into the national workbook (PRODUCT.md §6): reads each region (a bad
 * file never stops the others), pools the figures, writes the six national sheets. Never writes to a
 * region workbook.
 * @example await consolidate(national, [{ label: "01.xlsx", workbook }], { month: "2022-09" })
 */
export async function consolidate(
  national: Workbook,
  regions: readonly RegionInput[],
  options: ConsolidateOptions,
): Promise<ConsolidateResult> {
  const month = options.month.trim();
  if (!isDataMonth(month)) {
    return {
      ok: false,
      message: actionMessage("badMonth", options.lang ?? "fi", { month }),
      sheets: [],
      issues: [],
      summary: null,
      picture: null,
    };
  }
  const loaded = await loadNationalContext(national, options.lang ? { lang: options.lang } : {});
  const context = loaded.isSetUp
    ? loaded
    : { ...loaded, programme: await resolveNationalProgramme(loaded, regions, options) };
  // One region at a time: its workbook is opened, read and let go before the next one is opened, so
  // only the readings (statuses and texts) pile up, never the workbooks, and of a duplicate only its label.
  const counted = countedReadings(context.programme);
  for (const [index, input] of regions.entries()) {
    options.onProgress?.({ done: index, total: regions.length, label: input.label });
    const source = await openRegionInput(input);
    counted.add(await readRegion(source, { month, programme: context.programme, lang: context.lang }));
  }
  options.onProgress?.({ done: regions.length, total: regions.length, label: "" });
  const { picture, sheetNames } = await writePicture(national, counted.readings, context, {
    month,
    ...(options.history ? { history: options.history } : {}),
  });
  return {
    ok: true,
    message: consolidatedMessage(picture),
    sheets: sheetNames,
    issues: picture.issues,
    summary: picture.summary,
    picture,
  };
}
