import * as z from "zod";

/** A roadmap revision as the national workbook records it: from which data month, which versions, how much changed. */
export const RoadmapRevisionSchema = z.object({
  /** The first data month measured on the new roadmap, "YYYY-MM". */
  month: z.string(),
  from: z.string(),
  to: z.string(),
  added: z.number().int().min(0),
  retired: z.number().int().min(0),
  renamed: z.number().int().min(0),
  moved: z.number().int().min(0),
  dates: z.number().int().min(0),
  critical: z.number().int().min(0),
});
export type RoadmapRevision = z.infer<typeof RoadmapRevisionSchema>;

/** The counted kinds of change, in column order. */
export const REVISION_COUNTS = ["added", "retired", "renamed", "moved", "dates", "critical"] as const;
