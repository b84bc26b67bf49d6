import { REVISED } from "../../test/roadmap/_support/revision";
import { coreActions, nationalActions } from "../src/actions";
import { SheetsWorkbook, draftName } from "../src/host/SheetsWorkbook";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";

const OWNER = "analyst@example.fi";
const PREPARER = "valmistelija@alue.fi";
const OTHER = "toinen.valmistelija@alue.fi";
const GROUP = "valmistelijat@alue.fi";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * A region spreadsheet the ministry's analyst owns and shares with the region's preparers through a
 * Google Group, set up by the core's actions. `as(user)` is the workbook that user's execution sees,
 * with `Session.getEffectiveUser` as the host passes it.
 */
async function regionShared() {
  const env = createFakeAppsScript();
  const spreadsheet = env.addSpreadsheet("Alue", { active: true });
  const as = (user: string) => {
    env.runtime.currentUser = user;
    return new SheetsWorkbook(spreadsheet, env.globals.SpreadsheetApp, {
      me: () => env.globals.Session.getEffectiveUser(),
    });
  };
  const owner = as(OWNER);
  await coreActions.setupTemplate(owner, { lang: "fi" });
  await coreActions.createRegionWorkbook(owner, owner, { region: "05" });
  await coreActions.createMonthSheet(owner, { month: "2022-09" });
  env.shareWithGroup(spreadsheet, GROUP, [PREPARER, OTHER]);
  return { env, spreadsheet, as };
}

function protectionOf(env: ReturnType<typeof createFakeAppsScript>, spreadsheet: Spreadsheet, name: string) {
  const [protection] = env.sheet(spreadsheet, name)._protections;
  return protection!;
}

describe("protection in a region spreadsheet with several preparers", () => {
  it("keeps a preparer who edits through a Google Group an editor of the month sheet they create", async () => {
    const { env, spreadsheet, as } = await regionShared();
    const result = await coreActions.createMonthSheet(as(PREPARER), { month: "2022-10" });

    expect(result.ok).toBe(true);
    const protection = protectionOf(env, spreadsheet, "2022-10");
    expect(protection._warningOnly).toBe(false);
    expect([...protection._editors].sort()).toEqual([OWNER, PREPARER]);
    // The other preparer types statuses, not over the roadmap columns.
    env.runtime.currentUser = OTHER;
    const sheet = spreadsheet.getSheetByName("2022-10")!;
    expect(() => sheet.getRange("A1").setValue("x")).toThrow(/protected cell/);
  });

  it("keeps the ids and context protected in Sheets: only the fill-in columns open, sorting is for filter views", async () => {
    const { env, spreadsheet, as } = await regionShared();
    await coreActions.createMonthSheet(as(PREPARER), { month: "2022-10" });
    // Excel needs the task body unlocked to sort it; Sheets does not unprotect it (ACCEPTANCE row 24).
    const protection = protectionOf(env, spreadsheet, "2022-10");
    const open = protection._unprotected.map((range) => env.a1(range));
    expect(open).toHaveLength(1);
    expect(open[0]).toMatch(/^D10:G\d+$/);
    env.runtime.currentUser = OTHER;
    const sheet = spreadsheet.getSheetByName("2022-10")!;
    for (const cell of ["A10", "B10", "C10", "H10", "N10"]) {
      expect(() => sheet.getRange(cell).setValue("x")).toThrow(/protected cell/);
    }
    expect(() => sheet.getRange("D10").setValue("Valmis")).not.toThrow();
  });

  it("falls back to warning-only protection when the editors cannot be restricted", async () => {
    const { env, spreadsheet, as } = await regionShared();
    env.failNext("Protection.removeEditors", "Service Spreadsheets failed while accessing document.");
    const result = await coreActions.createMonthSheet(as(PREPARER), { month: "2022-10" });

    expect(result.ok).toBe(true);
    expect(protectionOf(env, spreadsheet, "2022-10")._warningOnly).toBe(true);
  });

  it("repairs a month sheet left half-written: the next run writes it whole, under its name", async () => {
    const { env, spreadsheet, as } = await regionShared();
    env.failNext("Sheet.protect", "Service Spreadsheets timed out while accessing document.");
    await expect(coreActions.createMonthSheet(as(PREPARER), { month: "2022-10" })).rejects.toThrow(
      /timed out/,
    );
    const names = () => spreadsheet.getSheets().map((s) => s.getName());
    expect(names()).toContain(draftName("2022-10"));
    expect(names()).not.toContain("2022-10");

    const again = await coreActions.createMonthSheet(as(PREPARER), { month: "2022-10" });
    expect(again.ok).toBe(true);
    expect(names()).toContain("2022-10");
    expect(names()).not.toContain(draftName("2022-10"));
    expect(protectionOf(env, spreadsheet, "2022-10")._warningOnly).toBe(false);
  });

  it("keeps the preparer an editor of the month sheet the analyst's roadmap revision rewrites", async () => {
    const { env, spreadsheet, as } = await regionShared();
    await coreActions.createMonthSheet(as(PREPARER), { month: "2022-10" });
    // "Päivitä tiekartta kaikille alueille" runs as the analyst, who owns the region spreadsheet.
    const pushed = await nationalActions.updateRoadmap(as(OWNER), { roadmap: REVISED, version: "1.1" });
    expect([pushed.ok, pushed.month]).toEqual([true, "2022-10"]);
    const protection = protectionOf(env, spreadsheet, "2022-10");
    expect(protection._warningOnly).toBe(false);
    expect([...protection._editors].sort()).toEqual([OWNER, PREPARER]);
    // The preparer can apply a later revision to the same month sheet themselves.
    const again = await nationalActions.updateRoadmap(as(PREPARER), {
      roadmap: REVISED.slice(1),
      version: "1.2",
    });
    expect([again.ok, again.month]).toEqual([true, "2022-10"]);
  });

  it("lets any editor of the region spreadsheet regenerate the checklists and set up the template again", async () => {
    const { env, as } = await regionShared();
    const first = await coreActions.generateChecklists(as(PREPARER), { today: "2022-10-03" });
    expect(first.ok).toBe(true);

    const checklists = await coreActions.generateChecklists(as(OTHER), { today: "2022-10-03" });
    const setup = await coreActions.setupTemplate(as(OTHER), { lang: "fi" });
    expect([checklists.ok, checklists.message]).toEqual([true, expect.any(String)]);
    expect([setup.ok, setup.message]).toEqual([true, expect.any(String)]);
    expect(env.runtime.currentUser).toBe(OTHER);
  });
});
