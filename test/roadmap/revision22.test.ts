/**
 * Issue #11, done when: the 22 demo regions mid-programme go through a revision with every kind of change.
 * No entry is lost (checked cell by cell by id), figures equal a reference computed on the new roadmap,
 * and a region left on the old version is named and measured correctly.
 */
import fc from "fast-check";
import type { Grid } from "../../core/_lib/cells";
import { consolidate, updateRoadmap } from "../../core/actions";
import type { ConsolidateResult, RegionInput } from "../../core/actions";
import type { Summary } from "../../core/consolidation/SummarySchema";
import { reportingCalendar } from "../../core/calendar/reportingCalendar";
import { simulateMonth } from "../../core/demo/simulateMonth";
import { REGIONAL, unitRoadmap } from "../../core/programme/builtins";
import type { StatusCode } from "../../core/programme/ProgrammeSchema";
import { computeUnitReadiness } from "../../core/readiness/computeUnitReadiness";
import { poolMeasures } from "../../core/readiness/poolMeasures";
import { diffRoadmaps, isEmptyDiff } from "../../core/roadmap/diffRoadmaps";
import { parseRoadmap } from "../../core/roadmap/parseRoadmap";
import { readMonthSheet } from "../../core/sheets/readMonthSheet";
import { readSettings } from "../../core/sheets/settingsSheet";
import { parseStatus } from "../../core/status/parseStatus";
import { MemoryWorkbook } from "../support/MemoryWorkbook";
import { CHANGED, REVISED, REVISED_VERSION } from "./_support/revision";
import { demoRegions, readGrid } from "./_support/demoRegions";

jest.setTimeout(180_000);

const MONTHS = ["2022-07", "2022-08", "2022-09"];
const CURRENT = "2022-09";
const LEFT_BEHIND = "16";

let regions: Map<string, MemoryWorkbook>;
const before = new Map<string, Map<string, Grid>>();
let consolidated: ConsolidateResult;
let national: MemoryWorkbook;

function readCurrent(grid: Grid) {
  return readMonthSheet(grid, { sheet: CURRENT, roadmap: REVISED, programme: REGIONAL }).value;
}

beforeAll(async () => {
  regions = await demoRegions(MONTHS);
  for (const [code, workbook] of regions) {
    const names = await workbook.sheetNames();
    before.set(code, await workbook.readSheets(names));
  }
  for (const [code, workbook] of regions) {
    if (code === LEFT_BEHIND) continue;
    const result = await updateRoadmap(workbook, { roadmap: REVISED, version: REVISED_VERSION });
    expect(result.ok).toBe(true);
    expect(result.month).toBe(CURRENT);
  }
  // The ministry consolidated September on 1.0, then applied the revision to its national workbook.
  national = new MemoryWorkbook();
  await consolidate(
    national,
    [...regions].map(([code, workbook]) => ({ label: code, workbook })),
    {
      month: "2022-08",
    },
  );
  expect((await updateRoadmap(national, { roadmap: REVISED, version: REVISED_VERSION })).ok).toBe(true);
  consolidated = await consolidate(
    national,
    [...regions].map(([code, workbook]) => ({ label: `alue-${code}.xlsx`, workbook })),
    { month: CURRENT },
  );
});

/** The reference: the simulator's statuses as the reader understands what was typed, on the revised roadmap. */
function referenceStatus(code: string): (id: string) => StatusCode {
  const simulated = simulateMonth(REGIONAL, unitRoadmap(REGIONAL, code), code, CURRENT).entries;
  return (id) => {
    const entry = simulated.get(id);
    if (!entry) return "not_started";
    return entry.typed === undefined
      ? entry.status
      : (parseStatus(entry.typed, REGIONAL.statuses) ?? "not_started");
  };
}

function reference(code: string) {
  const revised = { ...REGIONAL, roadmap: REVISED };
  return computeUnitReadiness(unitRoadmap(revised, code), referenceStatus(code), {
    asOf: reportingCalendar(CURRENT).asOf,
    target: REGIONAL.target,
    groups: REGIONAL.groups,
  });
}

describe("a revision applied to the 22 demo regions", () => {
  it("leaves every earlier month sheet exactly as it was", async () => {
    for (const [code, workbook] of regions) {
      for (const month of MONTHS.filter((m) => m !== CURRENT)) {
        expect({ code, month, grid: await readGrid(workbook, month) }).toEqual({
          code,
          month,
          grid: before.get(code)!.get(month),
        });
      }
    }
  });

  it("keeps every status, comment, date, owner and last month's status of every task, cell by cell", async () => {
    let checked = 0;
    for (const [code, workbook] of regions) {
      if (code === LEFT_BEHIND) continue;
      const old = readCurrent(before.get(code)!.get(CURRENT)!);
      const now = readCurrent(await readGrid(workbook, CURRENT));
      const nowById = new Map(now.rows.map((row) => [row.id, row]));
      expect(now.rows).toHaveLength(old.rows.length + CHANGED.added.length);
      for (const row of old.rows) {
        // Retired tasks' rows too: their latest entry is not lost.
        expect({ code, ...nowById.get(row.id) }).toEqual({ code, ...row });
        checked++;
      }
      for (const id of CHANGED.added) expect(nowById.get(id)?.status ?? null).toBeNull();
      const strip = <T extends object>(items: T[]) =>
        items.map((item) =>
          Object.fromEntries(Object.entries(item).filter(([k]) => k !== "cell" && k !== "row")),
        );
      expect(strip(now.assessments)).toEqual(strip(old.assessments));
      expect(strip(now.risks)).toEqual(strip(old.risks));
    }
    expect(checked).toBe(21 * REGIONAL.roadmap.length);
  });

  it("replaces the roadmap sheet and shows the new version in the settings", async () => {
    for (const [code, workbook] of regions) {
      const grids = await workbook.readSheets(["Tiekartta", "Asetukset"]);
      const roadmap = parseRoadmap(grids.get("Tiekartta")!, { groups: REGIONAL.groups }).value;
      const settings = readSettings(grids.get("Asetukset")!);
      const revised = code !== LEFT_BEHIND;
      expect({
        code,
        same: isEmptyDiff(diffRoadmaps(roadmap, revised ? REVISED : REGIONAL.roadmap)),
      }).toEqual({
        code,
        same: true,
      });
      expect(settings.templateVersion).toBe(revised ? REVISED_VERSION : REGIONAL.templateVersion);
      expect(settings.region).toBe(code);
    }
  });

  it("gives every region, and the nation, the figures of a reference computed on the new roadmap", () => {
    const summary = consolidated.summary!;
    expect(summary.reporting).toEqual({ count: 22, of: 22 });
    for (const region of summary.regions) {
      const expected = reference(region.code);
      expect({ code: region.code, measures: region.measures, groups: region.groups }).toEqual({
        code: region.code,
        measures: expected.measures,
        groups: expected.groups,
      });
    }
    expect(summary.national).toEqual(poolMeasures(REGIONAL.units.map((u) => reference(u.code).measures)));
  });

  it("notes the kept rows of retired tasks as retired, never as unknown tasks", () => {
    const issues = consolidated.summary!.issues;
    expect(issues.filter((i) => i.code === "unknown_task")).toEqual([]);
    for (const unit of REGIONAL.units) {
      const noted = issues
        .filter((i) => i.region === unit.code && i.code === "retired_task")
        .map((i) => i.taskId)
        .sort();
      // Every region, brought up to date or not, keeps the rows of the two retired tasks in September.
      expect({ code: unit.code, noted }).toEqual({ code: unit.code, noted: [...CHANGED.retired].sort() });
    }
  });

  it("names the region left on the old version and says what differs", () => {
    const issues = consolidated.summary!.issues;
    const named = issues.filter((i) => i.code === "roadmap_differs" || i.code === "template_version");
    expect(named.map((i) => `${i.region} ${i.code}`).sort()).toEqual([
      `${LEFT_BEHIND} roadmap_differs`,
      `${LEFT_BEHIND} template_version`,
    ]);
    const message = named.find((i) => i.code === "roadmap_differs")!.message;
    expect(message).toContain(`puuttuu 2 tehtävää (${CHANGED.added.join(", ")})`);
    expect(message).toContain("2 poistunutta tehtävää");
    expect(message).toContain("kriittisyys eri 2 tehtävässä");
    expect(message).toContain(`päivämäärät eri 1 tehtävässä (${CHANGED.dates})`);
    expect(message).toContain(`valmisteluryhmä eri 1 tehtävässä (${CHANGED.moved})`);
    const own = issues.filter((i) => i.region === LEFT_BEHIND);
    expect(own.filter((i) => i.code === "missing_task").map((i) => i.taskId)).toEqual(CHANGED.added);
    expect(
      own
        .filter((i) => i.code === "retired_task")
        .map((i) => i.taskId)
        .sort(),
    ).toEqual([...CHANGED.retired].sort());
    expect(issues.some((i) => i.code === "roadmaps_disagree" && i.message.includes(LEFT_BEHIND))).toBe(true);
  });
});

describe("consolidating the revised regions in any order", () => {
  /** Everything a figure or an issue says, issues as a sorted list (their order follows the files). */
  function picture(summary: Summary) {
    return { ...summary, issues: summary.issues.map((i) => JSON.stringify(i)).sort() };
  }

  it("gives the same figures and issues for every order of the input files", async () => {
    const sources: RegionInput[] = [...regions].map(([code, workbook]) => ({
      label: `alue-${code}.xlsx`,
      workbook,
    }));
    const expected = picture(consolidated.summary!);
    // The property would hold trivially if every region were measured alike: the one left behind is not.
    expect(expected.issues.some((i) => i.includes('"template_version"'))).toBe(true);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(sources, { minLength: sources.length }), async (shuffled) => {
        // Consolidating the month again replaces its rows: the national workbook stays as it was.
        const result = await consolidate(national, shuffled, { month: CURRENT });
        expect(picture(result.summary!)).toEqual(expected);
      }),
      { numRuns: 8 },
    );
  });

  it("gives the same figures for every order without a national workbook, on the --roadmap content", async () => {
    const sources: RegionInput[] = [...regions].map(([code, workbook]) => ({ label: code, workbook }));
    const run = async (inputs: readonly RegionInput[]) =>
      (
        await consolidate(new MemoryWorkbook(), inputs, {
          month: CURRENT,
          roadmap: REVISED,
          roadmapVersion: REVISED_VERSION,
        })
      ).summary!;
    const expected = await run(sources);
    expect(expected.national).toEqual(consolidated.summary!.national);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(sources, { minLength: sources.length }), async (shuffled) => {
        const summary = await run(shuffled);
        expect({ national: summary.national, regions: summary.regions }).toEqual({
          national: expected.national,
          regions: expected.regions,
        });
        expect(picture(summary).issues).toEqual(picture(expected).issues);
      }),
      { numRuns: 8 },
    );
  });
});
