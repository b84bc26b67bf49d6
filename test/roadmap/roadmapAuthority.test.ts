/**
 * Which roadmap counts (issue #11): the national side owns the roadmap; a region's own copy never changes
 * how the others, or itself, are measured, whatever order the files come in.
 */
import fc from "fast-check";
import type { ExcelJsWorkbook } from "../../cli/xlsx/ExcelJsWorkbook";
import { consolidate, createMonthSheet, createRegionWorkbook, setupTemplate } from "../../core/actions";
import type { RegionSource } from "../../core/actions";
import type { Summary } from "../../core/consolidation/SummarySchema";
import { REGIONAL } from "../../core/programme/builtins";
import { MemoryWorkbook } from "../support/MemoryWorkbook";
import { buildRegionWorkbook, plausibleFill } from "../cli/_support/regionFiles";
import { moveEnd, onlyCritical, renameTask } from "./_support/roadmapEdits";

jest.setTimeout(120_000);

const MONTH = "2022-09";
const CODES = ["01", "02", "05", "09", "14", "21"];
const RETIRED = "9.9.9.9";

let plain: Record<string, RegionSource>;
let edited: RegionSource;
let oldVersion: RegionSource;
let actors: RegionSource;
let lackedTask: string;

async function region(code: string): Promise<ExcelJsWorkbook> {
  return buildRegionWorkbook(code, { months: ["2022-08", MONTH], fill: plausibleFill });
}

beforeAll(async () => {
  plain = {};
  for (const code of CODES) plain[code] = { label: `alue-${code}.xlsx`, workbook: await region(code) };
  const criticalOne = REGIONAL.roadmap.find((t) => t.critical)!.id;
  const editedBook = await region("03");
  onlyCritical(editedBook, criticalOne);
  edited = { label: "alue-03.xlsx", workbook: editedBook };
  const oldBook = await region("07");
  lackedTask = REGIONAL.roadmap.filter((t) => t.critical)[4]!.id;
  renameTask(oldBook, lackedTask, RETIRED, ["2022-08", MONTH]);
  moveEnd(oldBook, REGIONAL.roadmap[0]!.id, new Date(Date.UTC(2023, 5, 30)));
  oldVersion = { label: "alue-07.xlsx", workbook: oldBook };
  const template = new MemoryWorkbook();
  await setupTemplate(template, { programmeId: "national-actors" });
  const stm = new MemoryWorkbook();
  await createRegionWorkbook(template, stm, { region: "STM" });
  await createMonthSheet(stm, { month: MONTH });
  actors = { label: "stm.xlsx", workbook: stm };
});

async function run(sources: readonly RegionSource[]): Promise<Summary> {
  const result = await consolidate(new MemoryWorkbook(), sources, { month: MONTH });
  if (!result.summary) throw new Error(result.message);
  return result.summary;
}

function figures(summary: Summary) {
  return {
    reporting: summary.reporting,
    national: summary.national,
    groups: summary.groups,
    regions: summary.regions,
  };
}

/** Issues as a multiset: their order follows the input only for files that name no region. */
function issueSet(summary: Summary): string[] {
  return summary.issues.map((i) => JSON.stringify(i)).sort();
}

function regionFigures(summary: Summary, code: string) {
  return summary.regions.find((r) => r.code === code);
}

describe("one roadmap decides", () => {
  it("measures every region the same whether an edited roadmap comes first or second", async () => {
    const others = CODES.map((c) => plain[c]!);
    const reference = await run([...others, { ...edited, workbook: await region("03") }]);
    const first = await run([edited, ...others]);
    const second = await run([others[0]!, edited, ...others.slice(1)]);
    expect(figures(first)).toEqual(figures(reference));
    expect(figures(second)).toEqual(figures(reference));
    // The edited region itself is measured against the national roadmap, not its one critical task.
    expect(regionFigures(first, "03")?.measures?.readiness.done.of).toBeGreaterThan(1);
    const differs = first.issues.filter((i) => i.code === "roadmap_differs");
    expect(differs.map((i) => i.region)).toEqual(["03"]);
    expect(differs[0]!.message).toMatch(/kriittisyys eri \d+ tehtävässä/);
    expect(first.issues.some((i) => i.code === "roadmaps_disagree" && i.message.includes("03"))).toBe(true);
  });

  it("keeps the regional programme when a national actor's file comes first, and names that file", async () => {
    const others = CODES.map((c) => plain[c]!);
    const summary = await run([actors, ...others]);
    expect(summary.programme).toBe("regional");
    expect(summary.reporting).toEqual({ count: CODES.length, of: REGIONAL.units.length });
    expect(figures(summary)).toEqual(figures(await run(others)));
    const named = summary.issues.filter((i) => i.code === "other_programme");
    expect(named).toHaveLength(1);
    expect(named[0]!.message).toContain("national-actors");
  });

  it("names a region on an old roadmap version and measures it against the national roadmap", async () => {
    const summary = await run([oldVersion, plain["01"]!]);
    const own = summary.issues.filter((i) => i.region === "07");
    const differs = own.find((i) => i.code === "roadmap_differs")!;
    expect(differs.message).toContain(`puuttuu 1 tehtävää (${lackedTask})`);
    expect(differs.message).toContain(`1 poistunutta tehtävää (${RETIRED})`);
    expect(differs.message).toContain(`päivämäärät eri 1 tehtävässä (${REGIONAL.roadmap[0]!.id})`);
    // The task it lacks is named as missing and counts as not started; the retired one is a note.
    expect(own.find((i) => i.code === "missing_task")).toMatchObject({
      taskId: lackedTask,
      severity: "error",
    });
    expect(own.find((i) => i.code === "retired_task")).toMatchObject({
      taskId: RETIRED,
      severity: "warning",
    });
    expect(own.some((i) => i.code === "unknown_task")).toBe(false);
    const reference = await run([{ ...oldVersion, workbook: await region("07") }]);
    const measured = regionFigures(summary, "07")!.measures!;
    // Same population as a region on the national roadmap; at most the one lacked task fewer started.
    expect(measured.readiness.started.of).toBe(
      regionFigures(reference, "07")!.measures!.readiness.started.of,
    );
    expect(measured.readiness.started.count).toBeLessThanOrEqual(
      regionFigures(reference, "07")!.measures!.readiness.started.count,
    );
  });

  it("gives identical figures for every order of the input files", async () => {
    const sources = [...CODES.map((c) => plain[c]!), edited, oldVersion, actors];
    const reference = await run(sources);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(sources, { minLength: sources.length }), async (shuffled) => {
        const summary = await run(shuffled);
        expect(figures(summary)).toEqual(figures(reference));
        expect(issueSet(summary)).toEqual(issueSet(reference));
      }),
      { numRuns: 12 },
    );
  });
});
