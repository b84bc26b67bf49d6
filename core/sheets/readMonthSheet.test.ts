import { readRegion } from "../consolidation/readRegion";
import { REGIONAL } from "../programme/builtins";
import { statusOf } from "../status/statusOf";
import { MemoryWorkbook } from "../../test/support/MemoryWorkbook";
import { buildSettingsSheet } from "./settingsSheet";
import type { SpecCell } from "./SheetSpec";
import {
  ASSESSMENTS_TYPED,
  filledMonth,
  MONTH,
  oldLayout,
  RISKS_TYPED,
  ROADMAP,
  specCells,
  TYPED,
  UNIT,
} from "./_test/monthFixtures";
import { readMonthSheet } from "./readMonthSheet";

const options = { roadmap: ROADMAP, programme: REGIONAL, sheet: MONTH };

describe("readMonthSheet", () => {
  const filled = filledMonth();
  const own = { assessments: { sheet: filled.assessmentSheet, grid: filled.assessments } };

  it("reads today's layout: statuses beside the subtask, assessments and risks on their own sheet", () => {
    const reading = readMonthSheet(filled.month, { ...options, ...own });
    const status = statusOf(reading.value.table);
    expect(status(ROADMAP[0]!.id)).toBe("done");
    expect(status(ROADMAP[1]!.id)).toBe("in_progress");
    expect(status(ROADMAP[3]!.id)).toBe("not_applicable");
    expect(reading.issues.map((i) => [i.code, i.cell])).toEqual([["unknown_status", "D12"]]);
    expect(reading.value.assessments.filter((a) => a.code).map((a) => [a.groupId, a.code, a.note])).toEqual(
      ASSESSMENTS_TYPED.map((a) => [a.groupId, a.code, a.note]),
    );
    expect(reading.value.risks.map((r) => [r.group, r.severity, r.description])).toEqual(
      RISKS_TYPED.map((r) => [r.group, r.severity, r.description]),
    );
    expect(reading.value.rows.find((r) => r.id === ROADMAP[0]!.id)).toMatchObject({
      comment: TYPED[ROADMAP[0]!.id]!.comment,
      owner: "Maija",
    });
  });

  it("reads the earlier layout (status in J, assessments and risks below the table) the same way", () => {
    const old = oldLayout(filled);
    expect(old[15]![9]).toBe("Tila");
    const before = readMonthSheet(old, options);
    const now = readMonthSheet(filled.month, { ...options, ...own });
    const ids = ROADMAP.map((t) => t.id);
    expect(ids.map(statusOf(before.value.table))).toEqual(ids.map(statusOf(now.value.table)));
    expect(before.value.rows).toEqual(now.value.rows);
    const strip = <T extends { cell?: string; row?: number }>(items: T[]) =>
      items.map(({ cell: _c, row: _r, ...rest }) => rest);
    expect(strip(before.value.assessments)).toEqual(strip(now.value.assessments));
    expect(strip(before.value.risks)).toEqual(strip(now.value.risks));
    // The unknown status is named where it is in each layout.
    expect(before.issues.map((i) => i.cell)).toEqual(["J19"]);
  });

  it("without the assessment sheet, finds no assessments rather than reading the task table as them", () => {
    const reading = readMonthSheet(filled.month, options);
    expect(reading.value.assessments).toEqual([]);
    expect(reading.value.risks).toEqual([]);
    expect(statusOf(reading.value.table)(ROADMAP[0]!.id)).toBe("done");
  });
});

describe("readRegion on both layouts", () => {
  const settings = buildSettingsSheet(
    {
      programmeId: "regional",
      role: "region",
      region: UNIT.code,
      lang: "fi",
      templateVersion: REGIONAL.templateVersion,
      regions: [],
    },
    REGIONAL,
    "fi",
  );

  async function read(sheets: Record<string, readonly (readonly SpecCell[])[]>) {
    const workbook = MemoryWorkbook.withSheets({ [settings.name]: settings.cells, ...sheets });
    return readRegion({ label: "alue-05.xlsx", workbook }, { month: MONTH, programme: REGIONAL, lang: "fi" });
  }

  it("consolidates a workbook in today's layout and one in the earlier layout to the same figures", async () => {
    const filled = filledMonth();
    const now = await read({
      [MONTH]: specCells(filled.month),
      [filled.assessmentSheet]: specCells(filled.assessments),
    });
    const before = await read({ [MONTH]: specCells(oldLayout(filled)) });
    expect(now.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual(["unknown_status"]);
    expect(now.reporting).toBe(true);
    expect(now.measures?.schedule.started.count).toBeGreaterThan(0);
    expect(before.measures).toEqual(now.measures);
    expect(before.groups).toEqual(now.groups);
    expect(before.assessments).toEqual(now.assessments);
    expect(before.risks).toEqual(now.risks);
    expect(now.assessments.filter((a) => a.code)).toHaveLength(2);
    expect(now.risks).toHaveLength(1);
  });
});
