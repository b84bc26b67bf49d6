/**
 * The user actions of PRODUCT.md §7, each over the Workbook interface. Hosts call these and nothing else.
 */
export type { Workbook, ProgressListener } from "./Workbook";
export type { ActionResult, BaseActionOptions, RegionSource } from "./types";
export { setupTemplate } from "./setupTemplate";
export type { SetupTemplateOptions } from "./setupTemplate";
export { createRegionWorkbook } from "./createRegionWorkbook";
export type { CreateRegionWorkbookOptions } from "./createRegionWorkbook";
export { createMonthSheet, latestEarlierMonth } from "./createMonthSheet";
export type { CreateMonthSheetOptions } from "./createMonthSheet";
export { validateMonth } from "./validateMonth";
export type { ValidateMonthOptions } from "./validateMonth";
export { generateChecklists } from "./generateChecklists";
export { consolidate, loadNationalContext, writeNationalPicture, consolidatedMessage } from "./consolidate";
export type { ConsolidateOptions, ConsolidateResult, NationalContext } from "./consolidate";
export { readRegion } from "../consolidation/readRegion";
export type { RegionReading } from "../consolidation/RegionReading";
export { loadWorkbookContext, builtinProgramme } from "./loadWorkbookContext";
export type { WorkbookContext } from "./loadWorkbookContext";
export { actionMessage, ACTION_MESSAGES } from "./messages";
export { setupNationalWorkbook, listRegions, recordRegionListings } from "./regionListings";
export type { RegionListing } from "./regionListings";
export { mergeHistory, mergeHistories } from "./mergeHistory";
export { ACTION_LABELS, actionLabel, defaultDataMonth } from "./actionLabels";
export type { ActionLabelKey } from "./actionLabels";
export type { LazyRegionSource, RegionInput } from "./types";
export { openRegionInput } from "./openRegionInput";
export { discussionBrief } from "../brief/discussionBrief";
export type { DiscussionBriefOptions, DiscussionBriefResult } from "../brief/discussionBrief";
export { exportLongCsv } from "./exportLongCsv";
export type { ExportLongCsvResult } from "./exportLongCsv";
export { updateRoadmap } from "./updateRoadmap";
export type { UpdateRoadmapOptions, UpdateRoadmapResult } from "./updateRoadmap";
export { updateRoadmapFromSheet, REVISION_SHEET } from "./updateRoadmapFromSheet";
