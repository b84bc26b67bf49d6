import * as z from "zod";
import { SummarySchema } from "./SummarySchema";

/**
 * The JSON Schema (draft 2020-12) of the summary JSON, generated from `SummarySchema`, as published in
 * schema/summary.schema.json for analysts' tools.
 * @example JSON.stringify(summaryJsonSchema(), null, 2)
 */
export function summaryJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(SummarySchema, { io: "output" }),
    title: "Tilannekuva summary",
    description: "The consolidation summary written by `tilannekuva consolidate --json` (PRODUCT.md §7).",
  };
}
