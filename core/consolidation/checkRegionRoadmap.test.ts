import { createRegionWorkbook, setupTemplate } from "../actions";
import { REGIONAL } from "../programme/builtins";
import { readSettings } from "../sheets/settingsSheet";
import { MemoryWorkbook } from "../../test/support/MemoryWorkbook";
import { checkRegionRoadmap } from "./checkRegionRoadmap";

describe("checkRegionRoadmap", () => {
  it("reads each region's own copy, also when the copies before it were the same template's", async () => {
    const template = new MemoryWorkbook();
    await setupTemplate(template, { lang: "fi" });
    const region = new MemoryWorkbook();
    await createRegionWorkbook(template, region, { region: "01" });
    const grids = await region.readSheets(["Asetukset", "Tiekartta"]);
    const settings = readSettings(grids.get("Asetukset")!);
    const options = { programme: REGIONAL, region: "01", lang: "fi" as const };

    const first = checkRegionRoadmap(grids, settings, options);
    expect(first.issues).toEqual([]);
    expect(first.key).not.toBeNull();
    // A copy equal cell by cell (a new grid, as the next region's file gives) reads the same.
    const copy = new Map([...grids].map(([name, grid]) => [name, grid.map((row) => [...row])]));
    expect(checkRegionRoadmap(copy, settings, options)).toEqual(first);

    // One end date moved in the next region's copy: that region is named, the others are not.
    const roadmap = copy.get("Tiekartta")!;
    const header = roadmap.findIndex((row) => row.includes("Päättyy"));
    const endColumn = roadmap[header]!.indexOf("Päättyy");
    roadmap[header + 1]![endColumn] = "31.12.2030";
    const moved = checkRegionRoadmap(copy, settings, options);
    expect(moved.issues.map((issue) => issue.code)).toContain("roadmap_differs");
    expect(moved.key).not.toBe(first.key);
    expect(checkRegionRoadmap(grids, settings, options)).toEqual(first);
  });
});
