import * as z from "zod";

/** What a row of the discussion record holds: a discussion held, an action agreed, or other material. */
export const DiscussionKindSchema = z.enum(["discussion", "action", "material"]);
export type DiscussionKind = z.infer<typeof DiscussionKindSchema>;

/** Where other material comes from (issue #10 §2). */
export const MaterialSourceSchema = z.enum(["partner", "survey", "media", "other"]);
export type MaterialSource = z.infer<typeof MaterialSourceSchema>;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const month = z.string().regex(/^\d{4}-\d{2}$/);

/**
 * One row of the discussion record, per region and month. Texts are people's free text, kept exactly:
 * they are data, never formulas.
 */
export const DiscussionEntrySchema = z.object({
  region: z.string(),
  month,
  kind: DiscussionKindSchema,
  /** The discussion date (discussions) or the day the material came (material). */
  date: day.nullable(),
  text: z.string(),
  /** Who does an action. */
  who: z.string(),
  /** When an action is due. */
  due: day.nullable(),
  /** An action marked done; false for an open action and for every other kind. */
  done: z.boolean(),
  source: MaterialSourceSchema.nullable(),
  link: z.string(),
  /** For an open action carried into a later month: the month it was agreed. */
  carriedFrom: month.nullable(),
});
export type DiscussionEntry = z.infer<typeof DiscussionEntrySchema>;
