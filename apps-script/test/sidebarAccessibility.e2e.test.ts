/**
 * The Google Sheets sidebar checked with axe-core (WCAG 2.1 A and AA rules) in headless Chromium, in
 * Finnish, Swedish and English, for both projects. The page is the built Sidebar.html as the built Code.js
 * renders it (HtmlService template, bootstrap and lang printed in) in the fake Apps Script; its
 * google.script.run goes back to that same bundle through page.exposeFunction, so the results it shows
 * (messages, findings, failures, a national job's progress) are the real ones. Needs /usr/bin/chromium.
 */
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { controlsWithoutName, expectNoAxeViolations } from "../../excel-addin/test/axe";
import type { Bundle } from "./bundleHarness";
import { buildIntoTemp, call, loadBundle } from "./bundleHarness";
import type { FakeAppsScript } from "./fakeSpreadsheetApp";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** Where the page is served from in the test; Google serves it from a googleusercontent.com iframe. */
const SIDEBAR_URL = "https://sidebar.tilannekuva.invalid/";

type Server = (name: string, args: unknown[]) => Promise<unknown>;

let outDir: string;
let code: (project: string) => string;
let browser: Browser;
/** Requests the sidebar tried to send anywhere: it is one self-contained page. */
const foreignRequests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  ({ outDir, code } = await buildIntoTemp());
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
    ],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  env: FakeAppsScript;
  bundle: Bundle;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Replaces what google.script.run reaches (default: the bundle) for the calls it answers. */
  serve(server: Server | null): void;
}

/**
 * Opens the sidebar of `project` in a spreadsheet of `locale`, from the built Sidebar.html, the way
 * showTilannekuvaSidebar renders it, in a Google-Sheets-sized page (300 px wide).
 */
async function openSidebar(project: "region" | "national", locale: string): Promise<Opened> {
  const env = createFakeAppsScript({
    htmlFiles: { Sidebar: readFileSync(path.join(outDir, project, "Sidebar.html"), "utf8") },
  });
  const spreadsheet = env.addSpreadsheet(project === "region" ? "Alueen seuranta" : "Kansallinen", {
    active: true,
    locale,
  });
  const bundle = loadBundle(code(project), env);
  await call(env, bundle, "showTilannekuvaSidebar");
  const html = env.ui.sidebars.at(-1)!.html;
  expect(html).not.toContain("<?");

  let override: Server | null = null;
  const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  // Served from one made-up address (a real navigation, so the init script below runs first).
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === SIDEBAR_URL) return route.fulfill({ contentType: "text/html; charset=utf-8", body: html });
    foreignRequests.push(url);
    return route.abort();
  });
  await page.exposeFunction("__gasCall", async (name: string, args: unknown[]) => {
    const answer = override ? await override(name, args) : await call(env, bundle, name, ...args);
    return answer === undefined ? undefined : (JSON.parse(JSON.stringify(answer)) as unknown);
  });
  // google.script.run as the sidebar uses it: withSuccessHandler/withFailureHandler, then the call.
  await page.addInitScript(() => {
    type Handler = (value: unknown) => void;
    const scope = globalThis as unknown as {
      __gasCall(name: string, args: unknown[]): Promise<unknown>;
      google: unknown;
    };
    const runner = (success?: Handler, failure?: Handler): object =>
      new Proxy(
        {},
        {
          get(_, prop) {
            if (prop === "withSuccessHandler") return (fn: Handler) => runner(fn, failure);
            if (prop === "withFailureHandler") return (fn: Handler) => runner(success, fn);
            if (typeof prop !== "string") return undefined;
            return (...args: unknown[]) => {
              scope.__gasCall(prop, args).then(
                (value) => success?.(value),
                (error: unknown) =>
                  failure?.({
                    name: "ScriptError",
                    message: error instanceof Error ? error.message : String(error),
                  }),
              );
            };
          },
        },
      );
    scope.google = {
      script: {
        get run() {
          return runner();
        },
      },
    };
  });
  await page.goto(SIDEBAR_URL);
  await page.waitForSelector("#app h1");
  return {
    page,
    env,
    bundle,
    spreadsheet,
    serve: (server) => (override = server),
  };
}

/** Clicks the button of `action` and waits until the sidebar shows its outcome. */
async function act(page: Page, action: string): Promise<string> {
  await page.click(`button[data-action="${action}"]`);
  await page.waitForSelector('#app[aria-busy="false"] #status .message:not(.busy)');
  return (await page.textContent("#status")) ?? "";
}

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
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
