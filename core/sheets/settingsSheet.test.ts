import type { Grid } from "../_lib/cells";
import { REGIONAL } from "../programme/builtins";
import type { SheetSpec } from "./SheetSpec";
import type { WorkbookSettings } from "./settingsSheet";
import { buildSettingsSheet, readSettings } from "./settingsSheet";

const grid = (spec: SheetSpec): Grid =>
  spec.cells.map((row) => row.map((c) => (typeof c === "object" ? null : c)));

const region = (lang: "fi" | "sv" | "en"): WorkbookSettings => ({
  programmeId: "regional",
  role: "region",
  region: "06",
  lang,
  templateVersion: "1.1",
  regions: [],
});

/** Cells people see: every column but the hidden ones. */
const shown = (spec: SheetSpec): unknown[] =>
  spec.cells.flatMap((row) => row.filter((_, c) => !(spec.hiddenColumns ?? []).includes(c)));

describe("buildSettingsSheet", () => {
  describe.each(["fi", "sv", "en"] as const)("a region workbook in %s", (lang) => {
    const spec = buildSettingsSheet(region(lang), REGIONAL, lang);

    it("shows the programme, role and language by name, never the program's keys", () => {
      const visible = shown(spec);
      expect(visible).toEqual(
        expect.arrayContaining([REGIONAL.name[lang], { fi: "suomi", sv: "svenska", en: "English" }[lang]]),
      );
      for (const key of [
        "regional",
        "region",
        "programme",
        "role",
        "lang",
        "templateVersion",
        "fi",
        "sv",
        "en",
      ])
        expect([key, visible.includes(key)]).toEqual([key, false]);
    });

    it("keeps each setting's key in a hidden column, right of the regions table", () => {
      expect(spec.hiddenColumns).toEqual([4]);
      expect(spec.cells.slice(3, 10).map((row) => row[4])).toEqual([
        "programme",
        "role",
        "region",
        "regionName",
        "lang",
        "templateVersion",
        "regionTemplateUrl",
      ]);
    });

    it("reads its own sheet back", () => {
      expect(readSettings(grid(spec))).toEqual(region(lang));
    });
  });

  describe("older workbooks", () => {
    it("reads a region's settings with the ids shown and the keys in column C", () => {
      const old: Grid = [
        ["Asetukset"],
        [],
        ["Asetus", "Arvo", "Avain"],
        ["Ohjelma", "regional", "programme"],
        ["Työkirjan rooli", "Alue", "role"],
        ["Alueen tunnus", "06", "region"],
        ["Alueen nimi", "Pirkanmaan hyvinvointialue", "regionName"],
        ["Kieli", "sv", "lang"],
        ["Pohjan versio", "1.0", "templateVersion"],
      ];
      expect(readSettings(old)).toEqual({
        programmeId: "regional",
        role: "region",
        region: "06",
        lang: "sv",
        templateVersion: "1.0",
        regions: [],
      });
    });

    it("reads settings whose labels were translated when the key column says what they are", () => {
      const relabelled: Grid = [
        [null],
        [],
        ["Setting", "Value"],
        ["Whatever", "svenska", null, null, "lang"],
      ];
      expect(readSettings(relabelled).lang).toBe("sv");
    });
  });
});
