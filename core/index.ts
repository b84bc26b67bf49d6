/**
 * The public API of the Tilannekuva core: everything a host (the CLI, the Excel add-in, the Apps Script
 * project) needs. Hosts read cells, call these, and write cells.
 *
 * Left out on purpose: `core/_lib` (private helpers) and the sheet builders' internals; hosts render
 * `SheetSpec`s through the actions, never by building sheets themselves.
 */

// Cells and days: the values hosts hand over, and how days are written.
export type { CellValue, Grid } from "./_lib/cells";
export { cellAddress, columnLetter, parseRange } from "./_lib/cells";
export type { IsoDay } from "./_lib/day";
export { dayToSerial, serialToDay, dateCellDay, formatDayFi, monthKey, addMonths } from "./_lib/day";
export type { ParseResult } from "./_lib/ParseResult";

// Languages and issues.
export { LangSchema, LANGS, DEFAULT_LANG } from "./i18n/lang";
export type { Lang, Localized } from "./i18n/lang";
export {
  IssueSchema,
  IssueCodeSchema,
  makeIssue,
  issueMessage,
  issueLocation,
  hasErrors,
} from "./issues/Issue";
export type { Issue, IssueCode, Severity } from "./issues/Issue";

// Programmes.
export { ProgrammeSchema, RoadmapRowSchema, STATUS_CODES } from "./programme/ProgrammeSchema";
export type {
  Programme,
  RoadmapRow,
  StatusCode,
  ReportingUnit,
  Group,
  Phase,
  Band,
} from "./programme/ProgrammeSchema";
export {
  REGIONAL,
  NATIONAL_ACTORS,
  BUILTIN_PROGRAMMES,
  PREPARATION_GROUPS,
  unitRoadmap,
} from "./programme/builtins";

// Parsing user data.
export * from "./roadmap/index";
export * from "./status/index";

// Figures.
export * from "./readiness/index";
export * from "./calendar/index";

// Text written by hosts whose write API parses what it is given.
export { literalText } from "./text/literalText";

// Sheets as data.
export type {
  SheetSpec,
  SpecCell,
  StyleSpec,
  ListValidationSpec,
  ConditionalFormatSpec,
  ConditionSpec,
  ChartSpec,
} from "./sheets/SheetSpec";
export { SHEET_NAMES, sheetName, findSheet, isMonthSheetName } from "./sheets/labels";

// Consolidation and its summary.
export { SummarySchema } from "./consolidation/SummarySchema";
export type { Summary, SummaryIssue, SummaryRegion } from "./consolidation/SummarySchema";
export type { NationalPicture } from "./consolidation/buildNationalPicture";
export { readHistory } from "./consolidation/history";
export type { HistoryRow } from "./consolidation/history";

// The user actions.
export * from "./actions/index";

// The printable report.
export { renderReport } from "./report/renderReport";
