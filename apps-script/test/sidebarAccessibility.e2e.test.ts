/**
 * The Google Sheets sidebar checked with axe-core (WCAG 2.1 A and AA rules) in headless Chromium, in
 * Finnish, Swedish and English, for both projects (the page and its server: test/sidebarPage.ts).
 */
import { controlsWithoutName, expectNoAxeViolations } from "../../excel-addin/test/axe";
import { call } from "./bundleHarness";
import type { SidebarBrowser } from "./sidebarPage";
import { act, launchSidebarBrowser } from "./sidebarPage";

let sidebars: SidebarBrowser;

beforeAll(async () => {
  sidebars = await launchSidebarBrowser();
}, 120_000);

afterAll(async () => {
  await sidebars?.close();
});

const openSidebar = (project: "region" | "national", locale: string) => sidebars.open(project, locale);

const LANGUAGES = [
  { locale: "fi_FI", lang: "fi", monthNeeded: "Valitse kuukausi." },
  { locale: "sv_SE", lang: "sv", monthNeeded: "Välj en månad." },
  { locale: "en_GB", lang: "en", monthNeeded: "Choose a month." },
] as const;
const NOT_STARTED = ["Ei aloitettu", "Inte påbörjad", "Not started"];

describe("Sidebar.html accessibility (axe-core, WCAG 2.1 A/AA)", () => {
  it.each(LANGUAGES)(
    "region sidebar in $lang: no violations when it opens, with findings shown, and with a failure",
    async ({ locale, lang, monthNeeded }) => {
      const { page, spreadsheet } = await openSidebar("region", locale);
      expect(await page.getAttribute("html", "lang")).toBe(lang);
      await expectNoAxeViolations(page, `the region sidebar (${lang}) as it opens`);
      expect((await controlsWithoutName(page)).unnamed).toEqual([]);

      await act(page, "setupTemplate");
      await act(page, "setRegion");
      await expectNoAxeViolations(page, `the region sidebar (${lang}) with a message`);
      await act(page, "createMonthSheet");
      const month = await page.inputValue("#month");
      const sheet = spreadsheet.getSheetByName(month)!;
      const values = sheet.getDataRange().getValues();
      // A preparer types a status that is none of the four (the sheet may speak another language).
      const isNotStarted = (v: unknown) => NOT_STARTED.includes(v as string);
      const row = values.findIndex((r) => r.some(isNotStarted));
      expect(row).toBeGreaterThanOrEqual(0);
      sheet.getRange(row + 1, values[row]!.findIndex(isNotStarted) + 1).setValue("ehkä valmis");
      await act(page, "validateMonth");
      expect(await page.locator("#status li").count()).toBeGreaterThan(0);
      await expectNoAxeViolations(page, `the region sidebar (${lang}) with findings`);

      await page.fill("#month", "");
      await page.click('button[data-action="createMonthSheet"]');
      expect(await page.textContent('#status [role="alert"]')).toBe(monthNeeded);
      await expectNoAxeViolations(page, `the region sidebar (${lang}) with a failure`);
      expect((await controlsWithoutName(page)).unnamed).toEqual([]);
      await page.close();
    },
  );

  it.each(LANGUAGES)(
    "national sidebar in $lang: no violations when it opens, while a job shows its progress, and after it fails",
    async ({ locale, lang }) => {
      const { page, serve, env, bundle } = await openSidebar("national", locale);
      expect(await page.getAttribute("html", "lang")).toBe(lang);
      await expectNoAxeViolations(page, `the national sidebar (${lang}) as it opens`);
      expect((await controlsWithoutName(page)).unnamed).toEqual([]);

      // A consolidation in progress: the server reports region 5/22 and holds the run back until
      // released; then the real bundle runs it (the national workbook is not set up, so it fails in words).
      let release: () => void = () => undefined;
      serve((name, args) => {
        if (name === "sidebarStatus")
          return Promise.resolve({
            running: { kind: "consolidate", month: "2022-09", done: 4, total: 22, label: "Keski-Uusimaa" },
            last: null,
          });
        if (name === "sidebarRun")
          return new Promise<void>((resolve) => (release = resolve)).then(() =>
            call(env, bundle, name, ...args),
          );
        return call(env, bundle, name, ...args);
      });
      await page.click('button[data-action="consolidate"]');
      await page.waitForSelector("#status progress", { timeout: 10_000 });
      await expectNoAxeViolations(page, `the national sidebar (${lang}) showing progress`);

      serve(null);
      release();
      await page.waitForSelector('#app[aria-busy="false"] #status [role="alert"]', { timeout: 10_000 });
      await expectNoAxeViolations(page, `the national sidebar (${lang}) with a failure`);
      await page.close();
    },
  );

  it("loaded nothing from anywhere, and no page had an uncaught error", () => {
    expect(sidebars.foreignRequests).toEqual([]);
    expect(sidebars.pageErrors).toEqual([]);
  });
});
