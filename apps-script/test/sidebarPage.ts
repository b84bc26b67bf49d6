/**
 * The built Google Sheets sidebar in headless Chromium, for the e2e suites. The page is the built
 * Sidebar.html as the built Code.js renders it (HtmlService template, bootstrap and lang printed in) in
 * the fake Apps Script; its google.script.run goes back to that same bundle through page.exposeFunction,
 * so the results it shows (messages, findings, failures, a national job's progress) are the real ones.
 * Needs /usr/bin/chromium.
 */
import { readFileSync, rmSync } from "node:fs";
import { CHROMIUM, CHROMIUM_ARGS } from "../../test/support/chromium";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import type { Bundle } from "./bundleHarness";
import { buildIntoTemp, call, loadBundle } from "./bundleHarness";
import type { FakeAppsScript } from "./fakeSpreadsheetApp";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";

/** Where the page is served from in the test; Google serves it from a googleusercontent.com iframe. */
const SIDEBAR_URL = "https://sidebar.tilannekuva.invalid/";

/** The width of the Google Sheets sidebar. */
export const SIDEBAR_WIDTH = 300;

export type Server = (name: string, args: unknown[]) => Promise<unknown>;

export interface Opened {
  page: Page;
  env: FakeAppsScript;
  bundle: Bundle;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Replaces what google.script.run reaches (default: the bundle) for the calls it answers. */
  serve(server: Server | null): void;
}

export interface SidebarBrowser {
  /**
   * Opens the sidebar of `project` in a spreadsheet of `locale`, from the built Sidebar.html, the way
   * showTilannekuvaSidebar renders it, in a Google-Sheets-sized page (300 px wide).
   */
  open(project: "region" | "national", locale: string, height?: number): Promise<Opened>;
  /** Requests the sidebar tried to send anywhere: it is one self-contained page. */
  foreignRequests: string[];
  pageErrors: string[];
  close(): Promise<void>;
}

/** Builds both projects into a temporary folder and starts Chromium. */
export async function launchSidebarBrowser(): Promise<SidebarBrowser> {
  const { outDir, code } = await buildIntoTemp();
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];

  async function open(project: "region" | "national", locale: string, height = 800): Promise<Opened> {
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
    const page = await browser.newPage({ viewport: { width: SIDEBAR_WIDTH, height } });
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

  return {
    open,
    foreignRequests,
    pageErrors,
    async close() {
      await browser.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Clicks the button of `action` and waits until the sidebar shows its outcome. */
export async function act(page: Page, action: string): Promise<string> {
  await page.click(`button[data-action="${action}"]`);
  await page.waitForSelector('#app[aria-busy="false"] #status .message:not(.busy)');
  return (await page.textContent("#status")) ?? "";
}
