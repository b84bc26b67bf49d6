import type { CellValue } from "../_lib/cells";
import type { StatusCode } from "../programme/ProgrammeSchema";
import { parseStatusTable } from "../status/parseStatusTable";
import { statusOf } from "../status/statusOf";
import { STATUSES, task } from "./_test/fixtures";
import { computeMeasures } from "./computeMeasures";

const DATES = { asOf: "2022-09-30", target: "2023-01-01" };

function lookup(statuses: Record<string, StatusCode>): (id: string) => StatusCode {
  return (id) => statuses[id] ?? "not_started";
}

describe("computeMeasures", () => {
  it("computes the worked example of PRODUCT.md §3", () => {
    const roadmap = [
      task("A", "2021-09-01", "2021-12-31"),
      task("B", "2022-03-01", "2022-10-31"),
      task("C", "2022-06-01", "2022-09-30"),
      task("D", "2022-10-01", "2022-12-31"),
      task("E", "2023-01-01", "2023-01-31"),
      task("F", "2022-01-01", "2022-06-30"),
    ];
    const status = lookup({
      A: "done",
      B: "in_progress",
      C: "not_started",
      D: "in_progress",
      E: "not_started",
      F: "not_applicable",
    });
    expect(computeMeasures(roadmap, status, DATES)).toEqual({
      schedule: { started: { count: 2, of: 3, share: 2 / 3 }, done: { count: 1, of: 2, share: 0.5 } },
      readiness: { started: { count: 3, of: 4, share: 0.75 }, done: { count: 1, of: 4, share: 0.25 } },
    });
  });

  it("counts only critical tasks", () => {
    const roadmap = [
      task("A", "2022-01-01", "2022-02-01"),
      task("B", "2022-01-01", "2022-02-01", { critical: false }),
    ];
    const measures = computeMeasures(roadmap, () => "done", DATES);
    expect(measures.schedule.done).toEqual({ count: 1, of: 1, share: 1 });
    expect(measures.readiness.started).toEqual({ count: 1, of: 1, share: 1 });
  });

  it("takes a task starting or ending on the reporting or target date as due", () => {
    const roadmap = [task("A", "2022-09-30", "2022-09-30"), task("B", "2022-10-01", "2023-01-01")];
    const measures = computeMeasures(roadmap, () => "in_progress", DATES);
    expect(measures.schedule.started).toEqual({ count: 1, of: 1, share: 1 });
    expect(measures.schedule.done).toEqual({ count: 0, of: 1, share: 0 });
    expect(measures.readiness.started).toEqual({ count: 2, of: 2, share: 1 });
  });
});

describe("computeMeasures edge cases", () => {
  const nullShare = { count: 0, of: 0, share: null };

  it("gives null shares for an empty population", () => {
    expect(computeMeasures([], () => "done", DATES)).toEqual({
      schedule: { started: nullShare, done: nullShare },
      readiness: { started: nullShare, done: nullShare },
    });
  });

  it("gives null shares, not 0 %, when no task is due yet", () => {
    const measures = computeMeasures([task("A", "2022-10-01", "2023-06-30")], () => "not_started", DATES);
    expect(measures.schedule.started).toEqual(nullShare);
    expect(measures.schedule.done).toEqual(nullShare);
    expect(measures.readiness.done).toEqual(nullShare);
  });

  it("gives null shares with of 0 when every task is not applicable", () => {
    const roadmap = [task("A", "2021-09-01", "2021-12-31"), task("B", "2022-03-01", "2022-10-31")];
    expect(computeMeasures(roadmap, () => "not_applicable", DATES)).toEqual({
      schedule: { started: nullShare, done: nullShare },
      readiness: { started: nullShare, done: nullShare },
    });
  });

  it("leaves a task without a start or end out of the figures that need that date", () => {
    const roadmap = [
      task("noStart", null, "2022-06-30"),
      task("noEnd", "2022-01-01", null),
      task("neither", null, null),
    ];
    const measures = computeMeasures(roadmap, () => "done", DATES);
    expect(measures.schedule.started).toEqual({ count: 1, of: 1, share: 1 }); // noEnd
    expect(measures.schedule.done).toEqual({ count: 1, of: 1, share: 1 }); // noStart
    expect(measures.readiness.started).toEqual({ count: 1, of: 1, share: 1 }); // noStart
  });

  it("counts an unknown status as not started and reports it with its cell", () => {
    const roadmap = [
      task("1.1", "2022-01-01", "2022-06-30"),
      task("1.2", "2022-01-01", "2022-06-30"),
      task("1.3", "2022-01-01", "2022-06-30"),
    ];
    const header = ["Tunnus", "", "", "", "", "", "", "", "Kommentti", "Tila"];
    const line = (id: string, status: string): CellValue[] => [id, "", "", "", "", "", "", "", "", status];
    // Title and summary rows 1–7, header on row 8, the tasks on rows 9, 11 and 14 (status column J).
    const grid: CellValue[][] = [
      ["Tilannekuva"],
      [],
      ["Aloitettu", 0.5],
      ["Valmis", 0.25],
      [],
      [],
      [],
      header,
      line("1.1", "Valmis"),
      [],
      line("1.2", "Käynnissä"),
      [],
      [],
      line("1.3", "valmis?"),
    ];
    const table = parseStatusTable(grid, { sheet: "2022-09", roadmap, statuses: STATUSES });
    expect(table.issues.map(({ code, cell, value }) => ({ code, cell, value }))).toEqual([
      { code: "unknown_status", cell: "J14", value: "valmis?" },
    ]);
    const measures = computeMeasures(roadmap, statusOf(table.value), DATES);
    expect(measures.schedule.started).toEqual({ count: 2, of: 3, share: 2 / 3 });
    expect(measures.schedule.done).toEqual({ count: 1, of: 3, share: 1 / 3 });
  });
});
