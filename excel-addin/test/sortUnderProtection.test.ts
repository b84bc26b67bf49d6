/**
 * Issue 9: a preparer sorts and filters the task table of a protected month sheet the add-in wrote, in
 * Excel's own interface (modelled by fakeExcel/userActions after Excel's rules). Whole rows sort and read
 * to the same figures; what Excel would refuse, the stand-in refuses; a sort of some columns only is named.
 */
import { validateMonth } from "../../core/actions/validateMonth";
import { REGIONAL, unitRoadmap } from "../../core/programme/builtins";
import { buildAssessmentSheet } from "../../core/sheets/assessmentSheet";
import { buildMonthSheet } from "../../core/sheets/buildMonthSheet";
import { monthColumn } from "../../core/sheets/monthLayout";
import type { WorkbookSettings } from "../../core/sheets/settingsSheet";
import { templateSheets } from "../../core/sheets/templateSheets";
import { OfficeWorkbook } from "../src/host/OfficeWorkbook";
import type { FakeExcel } from "./fakeExcel";
import { createFakeExcel } from "./fakeExcel";
import { columnLetters } from "./fakeExcel/model";
import { userSort, userType } from "./fakeExcel/userActions";

const unit = REGIONAL.units.find((u) => u.code === "05")!;
const roadmap = unitRoadmap(REGIONAL, unit.code);
const first = 10;
const last = first + roadmap.length - 1;
const body = `A${first}:N${last}`;
const letter = (column: Parameters<typeof monthColumn>[0]) => columnLetters(monthColumn(column));
const STATUSES = ["Valmis", "Käynnissä", "Ei aloitettu", "Ei koske"];

async function regionWorkbook(): Promise<{ fake: FakeExcel; workbook: OfficeWorkbook }> {
  const fake = createFakeExcel({ sheets: ["Sheet1"] });
  const context = fake.newContext() as unknown as Excel.RequestContext;
  const workbook = new OfficeWorkbook(context, {
    isSetSupported: (version) => fake.Office.context.requirements.isSetSupported("ExcelApi", version),
  });
  const settings: WorkbookSettings = {
    programmeId: "regional",
    role: "region",
    region: "05",
    lang: "fi",
    templateVersion: REGIONAL.templateVersion,
    regions: [],
  };
  const month = (m: string) => buildMonthSheet({ programme: REGIONAL, unit, roadmap, month: m, lang: "fi" });
  const assessment = (m: string) => buildAssessmentSheet({ programme: REGIONAL, unit, month: m, lang: "fi" });
  await workbook.writeSheets([
    ...templateSheets(REGIONAL, settings, "fi"),
    month("2022-08"),
    assessment("2022-08"),
  ]);
  await workbook.writeSheets([month("2022-09"), assessment("2022-09")]);
  await workbook.closeSheets(["2022-08", "2022-08 arvio"]);
  return { fake, workbook };
}

async function figures(workbook: OfficeWorkbook) {
  const result = await validateMonth(workbook, { month: "2022-09" });
  return result;
}

describe("sorting the task table under protection (Office.js stand-in, Excel's rules)", () => {
  let fake: FakeExcel;
  let workbook: OfficeWorkbook;
  const sheet = () => fake.model.find("2022-09")!;

  beforeEach(async () => {
    ({ fake, workbook } = await regionWorkbook());
    // The preparer fills in statuses, a comment on every seventh task, as typed into the yellow cells.
    roadmap.forEach((task, i) => {
      expect(userType(sheet(), `${letter("status")}${first + i}`, STATUSES[i % 4]!)).toBeNull();
      if (i % 7 === 0)
        expect(userType(sheet(), `${letter("comment")}${first + i}`, `Huomio ${task.id}`)).toBeNull();
    });
  }, 60_000);

  it("sorts whole rows by status, by subtask and back by id, and reads the same figures every time", async () => {
    const before = await figures(workbook);
    expect(before.issues.filter((i) => i.severity === "error")).toEqual([]);
    for (const by of ["status", "subtask", "id"] as const) {
      userSort(sheet(), body, monthColumn(by));
      const after = await figures(workbook);
      expect([by, after.message, after.issues]).toEqual([by, before.message, before.issues]);
    }
    // The sort did move rows: the first row is now another task's than before the status sort.
    userSort(sheet(), body, monthColumn("status"));
    expect(sheet().cell(first - 1, monthColumn("status"))?.value).toBe("Ei aloitettu");
  });

  it("refuses what Excel refuses: a range with the locked header, and an earlier, closed month", () => {
    expect(() => userSort(sheet(), `A${first - 1}:N${last}`, 0)).toThrow(/protected sheet/);
    expect(() => userSort(fake.model.find("2022-08")!, body, 0)).toThrow(/protected sheet/);
  });

  it("refuses typing into the ids and context with a message that says what to fill; takes the yellow cells", () => {
    for (const column of ["id", "subtask", "previous", "end", "phase"] as const) {
      expect(userType(sheet(), `${letter(column)}${first}`, "x")).toMatch(/^Tämä sarake tulee tiekartasta/);
    }
    expect(userType(sheet(), `${letter("status")}${first}`, "valmis?")).toMatch(/^Arvoa ei hyväksytä/);
    expect(userType(sheet(), `${letter("owner")}${first}`, "Maija")).toBeNull();
    expect(() => userType(sheet(), "B2", "x")).toThrow(/protected sheet/);
  });

  it("names the rows when only some columns were sorted: all but the frozen id and subtask, by status", async () => {
    // Selecting C:N (right of the frozen columns) and sorting sorts those columns alone, without a warning.
    userSort(sheet(), `C${first}:N${last}`, monthColumn("status") - 2);
    const result = await figures(workbook);
    const moved = result.issues.filter((i) => i.code === "task_row_moved");
    // The area and task beside each id are now another row's: most rows are named with their id's cell.
    expect(moved.length).toBeGreaterThan(roadmap.length / 2);
    expect(
      moved.every((i) => /^A\d+$/.test(i.cell ?? "") && i.sheet === "2022-09" && i.severity === "error"),
    ).toBe(true);
    expect(result.message).toMatch(/virhe/);
  });
});
