import { summaryStoreSheet } from "../../core/brief/summaryStore";
import type { Summary } from "../../core/consolidation/SummarySchema";
import { REGIONAL } from "../../core/programme/builtins";
import { syntheticPicture } from "../../test/support/syntheticPicture";
import type { RoadmapRow } from "../../core/programme/ProgrammeSchema";
import { coreActions, discussionBrief, exportLongCsv, nationalActions } from "../src/actions";
import { SheetsWorkbook } from "../src/host/SheetsWorkbook";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";

/** A roadmap of `count` critical tasks, made from the built-in one's rows. */
function roadmap(count: number): RoadmapRow[] {
  const base = REGIONAL.roadmap;
  return Array.from({ length: count }, (_, i) => {
    const row = base[i % base.length]!;
    const group = row.group ?? "1";
    return { ...row, id: `${group}.9.${Math.floor(i / 100) + 1}.${(i % 100) + 1}`, group, critical: true };
  });
}

/** A region's spreadsheet made by the core's actions on the fake, with month sheets for 2022-09 and 2022-10. */
async function regionFile(tasks: number) {
  const env = createFakeAppsScript();
  const spreadsheet = env.addSpreadsheet("Alue", { active: true });
  const workbook = new SheetsWorkbook(spreadsheet, env.globals.SpreadsheetApp);
  await coreActions.setupTemplate(workbook, { lang: "fi", roadmap: roadmap(tasks) });
  await coreActions.createRegionWorkbook(workbook, workbook, { region: "05" });
  await coreActions.createMonthSheet(workbook, { month: "2022-09" });
  return { env, spreadsheet, workbook };
}

describe("the core's actions on Google Sheets", () => {
  it("creates a real month sheet for a 100-task and a 5,000-task roadmap in the same number of calls", async () => {
    const counts = [];
    for (const tasks of [100, 5000]) {
      const { env, spreadsheet } = await regionFile(tasks);
      const fresh = new SheetsWorkbook(spreadsheet, env.globals.SpreadsheetApp);
      const log = await env.log.measure(() => coreActions.createMonthSheet(fresh, { month: "2022-10" }));
      expect(env.sheet(spreadsheet, "2022-10")._maxRows).toBeGreaterThan(tasks);
      counts.push(log.byMethod());
    }
    expect(counts[1]).toEqual(counts[0]);
    // Since issue 9: the month sheet, its self-assessment sheet, and the earlier month's two closed.
    expect(Object.values(counts[0]!).reduce((a, b) => a + b, 0)).toBe(316);
  }, 120_000);

  it("reads a region for consolidation in 18 calls, whatever the month sheet's length and however many sheets the file has", async () => {
    const counts = [];
    for (const tasks of [100, 5000]) {
      const { env, spreadsheet } = await regionFile(tasks);
      const app = env.globals.SpreadsheetApp;
      const url = spreadsheet.getUrl();
      const log = await env.log.measure(() =>
        coreActions.readRegion(
          { label: "Alue", workbook: new SheetsWorkbook(app.openByUrl(url), app) },
          { month: "2022-09", programme: REGIONAL, lang: "fi" },
        ),
      );
      counts.push(log.byMethod());
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]).toEqual({
      "SpreadsheetApp.openByUrl": 1,
      // The settings sheet and the month's self-assessment sheet by their three names (fi, sv, en), the
      // month sheet, and the roadmap sheet in the settings' language (to name a copy that differs from
      // the national one): no listing of sheets.
      "Spreadsheet.getSheetByName": 8,
      "Sheet.getDataRange": 4,
      "Range.getValues": 4,
      // Once, for the dates of the month sheet.
      "Spreadsheet.getSpreadsheetTimeZone": 1,
    });
  }, 120_000);

  it("makes the discussion brief and the long-format CSV in the same calls for 1 and 300 files, 100 and 5,000 tasks", async () => {
    const counts: Record<string, Record<string, Record<string, number>>> = {};
    for (const [tasks, files] of [
      [100, 1],
      [100, 300],
      [5000, 1],
    ] as const) {
      const env = createFakeAppsScript();
      const spreadsheet = env.addSpreadsheet("Kansallinen", { active: true });
      const app = env.globals.SpreadsheetApp;
      // Two consolidated months' hidden picture data, each region's task rows kept.
      const ids = roadmap(tasks).map((t) => t.id);
      const month = (key: string): Summary => {
        const { summary } = syntheticPicture(files);
        const regions = summary.regions.map((r) => ({
          ...r,
          tasks: ids.map((id) => ({
            id,
            status: "in_progress" as const,
            comment: "",
            expected: null,
            owner: "",
          })),
        }));
        return { ...summary, month: key, regions };
      };
      await new SheetsWorkbook(spreadsheet, app).writeSheets([
        summaryStoreSheet(month("2022-08"), "fi"),
        summaryStoreSheet(month("2022-09"), "fi"),
      ]);
      const brief = await env.log.measure(() =>
        discussionBrief(new SheetsWorkbook(spreadsheet, app), { month: "2022-09", lang: "fi" }),
      );
      let rows = 0;
      const csv = await env.log.measure(async () => {
        const result = await exportLongCsv(new SheetsWorkbook(spreadsheet, app), { lang: "fi" });
        rows = result.csv!.split("\r\n").length - 2;
      });
      expect(rows).toBe(2 * files * tasks);
      counts[`${tasks} tasks, ${files} files`] = { brief: brief.byMethod(), csv: csv.byMethod() };
    }
    // One listing, then the two months' hidden sheets (the brief: this month's and last month's; the
    // CSV: every month's, three calls a month) read by name: 10 calls each, whatever the size.
    const calls = {
      "Spreadsheet.getSheets": 1,
      "Sheet.getName": 3,
      "Spreadsheet.getSheetByName": 2,
      "Sheet.getDataRange": 2,
      "Range.getValues": 2,
    };
    expect(counts).toEqual({
      "100 tasks, 1 files": { brief: calls, csv: calls },
      "100 tasks, 300 files": { brief: calls, csv: calls },
      "5000 tasks, 1 files": { brief: calls, csv: calls },
    });
  }, 120_000);

  it("applies a roadmap revision to a region in the same calls for a 100-task and a 5,000-task roadmap", async () => {
    const counts = [];
    for (const tasks of [100, 5000]) {
      const { env, spreadsheet } = await regionFile(tasks);
      const app = env.globals.SpreadsheetApp;
      const [first, ...rest] = roadmap(tasks);
      const revised = [{ ...first!, subtask: `${first!.subtask} (tarkennettu)` }, ...rest.slice(1)];
      const url = spreadsheet.getUrl();
      const log = await env.log.measure(async () => {
        const result = await nationalActions.updateRoadmap(new SheetsWorkbook(app.openByUrl(url), app), {
          roadmap: revised,
          version: "1.1",
        });
        expect(result).toMatchObject({ ok: true, month: "2022-09" });
      });
      counts.push(log.byMethod());
    }
    expect(counts[1]).toEqual(counts[0]);
    // What "Päivitä tiekartta kaikille alueille" costs per region: open it, list (a call a sheet) and
    // read its sheets, rewrite the roadmap, settings and current month sheets, the month sheet keeping
    // its protection's editors (a call each), the settings' hidden key column styled and hidden.
    expect(Object.values(counts[0]!).reduce((a, b) => a + b, 0)).toBe(300);
  }, 120_000);
});
