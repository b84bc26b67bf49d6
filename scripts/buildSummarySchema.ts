/**
 * Writes schema/summary.schema.json, the published JSON Schema of the summary JSON, from the zod schema
 * (`npx tsx scripts/buildSummarySchema.ts`). A test fails when the committed file is out of date.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { summaryJsonSchema } from "../core/consolidation/summaryJsonSchema";

const file = path.join(__dirname, "..", "schema", "summary.schema.json");
writeFileSync(file, `${JSON.stringify(summaryJsonSchema(), null, 2)}\n`);
process.stdout.write(`${file}\n`);
