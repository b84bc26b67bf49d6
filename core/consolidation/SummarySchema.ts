import { z } from "zod";
import { IssueCodeSchema, SeveritySchema } from "../issues/Issue";
import { MeasuresSchema } from "../readiness/Measures";

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

export const SummaryRegionSchema = z.object({
  code: z.string(),
  name: z.string(),
  reporting: z.boolean(),
  /** Null for a region that did not report. */
  measures: MeasuresSchema.nullable(),
  groups: z.record(z.string(), MeasuresSchema),
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
  reporting: z.object({ count: z.number().int().min(0), of: z.number().int().min(0) }),
  national: MeasuresSchema,
  groups: z.record(z.string(), MeasuresSchema),
  regions: z.array(SummaryRegionSchema),
  issues: z.array(SummaryIssueSchema),
});
export type Summary = z.infer<typeof SummarySchema>;
