/**
 * The pane consolidating 300 region files in Chromium (issue 12): one file at a time with flat memory
 * (JS heap measured over CDP after forced garbage collection), progress that paints between regions,
 * and a Cancel that stops between regions and leaves the national workbook unchanged.
 */
import path from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { ExcelJsWorkbook } from "../../cli/xlsx/ExcelJsWorkbook";
import { addMonths } from "../../core/_lib/day";
import { createMonthSheet, createRegionWorkbook, setupTemplate } from "../../core/actions";
import type { PaneHarness } from "./paneHarness";
import { startPaneHarness } from "./paneHarness";

const FILES = 300;
const MONTH = "2022-09";
const MB = 1024 * 1024;

let harness: PaneHarness;
let regionBase64 = "";

beforeAll(async () => {
  harness = await startPaneHarness({ prefix: "tilannekuva-300-" });
  // One region's file with a year of month sheets, as a region has by autumn 2022.
  const template = new ExcelJsWorkbook();
  await setupTemplate(template, { lang: "fi" });
  const region = new ExcelJsWorkbook();
  await createRegionWorkbook(template, region, { region: "05", lang: "fi" });
  for (let i = 11; i >= 0; i--) await createMonthSheet(region, { month: addMonths(MONTH, -i), lang: "fi" });
  regionBase64 = Buffer.from(await region.toBuffer()).toString("base64");
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

/** Puts `count` copies of the region file in the pane's file input, named alue-001.xlsx … */
async function pickFiles(page: Page, count: number): Promise<void> {
  await page.evaluate(
    ({ base64, count }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      for (let i = 1; i <= count; i++) {
        transfer.items.add(new File([bytes], `alue-${String(i).padStart(3, "0")}.xlsx`));
      }
      (document.getElementById("files") as HTMLInputElement).files = transfer.files;
    },
    { base64: regionBase64, count },
  );
}

/** The region number the progress line shows ("Alue 42/300 …" → 42), 0 before it starts. */
const progressDone = async (page: Page): Promise<number> =>
  Number(/(\d+)\//.exec((await page.textContent("#consolidate-progress")) ?? "")?.[1] ?? 0);

const isIdle = (page: Page): Promise<boolean> =>
  page.evaluate(() => !(document.getElementById("consolidate") as HTMLButtonElement).disabled);

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send("HeapProfiler.collectGarbage");
  return (await cdp.send("Runtime.getHeapUsage")).usedSize;
}

async function openNationalPane(): Promise<Page> {
  const page = await harness.openPane({ displayLanguage: "fi-FI" });
  await page.click("#show-all");
  await page.fill("#month", MONTH);
  // Every frame, what the progress line shows: what the user sees painted, not what the DOM holds.
  await page.evaluate(() => {
    const seen = new Set<string>();
    (window as unknown as { __painted: Set<string> }).__painted = seen;
    const tick = (): void => {
      seen.add(document.getElementById("consolidate-progress")?.textContent ?? "");
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return page;
}

describe("consolidating 300 region files in the pane", () => {
  it("stops between regions on Cancel and leaves the national workbook unchanged", async () => {
    const page = await openNationalPane();
    const before = await page.evaluate(() =>
      (window as unknown as { __fakeExcel: { sheetNames(): string[] } }).__fakeExcel.sheetNames(),
    );
    await pickFiles(page, FILES);
    await page.click("#consolidate");
    await page.waitForFunction(() =>
      /Alue (1\d|[2-9]\d)\//.test(document.getElementById("consolidate-progress")?.textContent ?? ""),
    );
    expect(await page.isVisible("#consolidate-cancel")).toBe(true);
    await page.click("#consolidate-cancel");
    await page.waitForFunction(() => !(document.getElementById("consolidate") as HTMLButtonElement).disabled);
    expect(await progressDone(page)).toBeLessThan(FILES);
    expect(await page.getAttribute("#consolidate-result .message", "data-outcome")).toBe("cancelled");
    expect(await page.textContent("#consolidate-result")).toContain(
      "Tähän työkirjaan ei kirjoitettu mitään.",
    );
    const after = await page.evaluate(() =>
      (window as unknown as { __fakeExcel: { sheetNames(): string[] } }).__fakeExcel.sheetNames(),
    );
    expect(after).toEqual(before);
    expect(await page.isVisible("#consolidate-cancel")).toBe(false);
    await page.close();
  }, 300_000);

  it("reads one file at a time: the heap stays flat from region 30 to 300, and progress paints", async () => {
    const page = await openNationalPane();
    const cdp = await harness.context.newCDPSession(page);
    await pickFiles(page, FILES);
    await page.click("#consolidate");
    const samples: { done: number; heap: number }[] = [];
    let next = 30;
    while (!(await isIdle(page))) {
      const done = await progressDone(page);
      if (done >= next) {
        samples.push({ done, heap: await heapAfterGc(cdp) });
        next = done + 30;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await page.textContent("#consolidate-result")).toContain(`Tilannekuva ${MONTH} koottu`);
    expect(await page.locator("#consolidate-result .card").count()).toBe(4);

    // Holding every parsed file would add several MB per file (about 2 GB at 300); one at a time, the
    // heap at the end of the loop is within a few MB of the heap near its start.
    expect(samples.length).toBeGreaterThanOrEqual(5);
    const first = samples[0]!;
    const last = samples[samples.length - 1]!;
    expect(last.done).toBeGreaterThanOrEqual(240);
    const growth = last.heap - first.heap;
    process.stdout.write(
      `heap after GC: ${samples.map((s) => `${s.done}: ${(s.heap / MB).toFixed(1)} MB`).join(", ")}\n`,
    );
    expect(growth).toBeLessThan(20 * MB);

    // Progress painted between regions: the frames saw most of the 300 steps, not just the last.
    const painted = await page.evaluate(() => [
      ...(window as unknown as { __painted: Set<string> }).__painted,
    ]);
    expect(painted.filter((text) => /^Alue \d+\/300/.test(text)).length).toBeGreaterThan(FILES / 2);
    await page.screenshot({
      path: path.join(__dirname, "..", "..", "test-artifacts", "excel-addin", "pane-consolidated-300.png"),
      fullPage: true,
    });
    await cdp.detach();
    await page.close();
  }, 600_000);
});
