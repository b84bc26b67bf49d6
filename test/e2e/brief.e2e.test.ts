/**
 * The discussion brief as the analyst prints it: the demo's national workbook through
 * `tilannekuva brief`, printed by Chromium. One A4 page per region, nothing cut off, and a PNG of a page
 * in test-artifacts/brief/ to look at.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { briefCommand } from "../../cli/commands/brief";
import { demoCommand } from "../../cli/commands/demo";
import { openWorkbook } from "../../cli/io";
import { readDiscussionSheet } from "../../core/discussion/readDiscussionSheet";
import { crowdedSummary } from "../../core/brief/_test/crowdedSummary";
import { buildBrief } from "../../core/brief/buildBrief";
import { renderBrief } from "../../core/brief/renderBrief";
import { REGIONAL } from "../../core/programme/builtins";
import { launchChromium, pdfPageCount, pdfPagePng, printPdf, screenshot } from "../support/printHtml";

const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts", "brief");
let dir: string;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "brief-e2e-"));
  mkdirSync(ARTIFACTS, { recursive: true });
  const quiet = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  const out = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  expect(await demoCommand.run(["--out", dir, "--months", "2"])).toBe(0);
  for (const lang of ["fi", "sv", "en"]) {
    const args = ["--month", "2022-09", "--lang", lang, path.join(dir, "kansallinen.xlsx")];
    expect(await briefCommand.run([...args, "--out", path.join(dir, `brief-${lang}.html`)])).toBe(0);
  }
  quiet.mockRestore();
  out.mockRestore();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("tilannekuva brief, printed", () => {
  it.each(["fi", "sv", "en"])("prints one A4 page per region in %s, none overflowing", async (lang) => {
    const html = readFileSync(path.join(dir, `brief-${lang}.html`), "utf8");
    const pdf = await printPdf(browser, html);
    expect(pdfPageCount(pdf)).toBe(22);
    const pdfPath = path.join(ARTIFACTS, `brief-${lang}.pdf`);
    writeFileSync(pdfPath, pdf);
    pdfPagePng(pdfPath, 1, path.join(ARTIFACTS, `brief-page1-${lang}`));
    const page = await browser.newPage();
    await page.emulateMedia({ media: "print" });
    await page.setContent(html);
    const overflowing = await page.$$eval("section.page", (pages) =>
      pages.filter((p) => p.scrollHeight > p.clientHeight + 1).map((p) => p.getAttribute("data-region")),
    );
    await page.close();
    expect(overflowing).toEqual([]);
    await screenshot(browser, html, {
      width: 794,
      height: 1123,
      media: "print",
      path: path.join(ARTIFACTS, `brief-page-${lang}.png`),
    });
  });

  it("keeps a region with far more than a page holds on one page, saying how much more there is", async () => {
    const html = renderBrief(
      buildBrief(crowdedSummary(), { programme: REGIONAL, lang: "fi" }),
      REGIONAL,
      "fi",
    );
    const pdf = await printPdf(browser, html);
    expect(pdfPageCount(pdf)).toBe(1);
    const page = await browser.newPage();
    await page.emulateMedia({ media: "print" });
    await page.setContent(html);
    const sizes = await page.$eval("section.page", (p) => [p.scrollHeight, p.clientHeight]);
    await page.screenshot({ path: path.join(ARTIFACTS, "brief-crowded-screen.png"), fullPage: true });
    await page.close();
    expect(sizes[0]).toBeLessThanOrEqual(sizes[1]! + 1);
    expect(html).toContain("+ 23 muuta");
    const pdfPath = path.join(ARTIFACTS, "brief-crowded.pdf");
    writeFileSync(pdfPath, pdf);
    pdfPagePng(pdfPath, 1, path.join(ARTIFACTS, "brief-crowded"));
  });

  it("the demo writes every region's brief and a discussion record over two months, an open action carried", async () => {
    const demoBrief = readFileSync(path.join(dir, "keskustelumuistio-2022-09.html"), "utf8");
    expect(demoBrief.match(/<section class="page"/g)).toHaveLength(22);
    const national = await openWorkbook(path.join(dir, "kansallinen.xlsx"));
    const grid = (await national.readSheets(["Keskustelut"])).get("Keskustelut")!;
    const { entries, unreadable } = readDiscussionSheet(grid);
    expect(unreadable).toEqual([]);
    expect(new Set(entries.map((e) => e.month))).toEqual(new Set(["2022-08", "2022-09"]));
    const carried = entries.filter((e) => e.month === "2022-09" && e.kind === "action");
    expect(carried.map((e) => [e.region, e.carriedFrom, e.done])).toEqual([
      ["01", "2022-08", false],
      ["05", "2022-08", false],
      ["16", "2022-08", false],
    ]);
    const page05 = demoBrief.slice(
      demoBrief.indexOf('data-region="05"'),
      demoBrief.indexOf('data-region="06"'),
    );
    expect(page05).toContain(carried[1]!.text);
    expect(page05).toContain("sovittu 2022-08");
  });

  it("writes one region's page with --region and refuses a month that was not consolidated", async () => {
    const out = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    const err = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    const national = path.join(dir, "kansallinen.xlsx");
    const one = path.join(dir, "brief-05.html");
    expect(await briefCommand.run(["--month", "2022-09", "--region", "05", national, "--out", one])).toBe(0);
    expect(readFileSync(one, "utf8").match(/<section class="page"/g)).toHaveLength(1);
    expect(await briefCommand.run(["--month", "2021-01", national, "--out", one])).toBe(1);
    expect(err.mock.calls.join("")).toContain("2021-01");
    out.mockRestore();
    err.mockRestore();
  });
});
