import * as z from "zod";

/** `count` of `of` tasks, and their ratio; `share` is null (shown as "–") when `of` is 0. */
export const ShareSchema = z.object({
  count: z.number().int().min(0),
  of: z.number().int().min(0),
  share: z.number().min(0).max(1).nullable(),
});
export type Share = z.infer<typeof ShareSchema>;
