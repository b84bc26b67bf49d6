import * as z from "zod";
import type { Lang } from "../i18n/lang";
import { interpolate } from "../i18n/lang";
import { ISSUE_MESSAGES } from "./messages";

/** Every data-quality finding the core can report. PRODUCT.md §6 lists the consolidation ones. */
export const IssueCodeSchema = z.enum([
  // consolidation
  "unreadable_file",
  "not_a_region_workbook",
  "duplicate_region",
  "month_missing",
  "template_version",
  "region_missing",
  // month sheet task table
  "missing_header",
  "missing_task",
  "duplicate_task",
  "unknown_task",
  "unknown_status",
  "missing_status",
  "invalid_date",
  // a task table sorted by some columns only, or a row whose id was cleared (issue 9: sorting)
  "task_row_moved",
  "task_id_missing",
  // roadmap
  "missing_column",
  "missing_id",
  "duplicate_id",
  "invalid_group",
  "invalid_flag",
  "invalid_checklist",
  "end_before_start",
  "empty_roadmap",
  // self-assessment and risks
  "invalid_assessment",
  "invalid_severity",
  // bounds on what a file may hold (core/_lib/limits.ts)
  "beyond_limits",
  "text_cut",
  // roadmap authority and revisions
  "roadmap_differs",
  "retired_task",
  "other_programme",
  "roadmaps_disagree",
]);
export type IssueCode = z.infer<typeof IssueCodeSchema>;

export const SeveritySchema = z.enum(["error", "warning"]);
export type Severity = z.infer<typeof SeveritySchema>;

/** A finding about user data: what, where (sheet and cell), and a message in the user's language. */
export const IssueSchema = z.object({
  code: IssueCodeSchema,
  severity: SeveritySchema,
  region: z.string().optional(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
  taskId: z.string().optional(),
  /** The offending text as the user typed it, or a file name. */
  value: z.string().optional(),
  message: z.string(),
});
export type Issue = z.infer<typeof IssueSchema>;

/** An issue before its message is rendered. */
export type IssueDraft = Omit<Issue, "message" | "severity"> & { severity?: Severity };

const DEFAULT_SEVERITY: Record<IssueCode, Severity> = {
  unreadable_file: "error",
  not_a_region_workbook: "error",
  duplicate_region: "error",
  month_missing: "error",
  template_version: "warning",
  region_missing: "warning",
  missing_header: "error",
  missing_task: "error",
  duplicate_task: "error",
  unknown_task: "warning",
  unknown_status: "error",
  missing_status: "warning",
  invalid_date: "error",
  task_row_moved: "error",
  task_id_missing: "error",
  missing_column: "error",
  missing_id: "error",
  duplicate_id: "error",
  invalid_group: "error",
  invalid_flag: "error",
  invalid_checklist: "error",
  end_before_start: "warning",
  empty_roadmap: "error",
  invalid_assessment: "warning",
  invalid_severity: "warning",
  beyond_limits: "error",
  text_cut: "warning",
  roadmap_differs: "warning",
  retired_task: "warning",
  other_programme: "error",
  roadmaps_disagree: "warning",
};

/** `"Tiekartta!H12"`, or whichever of sheet and cell is known. */
export function issueLocation(issue: {
  sheet?: string | null | undefined;
  cell?: string | null | undefined;
}): string {
  if (issue.sheet && issue.cell) return `${issue.sheet}!${issue.cell}`;
  return issue.sheet ?? issue.cell ?? "";
}

/** The message of an issue in a language, from its code and fields. */
export function issueMessage(draft: IssueDraft, lang: Lang): string {
  const template = ISSUE_MESSAGES[draft.code][lang];
  return interpolate(template, {
    location: issueLocation(draft),
    sheet: draft.sheet ?? "",
    cell: draft.cell ?? "",
    taskId: draft.taskId ?? "",
    value: draft.value ?? "",
    region: draft.region ?? "",
  });
}

/**
 * Makes a full issue from a draft: default severity for its code and the message in `lang`.
 * @example makeIssue({ code: "unknown_status", sheet: "2022-09", cell: "J14", value: "valmis?" }, "fi")
 */
export function makeIssue(draft: IssueDraft, lang: Lang): Issue {
  const issue: Issue = { ...draft, severity: draft.severity ?? DEFAULT_SEVERITY[draft.code], message: "" };
  issue.message = issueMessage(issue, lang);
  return issue;
}

/** True when any issue is an error. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}
