/**
 * The published picture in Chromium: the demo's HTML report's first printed page is the executive page
 * and fits one A4 sheet; at phone width (420 px) nothing makes the page wider than the screen and chart
 * labels stay readable. PNGs land in test-artifacts/report/.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { consolidateCommand } from "../../cli/commands/consolidate";
import { demoCommand } from "../../cli/commands/demo";
import { parseCsv } from "../../core/_lib/csv";
import { summaryJsonErrors } from "../support/validateSummaryJson";
import { launchChromium, pdfPageCount, pdfPagePng, printPdf, screenshot } from "../support/printHtml";

const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts", "report");
let dir: string;
let html: string;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "report-e2e-"));
  mkdirSync(ARTIFACTS, { recursive: true });
  const err = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  const out = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  expect(await demoCommand.run(["--out", dir, "--months", "2"])).toBe(0);
  err.mockRestore();
  out.mockRestore();
  html = readFileSync(path.join(dir, "raportti-2022-09.html"), "utf8");
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the HTML report, printed and on a phone", () => {
  it("prints the title, the four figures and the executive summary on the first A4 page", async () => {
    // Everything up to the first section that starts a page of its own is page 1.
    const firstPage = html.replace(/<section id="regions"[^]*<\/main>/, "</main>");
    expect(firstPage).toContain('id="executive"');
    const pdf = await printPdf(browser, firstPage);
    expect(pdfPageCount(pdf)).toBe(1);
    const full = await printPdf(browser, html);
    const pdfPath = path.join(ARTIFACTS, "report.pdf");
    writeFileSync(pdfPath, full);
    pdfPagePng(pdfPath, 1, path.join(ARTIFACTS, "executive-page"));
    expect(html).toContain("Julkaistaan viimeistään");
    expect(html).toContain("31.10.2022");
  });

  it("writes summary JSON that the published JSON Schema accepts", () => {
    const json = JSON.parse(readFileSync(path.join(dir, "tilannekuva-2022-09.json"), "utf8")) as unknown;
    expect(summaryJsonErrors(json)).toEqual([]);
  });

  it("consolidate --csv writes the long-format CSV of every month the national workbook holds, a row per region × task × month", async () => {
    const regions = readdirSync(path.join(dir, "alueet")).map((f) => path.join(dir, "alueet", f));
    const csvPath = path.join(dir, "long.csv");
    const args = ["--month", "2022-09", "--previous", path.join(dir, "kansallinen.xlsx")];
    const err = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    const out = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    const code = await consolidateCommand.run([
      ...args,
      "--out",
      path.join(dir, "n.xlsx"),
      "--csv",
      csvPath,
      ...regions,
    ]);
    err.mockRestore();
    out.mockRestore();
    expect(code).toBe(0);
    const csv = readFileSync(csvPath, "utf8");
    expect(csv.startsWith("\ufeffmonth,region,")).toBe(true);
    const rows = parseCsv(csv).slice(1);
    // The demo consolidated two months into the --previous workbook; this run re-consolidates the last.
    expect([...new Set(rows.map((r) => r[0]))]).toEqual(["2022-08", "2022-09"]);
    const regionsOf = (month: string) => new Set(rows.filter((r) => r[0] === month).map((r) => r[1]));
    expect(regionsOf("2022-08").size).toBe(22);
    expect(regionsOf("2022-09").size).toBe(21);
    // The demo's region 16 misses the last month: it has no rows for it.
    expect(regionsOf("2022-09").has("16")).toBe(false);
    const perMonth = rows.filter((r) => r[0] === "2022-08" && r[1] === "05").length;
    expect(perMonth).toBeGreaterThan(50);
    expect(rows.filter((r) => r[0] === "2022-09" && r[1] === "05")).toHaveLength(perMonth);
  });

  it("fits a 420-pixel screen: no horizontal overflow, cards whole, chart labels readable", async () => {
    const sizes = await screenshot(browser, html, {
      width: 420,
      height: 900,
      media: "screen",
      path: path.join(ARTIFACTS, "report-420px.png"),
    });
    expect(sizes.scrollWidth).toBeLessThanOrEqual(420);
    const page = await browser.newPage({ viewport: { width: 420, height: 900 } });
    await page.setContent(html);
    const cards = await page.$$eval(".card", (all) => all.map((c) => [c.scrollWidth, c.clientWidth]));
    expect(cards.every(([scroll, client]) => scroll! <= client!)).toBe(true);
    const labelHeights = await page.$$eval("#region-chart text", (texts) =>
      texts.map((t) => t.getBoundingClientRect().height).filter((h) => h > 0),
    );
    await page.close();
    expect(Math.min(...labelHeights)).toBeGreaterThanOrEqual(9);
  });
});
