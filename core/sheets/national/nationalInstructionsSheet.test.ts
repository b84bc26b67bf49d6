import { REGIONAL } from "../../programme/builtins";
import { syntheticPicture } from "../../../test/support/syntheticPicture";
import { cutLabels } from "../_lib/cutLabels";
import { templateSheets } from "../templateSheets";
import type { WorkbookSettings } from "../settingsSheet";
import { nationalInstructionsSheet } from "./nationalInstructionsSheet";
import { nationalSheets } from "./nationalSheets";

const settings = (role: WorkbookSettings["role"]): WorkbookSettings => ({
  programmeId: "regional",
  role,
  region: role === "region" ? "05" : null,
  lang: "fi",
  templateVersion: "1.0",
  regions: [],
});

describe("nationalInstructionsSheet", () => {
  it.each(["fi", "sv", "en"] as const)("names every national sheet by its name in %s", (lang) => {
    const text = nationalInstructionsSheet(REGIONAL, lang).cells.flat().join("\n");
    for (const spec of nationalSheets(syntheticPicture(3, lang))) expect(text).toContain(`${spec.name}:`);
  });

  it("is the national workbook's Ohjeet; a region workbook keeps the regions' instructions", () => {
    const national = templateSheets(REGIONAL, settings("national"), "fi")[0]!;
    const region = templateSheets(REGIONAL, settings("region"), "fi")[0]!;
    expect(national.name).toBe("Ohjeet");
    expect(national.cells.flat().join(" ")).toContain("Kokoa tilannekuva");
    expect(region.cells.flat().join(" ")).not.toContain("Kokoa tilannekuva");
    expect(region.cells.flat().join(" ")).toContain("kuukausivälilehti");
  });

  it("explains the counts and the colours, with a coloured key, and cuts no line", () => {
    const spec = nationalInstructionsSheet(REGIONAL, "fi");
    const text = spec.cells.flat().join("\n");
    expect(text).toContain("alue × tehtävä -pareja");
    expect(text).toContain("≥ 90 %");
    expect(spec.styles?.filter((s) => s.fill === REGIONAL.bands[0]!.fill)).toHaveLength(1);
    expect(cutLabels(spec)).toEqual([]);
  });
});
