/**
 * Validates JSON against the committed schema/summary.schema.json with Ajv (draft 2020-12): what an
 * analyst's tool would do with the published schema. Returns Ajv's errors, empty when valid.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";

const SCHEMA_FILE = path.join(__dirname, "..", "..", "schema", "summary.schema.json");
const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as Record<string, unknown>;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

export function summaryJsonErrors(json: unknown): string[] {
  return validate(json) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
}

export { SCHEMA_FILE };
