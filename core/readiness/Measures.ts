import * as z from "zod";
import { ShareSchema } from "./Share";

/** The four readiness shares of PRODUCT.md §3: the schedule view and the readiness view, started and done. */
export const MeasuresSchema = z.object({
  schedule: z.object({ started: ShareSchema, done: ShareSchema }),
  readiness: z.object({ started: ShareSchema, done: ShareSchema }),
});
export type Measures = z.infer<typeof MeasuresSchema>;
