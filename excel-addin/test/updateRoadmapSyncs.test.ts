/**
 * "Päivitä tiekartta" in Excel (issue #11): the whole action costs a constant number of `context.sync()`
 * round trips whatever the roadmap's size, and each request stays under Excel on the web's 5 MB.
 */
import {
  createMonthSheet,
  createRegionWorkbook,
  setupTemplate,
  updateRoadmapFromSheet,
} from "../../core/actions";
import { REGIONAL } from "../../core/programme/builtins";
import { buildRoadmapSheet } from "../../core/sheets/roadmapSheet";
import { syntheticRoadmap } from "../../test/bench/_lib/syntheticRoadmap";
import { OfficeWorkbook } from "../src/host/OfficeWorkbook";
import type { FakeExcel } from "./fakeExcel";
import { PAYLOAD_LIMIT_BYTES, createFakeExcel } from "./fakeExcel";

function workbookOver(fake: FakeExcel): OfficeWorkbook {
  const context = fake.newContext() as unknown as Excel.RequestContext;
  return new OfficeWorkbook(context, {
    isSetSupported: (version) => fake.Office.context.requirements.isSetSupported("ExcelApi", version),
  });
}

/** A region workbook of `tasks` tasks with a month sheet and a revision pasted: one task retired, one added. */
async function revise(tasks: number) {
  const roadmap = syntheticRoadmap(tasks);
  const fake = createFakeExcel();
  await setupTemplate(workbookOver(fake), { lang: "fi", roadmap });
  await createRegionWorkbook(workbookOver(fake), workbookOver(fake), { region: "05" });
  await createMonthSheet(workbookOver(fake), { month: "2022-09" });
  const revised = [...roadmap.slice(1), { ...roadmap[0]!, id: "9.9.9.9" }];
  const pasted = buildRoadmapSheet({ ...REGIONAL, roadmap: revised }, "fi");
  await workbookOver(fake).writeSheets([
    { name: "Uusi tiekartta", cells: [["Versio", "2.0"], [], ...pasted.cells] },
  ]);
  fake.resetStats();
  const result = await updateRoadmapFromSheet(workbookOver(fake), { lang: "fi" });
  return { result, syncs: fake.stats.syncCount, requests: [...fake.stats.requestBytes] };
}

describe("updateRoadmapFromSheet over OfficeWorkbook", () => {
  it("costs the same syncs for 100 and 5,000 tasks, each request under 5 MB", async () => {
    const small = await revise(100);
    const large = await revise(5000);
    expect(small.result).toMatchObject({ ok: true, month: "2022-09" });
    expect(large.result).toMatchObject({ ok: true, month: "2022-09" });
    expect(large.result.diff?.added.map((t) => t.id)).toEqual(["9.9.9.9"]);
    expect(large.syncs).toBe(small.syncs);
    // List and read the pasted sheet, list and read what the update needs (each read checks its sheets
    // first and is sized before it is read), write roadmap, settings, month.
    expect(small.syncs).toBe(9);
    expect(Math.max(...large.requests)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  }, 120_000);
});
