/**
 * Browser entry of the fake: bundled by the e2e test and served in place of Office.js. Options come from
 * `window.__fakeOfficeOptions` (set by the test before the page loads); the fake is left on
 * `window.__fakeExcel` for the test to inspect.
 */
import type { FakeExcelOptions } from "./fakeExcel";
import { createFakeExcel, installFakeOffice } from "./fakeExcel";

interface BrowserOptions extends FakeExcelOptions {
  /** Sheets to start with, values stored as they are: name → rows from A1. */
  readonly seed?: Record<string, (string | number | boolean | null)[][]>;
}

const scope = globalThis as typeof globalThis & {
  __fakeOfficeOptions?: BrowserOptions;
  __fakeExcel?: unknown;
};
const options = scope.__fakeOfficeOptions ?? {};
const fake = createFakeExcel(options);
for (const [name, rows] of Object.entries(options.seed ?? {})) fake.put(name, "A1", rows);
installFakeOffice(globalThis, fake);
scope.__fakeExcel = fake;
