import type { Grid } from "../../_lib/cells";
import { NATIONAL_ACTORS, REGIONAL } from "../../programme/builtins";
import type { SheetSpec } from "../SheetSpec";
import type { WorkbookSettings } from "../settingsSheet";
import { buildSettingsSheet, readSettings } from "../settingsSheet";
import { templateSheets } from "../templateSheets";

const grid = (spec: SheetSpec): Grid =>
  spec.cells.map((row) => row.map((c) => (typeof c === "object" ? null : c)));

const national = (lang: "fi" | "sv" | "en", programmeId = "regional"): WorkbookSettings => ({
  programmeId,
  role: "national",
  region: null,
  lang,
  templateVersion: "1.0",
  regions: [],
});

describe("the national workbook's settings and lists", () => {
  it.each(["fi", "sv", "en"] as const)(
    "shows the programme and language by name in %s, and reads them back",
    (lang) => {
      const spec = buildSettingsSheet(national(lang), REGIONAL, lang);
      const values = spec.cells.map((row) => row[1]);
      expect(values).toContain(REGIONAL.name[lang]);
      expect(values).not.toContain("regional");
      expect(values).toContain({ fi: "suomi", sv: "svenska", en: "English" }[lang]);
      expect(readSettings(grid(spec))).toMatchObject({ programmeId: "regional", lang, role: "national" });
    },
  );

  it("reads the national actors' programme by its name", () => {
    const spec = buildSettingsSheet(national("sv", "national-actors"), NATIONAL_ACTORS, "sv");
    expect(readSettings(grid(spec)).programmeId).toBe("national-actors");
  });

  it("still reads settings written with keys (older workbooks, region workbooks)", () => {
    const old: Grid = [
      ["Ohjelma", "regional", "programme"],
      ["Kieli", "sv", "lang"],
    ];
    expect(readSettings(old)).toMatchObject({ programmeId: "regional", lang: "sv" });
  });

  it("hides the lists sheet, which only the regions' drop-downs and formulas read", () => {
    const lists = (role: WorkbookSettings["role"]) =>
      templateSheets(REGIONAL, { ...national("fi"), role }, "fi").find((s) => s.name === "Listat")!;
    expect(lists("national").hidden).toBe(true);
    expect(lists("region").hidden).toBeUndefined();
  });
});
