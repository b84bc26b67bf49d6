import { readFileSync } from "node:fs";
import { SCHEMA_FILE, summaryJsonErrors } from "../../test/support/validateSummaryJson";
import { crowdedSummary } from "../brief/_test/crowdedSummary";
import { picture } from "../report/_test/fixtures";
import { summaryJsonSchema } from "./summaryJsonSchema";

describe("schema/summary.schema.json", () => {
  it("is the schema generated from SummarySchema (run `npx tsx scripts/buildSummarySchema.ts` when it is not)", () => {
    expect(JSON.parse(readFileSync(SCHEMA_FILE, "utf8"))).toEqual(
      JSON.parse(JSON.stringify(summaryJsonSchema())),
    );
  });

  it("accepts the summaries consolidation writes, in every language, with every detail", () => {
    for (const lang of ["fi", "sv", "en"] as const) {
      expect(summaryJsonErrors(JSON.parse(JSON.stringify(picture(lang).summary)))).toEqual([]);
    }
    expect(summaryJsonErrors(JSON.parse(JSON.stringify(crowdedSummary())))).toEqual([]);
  });

  it("rejects a summary that breaks the contract", () => {
    const bad = JSON.parse(JSON.stringify(picture().summary)) as Record<string, unknown>;
    bad["month"] = "syyskuu";
    delete bad["national"];
    expect(summaryJsonErrors(bad)).toEqual(
      expect.arrayContaining([expect.stringContaining("/month"), expect.stringContaining("national")]),
    );
  });
});
