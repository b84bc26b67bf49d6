/**
 * The built task pane in headless Chromium, with the fake Excel served in place of Office.js: every
 * action is clicked and its effect checked in the fake's workbook. Screenshots go to
 * test-artifacts/excel-addin/pane-<lang>.png. Needs /usr/bin/chromium (Debian's chromium package).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { ExcelJsWorkbook } from "../../cli/xlsx/ExcelJsWorkbook";
import { consolidate, createMonthSheet, createRegionWorkbook, setupTemplate } from "../../core/actions";
import type { PaneHarness, SeedRows } from "./paneHarness";
import { seedOf, startPaneHarness } from "./paneHarness";

const REPO_ROOT = path.resolve(__dirname, "..", "..");
const ARTIFACTS = path.join(REPO_ROOT, "test-artifacts", "excel-addin");

interface FakeHandle {
  sheetNames(): string[];
  createdWorkbooks: string[];
  model: { selection: { sheet: string; address: string } | null };
}

let harness: PaneHarness;

const templateSheets: string[] = [];
const nationalSheets: string[] = [];
const regionFiles: string[] = [];
let regionSeed: Record<string, SeedRows> = {};

beforeAll(async () => {
  harness = await startPaneHarness({ prefix: "tilannekuva-e2e-", acceptDownloads: true });
  const { tmp } = harness;
  mkdirSync(ARTIFACTS, { recursive: true });

  // What the pane should produce, computed by the same core over ExcelJS.
  const template = new ExcelJsWorkbook();
  templateSheets.push(...(await setupTemplate(template, { lang: "fi" })).sheets);
  const regions = [];
  for (const code of ["01", "02", "03"]) {
    const region = new ExcelJsWorkbook();
    await createRegionWorkbook(template, region, { region: code, lang: "fi" });
    await createMonthSheet(region, { month: "2022-09", lang: "fi" });
    const file = path.join(tmp, `alue-${code}.xlsx`);
    writeFileSync(file, await region.toBuffer());
    regionFiles.push(file);
    regions.push({
      label: path.basename(file),
      workbook: await ExcelJsWorkbook.fromBuffer(readFileSync(file)),
    });
    if (code === "01") regionSeed = await seedOf(region);
  }
  const notes = path.join(tmp, "muistiinpanot.txt");
  writeFileSync(notes, "Tämä ei ole työkirja.\n");
  regionFiles.push(notes);
  const national = new ExcelJsWorkbook();
  await setupTemplate(national, { lang: "fi" });
  nationalSheets.push(...(await consolidate(national, regions, { month: "2022-09", lang: "fi" })).sheets);
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

const openPane: PaneHarness["openPane"] = (options) => harness.openPane(options);

const fakeSheets = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __fakeExcel: FakeHandle }).__fakeExcel.sheetNames());

/** Clicks an action and waits until the pane is idle again; returns the result area's text. */
async function act(page: Page, id: string): Promise<string> {
  await page.click(`#${id}`);
  await page.waitForFunction(
    (button) => !(document.getElementById(button) as HTMLButtonElement).disabled,
    id,
  );
  await page.waitForFunction(
    (button) => !document.getElementById(`${button}-result`)?.closest("[aria-busy]"),
    id,
  );
  return (await page.textContent(`#${id}-result`)) ?? "";
}

const lastMonth = (): string => {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
};

describe("task pane in Chromium", () => {
  it("in Finnish: sets up the template, shows the calendar, consolidates region files and builds region workbooks", async () => {
    const page = await openPane({ displayLanguage: "fi-FI" });
    expect(await page.getAttribute("html", "lang")).toBe("fi");
    expect(await page.textContent("h1")).toBe("Tilannekuva");
    expect(await page.inputValue("#month")).toBe(lastMonth());

    const setup = await act(page, "setup");
    expect(setup).toContain("Pohja on valmis");
    expect(await fakeSheets(page)).toEqual(expect.arrayContaining(["Taul1", ...templateSheets]));

    await page.fill("#year", "2022");
    await act(page, "calendar");
    expect(await page.locator("#calendar-result tbody tr").count()).toBe(12);
    expect(await page.textContent("#calendar-result tbody tr:first-child th")).toBe("tammikuu 2022");

    // A template shows its own actions; consolidation is one click away.
    expect(await page.textContent("#role")).toContain("Pohja");
    expect(await page.isVisible("#consolidate")).toBe(false);
    await page.click("#show-all");
    expect(await page.isVisible("#consolidate")).toBe(true);

    await page.fill("#month", "2022-09");
    await page.setInputFiles("#files", regionFiles);
    const consolidated = await act(page, "consolidate");
    expect(await page.textContent("#consolidate-progress")).toBe("Alue 4/4 …");
    expect(consolidated).toContain("Tilannekuva 2022-09 koottu: 3/22 aluetta raportoi");
    expect(consolidated).toContain("Tiedostoa muistiinpanot.txt ei voitu lukea Excel-työkirjana.");
    // An unreadable file is an error: the box says so, in red, not "done" in green.
    expect(await page.getAttribute("#consolidate-result .message", "data-outcome")).toBe("errors");
    expect(await page.textContent("#consolidate-result .message strong")).toBe("Valmis, virheitä");
    expect(await fakeSheets(page)).toEqual(expect.arrayContaining(nationalSheets));
    // The four national figures with their change, and the national sheets one click away.
    expect(await page.locator("#consolidate-result .card").count()).toBe(4);
    expect(await page.textContent("#consolidate-result .card-change")).toContain("–");
    await page.click(`#consolidate-result button[data-sheet="Myöhässä"]`);
    await page.waitForFunction(
      () =>
        (window as unknown as { __fakeExcel: FakeHandle }).__fakeExcel.model.selection?.sheet === "Myöhässä",
    );

    // The discussion brief and the data for analysts, as downloads from the pane (issue #10).
    const brief = await act(page, "brief");
    expect(brief).toContain("Keskustelumuistio 2022-09: 22 aluetta, sivu kullekin.");
    const [briefFile] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#brief-result a[download]").click(),
    ]);
    expect(briefFile.suggestedFilename()).toBe("keskustelumuistio-2022-09.html");
    const briefHtml = readFileSync((await briefFile.path())!, "utf8");
    expect(briefHtml.match(/<section class="page"/g)).toHaveLength(22);
    expect(await act(page, "long-csv")).toContain("kuukaudet 2022-09");
    const [csvFile] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#long-csv-result a[download]").click(),
    ]);
    expect(csvFile.suggestedFilename()).toBe("tilannekuva-aineisto-2022-09.csv");
    const csvBytes = readFileSync((await csvFile.path())!);
    // UTF-8 with a byte-order mark, so Excel reads ä and ö right.
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvRows = csvBytes.toString("utf8").trimEnd().split("\r\n");
    expect(csvRows[0]).toBe(
      "\ufeffmonth,region,region_name,task_id,group,task,critical,status,comment,expected_completion,owner",
    );
    expect(new Set(csvRows.slice(1).map((line) => line.split(",")[1]))).toEqual(
      new Set(['"01"', '"02"', '"03"']),
    );

    const regions = await act(page, "regions");
    expect(regions).toContain("22 työkirjaa on valmiina.");
    expect(await page.textContent("#regions-progress")).toBe("Alue 22/22 …");
    const links = page.locator("#regions-result a[download]");
    expect(await links.count()).toBe(22);
    const [download] = await Promise.all([page.waitForEvent("download"), links.first().click()]);
    const downloaded = await ExcelJsWorkbook.fromBuffer(readFileSync((await download.path())!));
    expect(await downloaded.sheetNames()).toEqual(expect.arrayContaining(templateSheets));
    // Excel.createWorkbook opens it in Excel on every platform (a download does nothing in Excel for Mac).
    await page.locator("#regions-result button.open-workbook").nth(4).click();
    await page.waitForFunction(
      () => (window as unknown as { __fakeExcel: FakeHandle }).__fakeExcel.createdWorkbooks.length === 1,
    );
    const base64 = await page.evaluate(
      () => (window as unknown as { __fakeExcel: FakeHandle }).__fakeExcel.createdWorkbooks[0]!,
    );
    const opened = await ExcelJsWorkbook.fromBuffer(Buffer.from(base64, "base64"));
    expect(await opened.sheetNames()).toEqual(expect.arrayContaining(templateSheets));

    await page.screenshot({ path: path.join(ARTIFACTS, "pane-fi.png"), fullPage: true });
    await page
      .locator("#consolidate-result")
      .screenshot({ path: path.join(ARTIFACTS, "pane-fi-figures.png") });
    // The same pane at desktop width (Excel on the web with a wide task pane, or the page opened alone).
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-fi-desktop.png") });
    await page.close();
  });

  it("in Swedish on a region workbook: creates the month sheet, validates it, selects an issue's cell, makes checklists", async () => {
    const page = await openPane({ displayLanguage: "sv-SE", sheets: [], seed: regionSeed });
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    expect(await page.textContent("h1")).toBe("Lägesbild");
    // A region's coordinator sees the region's actions, not the ministry's.
    expect(await page.textContent("#role")).toContain("Områdets arbetsbok (01)");
    expect(await page.isVisible("#create-month")).toBe(true);
    expect(await page.isVisible("#consolidate")).toBe(false);
    expect(await page.isVisible("#regions")).toBe(false);

    await page.fill("#month", "2022-10");
    expect(await act(page, "create-month")).toContain("2022-10");
    expect(await fakeSheets(page)).toContain("2022-10");

    // A preparer types a status that is not one of the four.
    const cell = await page.evaluate(() => {
      const fake = (
        window as unknown as { __fakeExcel: { sheet(n: string): { cells: Map<number, { value: unknown }> } } }
      ).__fakeExcel;
      const sheet = fake.sheet("2022-10");
      // The status column itself (not last month's status beside it): the one headed "Status" / "Tila".
      const header = [...sheet.cells].find(
        ([, stored]) => stored.value === "Status" || stored.value === "Tila",
      );
      const statusColumn = header ? header[0] % 16384 : -1;
      for (const [key, stored] of sheet.cells) {
        if (key % 16384 !== statusColumn) continue;
        if (stored.value === "Inte påbörjad" || stored.value === "Ei aloitettu") {
          stored.value = "kanske klar";
          const row = Math.floor(key / 16384);
          const column = key % 16384;
          return `${String.fromCharCode(65 + column)}${row + 1}`;
        }
      }
      return null;
    });
    expect(cell).not.toBeNull();
    const validated = await act(page, "validate");
    expect(validated).toMatch(/Fliken 2022-10 kontrollerad: [1-9]\d* fel/);
    await page.click(`#validate-result button[data-cell="${cell}"]`);
    await page.waitForFunction(
      (address) =>
        (window as unknown as { __fakeExcel: FakeHandle }).__fakeExcel.model.selection?.address === address,
      cell,
    );

    const before = (await fakeSheets(page)).length;
    expect(await act(page, "checklists")).toContain("Checklistorna skapades");
    expect((await fakeSheets(page)).length).toBe(before + 2);

    await page.screenshot({ path: path.join(ARTIFACTS, "pane-sv.png"), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-sv-desktop.png") });
    await page.close();
  });

  it("in English: switches language, and shows failures in plain words in the pane", async () => {
    const page = await openPane({ displayLanguage: "en-US" });
    expect(await page.textContent("h1")).toBe("Situational picture");

    await page.selectOption("#lang", "fi");
    expect(await page.textContent("#setup-heading")).toBe("Pohjan käyttöönotto");
    await page.selectOption("#lang", "en");
    expect(await page.textContent("#setup-heading")).toBe("Set up the template");

    await page.click("#show-all");
    expect(await act(page, "create-month")).toContain("This is not a region workbook");
    expect(await page.getAttribute("#create-month-result .message", "role")).toBe("alert");
    expect(await act(page, "consolidate")).toBe("Did not succeed Choose the regions' files first.");

    await page.fill("#month", "2022-09");
    await page.setInputFiles("#files", [regionFiles[3]!]);
    const unreadable = await act(page, "consolidate");
    expect(unreadable).toContain("The file muistiinpanot.txt could not be read as an Excel workbook.");

    await page.screenshot({ path: path.join(ARTIFACTS, "pane-en.png"), fullPage: true });
    await page.close();
  });

  it("runs the ribbon's function commands and tells the outcome in a dialog", async () => {
    const manifest = readFileSync(path.join(__dirname, "..", "manifest.xml"), "utf8");
    const functionNames = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    const page = await harness.context.newPage();
    await page.addInitScript(
      (opts) => {
        (window as unknown as { __fakeOfficeOptions: unknown }).__fakeOfficeOptions = opts;
      },
      { displayLanguage: "fi-FI", sheets: [], seed: regionSeed },
    );
    await page.goto(`${harness.baseUrl}/commands.html`);
    await page.waitForFunction(
      () =>
        Object.keys((window as unknown as { __fakeExcel: { commands: object } }).__fakeExcel.commands)
          .length === 3,
    );
    const registered = await page.evaluate(() =>
      Object.keys((window as unknown as { __fakeExcel: { commands: object } }).__fakeExcel.commands),
    );
    expect(registered.sort()).toEqual([...functionNames].sort());

    await page.evaluate(() => {
      const fake = (
        window as unknown as { __fakeExcel: { commands: Record<string, (e: { completed(): void }) => void> } }
      ).__fakeExcel;
      fake.commands["createMonthSheetCommand"]!({ completed() {} });
    });
    await page.waitForFunction(
      () => (window as unknown as { __fakeExcel: { dialogs: string[] } }).__fakeExcel.dialogs.length === 1,
    );
    expect(await fakeSheets(page)).toContain(lastMonth());
    const dialogUrl = await page.evaluate(
      () => (window as unknown as { __fakeExcel: { dialogs: string[] } }).__fakeExcel.dialogs[0]!,
    );
    expect(new URL(dialogUrl).searchParams.get("text")).toContain(`Välilehti ${lastMonth()} luotiin.`);

    await page.goto(dialogUrl);
    expect(await page.textContent("#notice-text")).toContain(`Välilehti ${lastMonth()} luotiin.`);
    await page.close();
  });

  it("loads nothing from outside but Office.js, and no page had an uncaught error", () => {
    expect(harness.foreignRequests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
