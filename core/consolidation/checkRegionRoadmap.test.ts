import { consolidate, createRegionWorkbook, loadNationalContext, setupTemplate } from "../actions";
import { makeIssue } from "../issues/Issue";
import { REGIONAL } from "../programme/builtins";
import { readSettings } from "../sheets/settingsSheet";
import { MemoryWorkbook } from "../../test/support/MemoryWorkbook";
import { parseRoadmap } from "../roadmap/parseRoadmap";
import { checkRegionRoadmap, noteRetiredTasks, rememberRoadmapCopy } from "./checkRegionRoadmap";

/** A new region's workbook made from the Finnish template, its settings and roadmap sheets read. */
async function newRegion(code: string) {
  const template = new MemoryWorkbook();
  await setupTemplate(template, { lang: "fi" });
  const workbook = new MemoryWorkbook();
  await createRegionWorkbook(template, workbook, { region: code });
  const grids = await workbook.readSheets(["Asetukset", "Tiekartta"]);
  return { workbook, grids, settings: readSettings(grids.get("Asetukset")!) };
}

describe("checkRegionRoadmap", () => {
  it("reads each region's own copy, also when the copies before it were the same template's", async () => {
    const { grids, settings } = await newRegion("01");
    const options = { programme: REGIONAL, region: "01", lang: "fi" as const };

    // The check with its retired ids found, to compare two checks.
    const check = (...args: Parameters<typeof checkRegionRoadmap>) => {
      const result = checkRegionRoadmap(...args);
      return { ...result, retired: [...result.retired()].sort() };
    };
    const first = check(grids, settings, options);
    expect(first.issues).toEqual([]);
    expect(first.key).not.toBeNull();
    // A copy equal cell by cell (a new grid, as the next region's file gives) reads the same.
    const copy = new Map([...grids].map(([name, grid]) => [name, grid.map((row) => [...row])]));
    expect(check(copy, settings, options)).toEqual(first);

    // One end date moved in the next region's copy: that region is named, the others are not.
    const roadmap = copy.get("Tiekartta")!;
    const header = roadmap.findIndex((row) => row.includes("Päättyy"));
    const endColumn = roadmap[header]!.indexOf("Päättyy");
    roadmap[header + 1]![endColumn] = "31.12.2030";
    const moved = check(copy, settings, options);
    expect(moved.issues.map((issue) => issue.code)).toContain("roadmap_differs");
    expect(moved.key).not.toBe(first.key);
    expect(check(grids, settings, options)).toEqual(first);
  });

  it("looks for retired tasks only when a month sheet has rows of unknown tasks", () => {
    let asked = 0;
    const retired = () => {
      asked++;
      return new Set(["9.9.9.9"]);
    };
    const issue = (code: "unknown_task" | "missing_status", taskId: string) =>
      makeIssue({ code, taskId, sheet: "2022-09", cell: "C5" }, "fi");
    expect(noteRetiredTasks([issue("missing_status", "1.1.1.1")], retired, "fi")).toHaveLength(1);
    expect(asked).toBe(0);
    const noted = noteRetiredTasks(
      [
        issue("unknown_task", "9.9.9.9"),
        issue("unknown_task", "8.8.8.8"),
        issue("missing_status", "1.1.1.1"),
      ],
      retired,
      "fi",
    );
    expect(asked).toBe(1);
    expect(noted.map((i) => [i.code, i.taskId])).toEqual([
      ["retired_task", "9.9.9.9"],
      ["unknown_task", "8.8.8.8"],
      ["missing_status", "1.1.1.1"],
    ]);
  });

  it("compares a region's copy with a roadmap remembered from the national workbook instead of parsing it", async () => {
    const { grids, settings } = await newRegion("02");
    const options = { programme: REGIONAL, region: "02", lang: "fi" as const };
    const parseOptions = { groups: REGIONAL.groups, sheet: "Tiekartta", lang: "fi" as const };
    // The national workbook's sheet, as loadNationalContext parsed it: the same cells as the region's.
    const national = grids.get("Tiekartta")!.map((row) => [...row]);
    const nationalRows = parseRoadmap(national, parseOptions).value;
    rememberRoadmapCopy(national, parseOptions, nationalRows);
    const remembered = checkRegionRoadmap(grids, settings, options);
    // The very rows remembered: a parse would have made new ones.
    expect(remembered.own).toBe(nationalRows);
    // What a parse of the region's own copy gives: the same rows, fingerprint and issues.
    rememberRoadmapCopy([], parseOptions, []);
    const parsed = checkRegionRoadmap(grids, settings, options);
    expect(parsed.own).not.toBe(nationalRows);
    expect(parsed.own).toEqual(remembered.own);
    expect(parsed.key).toBe(remembered.key);
    expect(parsed.issues).toEqual(remembered.issues);
  });

  it("is handed the national workbook's roadmap when consolidation loads it", async () => {
    const { workbook, grids, settings } = await newRegion("03");
    const national = new MemoryWorkbook();
    // The first consolidation sets the national workbook up with its own roadmap sheet.
    await consolidate(national, [{ label: "03.xlsx", workbook }], { month: "2022-09" });
    const context = await loadNationalContext(national);
    expect(context.isSetUp).toBe(true);
    const check = checkRegionRoadmap(grids, settings, {
      programme: context.programme,
      region: "03",
      lang: context.lang,
    });
    expect(check.own).toBe(context.programme.roadmap);
    expect(check.issues).toEqual([]);
  });
});
