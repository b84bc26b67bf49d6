/**
 * The harness of the task pane's end-to-end suites: the real production build served on a local port,
 * headless Chromium (/usr/bin/chromium) with the fake Excel served in place of Office.js, and every
 * request elsewhere refused and recorded.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { CHROMIUM, CHROMIUM_ARGS } from "../../test/support/chromium";
import type { Server } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import type { BrowserContext, Page } from "playwright-core";
import { chromium } from "playwright-core";
import type { ExcelJsWorkbook } from "../../cli/xlsx/ExcelJsWorkbook";
import { dateCellDay, dayToSerial } from "../../core/_lib/day";
import { buildAddin } from "../scripts/build";
import { serveStatic } from "../scripts/serveStatic";

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export type SeedRows = (string | number | boolean | null)[][];

export interface PaneHarness {
  /** A temporary folder for the suite's files, removed by `close`. */
  readonly tmp: string;
  readonly baseUrl: string;
  readonly context: BrowserContext;
  /** Requests the pages tried to send anywhere but the local server (other than office.js itself). */
  readonly foreignRequests: string[];
  /** Uncaught errors in the pages: the pane must show failures, never leave them to the console. */
  readonly pageErrors: string[];
  /** Opens the pane with the fake Excel's options and waits until it has wired itself. */
  openPane(options: {
    displayLanguage: string;
    sheets?: string[];
    seed?: Record<string, SeedRows>;
  }): Promise<Page>;
  close(): Promise<void>;
}

/** Builds the add-in, serves it and launches Chromium. */
export async function startPaneHarness(options: {
  prefix: string;
  acceptDownloads?: boolean;
}): Promise<PaneHarness> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), options.prefix));
  const dist = await buildAddin({ production: true, outdir: path.join(tmp, "dist") });
  const bundled = await build({
    entryPoints: [path.join(__dirname, "fakeOfficeBrowser.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
  });
  const fakeScript = bundled.outputFiles[0]!.text;

  const server: Server = createServer(serveStatic(dist));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const context = await chromium.launchPersistentContext(path.join(tmp, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: options.acceptDownloads ?? false,
    viewport: { width: 380, height: 900 },
    args: [...CHROMIUM_ARGS],
  });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ contentType: "text/javascript", body: fakeScript });
    if (url.startsWith(baseUrl) || url.startsWith("blob:") || url.startsWith("data:"))
      return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });

  return {
    tmp,
    baseUrl,
    context,
    foreignRequests,
    pageErrors,
    async openPane(paneOptions) {
      const page = await context.newPage();
      await page.addInitScript((opts) => {
        (window as unknown as { __fakeOfficeOptions: unknown }).__fakeOfficeOptions = opts;
      }, paneOptions);
      page.on("pageerror", (error) => pageErrors.push(error.message));
      await page.goto(`${baseUrl}/taskpane.html`);
      await page.waitForFunction(() => (document.getElementById("month") as HTMLInputElement).value !== "");
      return page;
    },
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** A workbook's sheets as a saved file holds them, dates as serials (what Excel hands over). */
export async function seedOf(workbook: ExcelJsWorkbook): Promise<Record<string, SeedRows>> {
  const names = await workbook.sheetNames();
  const grids = await workbook.readSheets(names);
  return Object.fromEntries(
    names.map((name) => [
      name,
      (grids.get(name) ?? []).map((row) =>
        row.map((v) =>
          v instanceof Date ? dayToSerial(dateCellDay(v) ?? "1900-01-01") : v === undefined ? null : v,
        ),
      ),
    ]),
  );
}
