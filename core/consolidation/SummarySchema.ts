import * as z from "zod";
import { DiscussionEntrySchema } from "../discussion/DiscussionSchema";
import { IssueCodeSchema, SeveritySchema } from "../issues/Issue";
import { StatusCodeSchema } from "../programme/ProgrammeSchema";
import { MeasuresSchema } from "../readiness/Measures";
import { RoadmapRevisionSchema } from "../revisions/RoadmapRevision";

/** One issue in the summary JSON: every key present, null where it does not apply. */
export const SummaryIssueSchema = z.object({
  region: z.string().nullable(),
  severity: SeveritySchema,
  code: IssueCodeSchema,
  sheet: z.string().nullable(),
  cell: z.string().nullable(),
  taskId: z.string().nullable(),
  message: z.string(),
});
export type SummaryIssue = z.infer<typeof SummaryIssueSchema>;

const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What a region reported for one task (the rows of the long-format CSV). */
export const SummaryTaskSchema = z.object({
  id: z.string(),
  status: StatusCodeSchema,
  comment: z.string(),
  expected: daySchema.nullable(),
  owner: z.string(),
});
export type SummaryTask = z.infer<typeof SummaryTaskSchema>;

/** A critical task due by the reporting date and not done. */
export const SummaryLateTaskSchema = z.object({
  taskId: z.string(),
  group: z.string().nullable(),
  subtask: z.string(),
  end: daySchema,
  status: StatusCodeSchema,
  comment: z.string(),
  expected: daySchema.nullable(),
  owner: z.string(),
});
export type SummaryLateTask = z.infer<typeof SummaryLateTaskSchema>;

/** Ids of critical tasks that moved since last month. */
export const SummaryChangeSchema = z.object({
  newStarts: z.array(z.string()),
  newCompletions: z.array(z.string()),
  regressions: z.array(z.string()),
});
export type SummaryChange = z.infer<typeof SummaryChangeSchema>;

export const SummaryAssessmentSchema = z.object({
  groupId: z.string(),
  code: z.enum(["green", "yellow", "red"]).nullable(),
  text: z.string(),
  note: z.string(),
});
export type SummaryAssessment = z.infer<typeof SummaryAssessmentSchema>;

export const SummaryRiskSchema = z.object({
  group: z.string(),
  severity: z.enum(["high", "medium", "low"]).nullable(),
  severityText: z.string(),
  description: z.string(),
  mitigation: z.string(),
});
export type SummaryRisk = z.infer<typeof SummaryRiskSchema>;

// The detail fields are optional so that summaries written before they existed still parse.
export const SummaryRegionSchema = z.object({
  code: z.string(),
  name: z.string(),
  reporting: z.boolean(),
  /** Null for a region that did not report. */
  measures: MeasuresSchema.nullable(),
  groups: z.record(z.string(), MeasuresSchema),
  /** Null when the month sheet carried no last month's statuses. */
  change: SummaryChangeSchema.nullable().optional(),
  late: z.array(SummaryLateTaskSchema).optional(),
  assessments: z.array(SummaryAssessmentSchema).optional(),
  risks: z.array(SummaryRiskSchema).optional(),
  tasks: z.array(SummaryTaskSchema).optional(),
});
export type SummaryRegion = z.infer<typeof SummaryRegionSchema>;

/**
 * The consolidation summary (PRODUCT.md §7): the same object every front end computes, written by
 * `tilannekuva consolidate --json`.
 */
export const SummarySchema = z.object({
  programme: z.string(),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  target: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The last working day by which this month's picture is published. */
  publishBy: daySchema.optional(),
  reporting: z.object({ count: z.number().int().min(0), of: z.number().int().min(0) }),
  national: MeasuresSchema,
  groups: z.record(z.string(), MeasuresSchema),
  /** Group names in the summary's language, by group id. */
  groupNames: z.record(z.string(), z.string()).optional(),
  regions: z.array(SummaryRegionSchema),
  issues: z.array(SummaryIssueSchema),
  /** The discussion record up to this month: discussions, agreed actions and other material. */
  discussions: z.array(DiscussionEntrySchema).optional(),
  /**
   * The roadmap revision measured from this month on (versions, counts of tasks added, retired and
   * changed), null when the roadmap did not change: the month's change figures then compare the same
   * tasks in both months.
   */
  roadmapChange: RoadmapRevisionSchema.nullable().optional(),
});
export type Summary = z.infer<typeof SummarySchema>;
