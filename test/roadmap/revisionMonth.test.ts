/**
 * Month-over-month change across a roadmap revision (issue #11): the national workbook logs from which
 * month the new version counts; that month's change figures compare the same tasks in both months, and
 * the summary sheet and the report say that the roadmap changed and how.
 */
import { consolidate, updateRoadmap } from "../../core/actions";
import type { ConsolidateResult } from "../../core/actions";
import { reportingCalendar } from "../../core/calendar/reportingCalendar";
import { MEASURE_KEYS, readHistory } from "../../core/consolidation/history";
import { SummarySchema } from "../../core/consolidation/SummarySchema";
import { simulateMonth } from "../../core/demo/simulateMonth";
import { REGIONAL, unitRoadmap } from "../../core/programme/builtins";
import type { StatusCode } from "../../core/programme/ProgrammeSchema";
import { computeUnitReadiness } from "../../core/readiness/computeUnitReadiness";
import type { Measures } from "../../core/readiness/Measures";
import { poolMeasures } from "../../core/readiness/poolMeasures";
import { renderReport } from "../../core/report/renderReport";
import { readRevisions } from "../../core/revisions/revisionsSheet";
import { parseStatus } from "../../core/status/parseStatus";
import { MemoryWorkbook } from "../support/MemoryWorkbook";
import { demoRegions, readGrid, typeCells } from "./_support/demoRegions";
import { CHANGED, REVISED, REVISED_VERSION } from "./_support/revision";

jest.setTimeout(180_000);

let national: MemoryWorkbook;
let august: ConsolidateResult;
let september: ConsolidateResult;

beforeAll(async () => {
  const regions = await demoRegions(["2022-08", "2022-09"]);
  const sources = () => [...regions].map(([code, workbook]) => ({ label: code, workbook }));
  national = new MemoryWorkbook();
  august = await consolidate(national, sources(), { month: "2022-08" });
  // Applied after August's picture: it counts from September, the month after the latest in the history.
  const applied = await updateRoadmap(national, { roadmap: REVISED, version: REVISED_VERSION });
  expect(applied.ok).toBe(true);
  for (const workbook of regions.values()) {
    expect((await updateRoadmap(workbook, { roadmap: REVISED, version: REVISED_VERSION })).ok).toBe(true);
  }
  // Region 01 starts the task the revision added at once: not a new start against August.
  const region = regions.get("01")!;
  const grid = await readGrid(region, "2022-09");
  const header = grid.findIndex((row) => row[0] === "Tunnus");
  const row = grid.findIndex((r) => r[0] === CHANGED.added[0]);
  await typeCells(region, "2022-09", [{ row, column: grid[header]!.indexOf("Tila"), value: "Käynnissä" }]);
  september = await consolidate(national, sources(), { month: "2022-09" });
});

/** What the reader makes of the simulator's statuses for a month, task by task. */
function typed(code: string, month: string): (id: string) => StatusCode | undefined {
  const entries = simulateMonth(REGIONAL, unitRoadmap(REGIONAL, code), code, month).entries;
  return (id) => {
    const entry = entries.get(id);
    if (!entry) return undefined;
    return entry.typed === undefined
      ? entry.status
      : (parseStatus(entry.typed, REGIONAL.statuses) ?? undefined);
  };
}

/** The reference: August and September measured on the revised roadmap over the tasks both months have. */
function sameTaskReference(): { now: Measures; before: Measures } {
  const now: Measures[] = [];
  const before: Measures[] = [];
  const options = { target: REGIONAL.target, groups: REGIONAL.groups };
  for (const unit of REGIONAL.units) {
    const previous = typed(unit.code, "2022-08");
    const current = typed(unit.code, "2022-09");
    const same = REVISED.filter((t) => previous(t.id) !== undefined);
    before.push(
      computeUnitReadiness(same, (id) => previous(id)!, {
        ...options,
        asOf: reportingCalendar("2022-08").asOf,
      }).measures,
    );
    now.push(
      computeUnitReadiness(same, (id) => current(id) ?? "not_started", {
        ...options,
        asOf: reportingCalendar("2022-09").asOf,
      }).measures,
    );
  }
  return { now: poolMeasures(now), before: poolMeasures(before) };
}

const points = (now: Measures, before: Measures) =>
  MEASURE_KEYS.map(([v, k]) => Math.round((now[v][k].share! - before[v][k].share!) * 1000) / 10);

function summaryCells(): (readonly unknown[])[] {
  return national.specOf("Yhteenveto")!.cells as (readonly unknown[])[];
}

describe("a month in which the roadmap changed", () => {
  it("is logged in the national workbook with the versions and what changed", async () => {
    expect(readRevisions(await readGrid(national, "Tiekartan versiot"))).toEqual([
      {
        month: "2022-09",
        from: "1.0",
        to: "1.1",
        added: 2,
        retired: 2,
        renamed: 1,
        moved: 1,
        dates: 1,
        critical: 2,
      },
    ]);
  });

  it("compares like with like in the national change column", () => {
    const reference = sameTaskReference();
    const expected = points(reference.now, reference.before);
    const shown = summaryCells()
      .slice(6, 10)
      .map((row) => row[4]);
    expect(shown).toEqual(expected);
    // The naive change (all of September against all of August) differs: the test can tell them apart.
    expect(points(september.summary!.national, august.summary!.national)).not.toEqual(expected);
  });

  it("says on the summary sheet and in the report that the roadmap changed and how", () => {
    const note =
      "Tiekartta muuttui tässä kuussa (versio 1.0 → 1.1: 2 uutta ja 2 poistunutta tehtävää, 5 muuttunutta).";
    expect(String(summaryCells()[4]?.[0])).toContain(note);
    expect(renderReport(september.picture!)).toContain(note);
    expect(renderReport(august.picture!)).not.toContain("Tiekartta muuttui");
  });

  it("marks the revision in the summary JSON: versions and counts of what changed", () => {
    const json = SummarySchema.parse(JSON.parse(JSON.stringify(september.summary)));
    expect(json.roadmapChange).toEqual({
      month: "2022-09",
      from: "1.0",
      to: "1.1",
      added: CHANGED.added.length,
      retired: CHANGED.retired.length,
      renamed: 1,
      moved: 1,
      dates: 1,
      critical: 2,
    });
    expect(august.summary!.roadmapChange).toBeNull();
  });

  it("marks the month's rows on the Historia sheet, and the mark is kept as the record is", async () => {
    const history = readHistory(await readGrid(national, "Historia"));
    const marks = (month: string) =>
      new Set(history.filter((row) => row.month === month).map((row) => row.roadmapChange ?? null));
    expect(marks("2022-09")).toEqual(new Set(["1.0 → 1.1: 2 uutta, 2 poistunutta, 5 muuttunutta tehtävää"]));
    expect(marks("2022-08")).toEqual(new Set([null]));
    expect(history.filter((row) => row.month === "2022-09")).toHaveLength(REGIONAL.units.length);
  });

  it("counts no task the revision added as a region's new start", () => {
    const reading = september.picture!.readings.find((r) => r.code === "01")!;
    const naive = reading.change!.newStarts;
    expect(reading.sameTasks!.change.newStarts).toBeLessThan(naive);
    const row = summaryCells().find((r) => r[0] === "01")!;
    expect(row[11]).toBe(reading.sameTasks!.change.newStarts);
  });
});
