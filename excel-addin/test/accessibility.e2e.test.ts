/**
 * The built task pane checked with a real accessibility engine: axe-core (WCAG 2.1 A and AA rules) in
 * headless Chromium, in Finnish, Swedish and English, when the pane opens and again once it shows results
 * (a finding list, the calendar table, an error, download links). Also checks what axe does not: every
 * control has a name, Tab walks the controls in DOM order with a visible focus indicator, and the buttons
 * keep a visible edge in forced colours (Windows high contrast). Same harness as taskpane.e2e.test.ts:
 * the real build, a local server and the fake Excel served in place of Office.js. Needs /usr/bin/chromium.
 */
import type { Page } from "playwright-core";
import { ExcelJsWorkbook } from "../../cli/xlsx/ExcelJsWorkbook";
import { createMonthSheet, createRegionWorkbook, setupTemplate } from "../../core/actions";
import { controlsWithoutName, expectNoAxeViolations } from "./axe";
import type { PaneHarness, SeedRows } from "./paneHarness";
import { seedOf, startPaneHarness } from "./paneHarness";

let harness: PaneHarness;
let regionSeed: Record<string, SeedRows> = {};

beforeAll(async () => {
  harness = await startPaneHarness({ prefix: "tilannekuva-a11y-" });

  // A region workbook with the 2022-09 month sheet, as Excel hands it over (dates as serials).
  const template = new ExcelJsWorkbook();
  await setupTemplate(template, { lang: "fi" });
  const region = new ExcelJsWorkbook();
  await createRegionWorkbook(template, region, { region: "01", lang: "fi" });
  await createMonthSheet(region, { month: "2022-09", lang: "fi" });
  regionSeed = await seedOf(region);
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

const openPane: PaneHarness["openPane"] = (options) => harness.openPane(options);

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

/** Makes one status cell of a month sheet a value that is none of the four statuses; returns true if found. */
const spoilStatus = (page: Page, sheet: string): Promise<boolean> =>
  page.evaluate((name) => {
    const fake = (
      window as unknown as { __fakeExcel: { sheet(n: string): { cells: Map<number, { value: unknown }> } } }
    ).__fakeExcel;
    for (const stored of fake.sheet(name).cells.values()) {
      if (stored.value === "Ei aloitettu") {
        stored.value = "ehkä valmis";
        return true;
      }
    }
    return false;
  }, sheet);

/** Enabled, rendered controls a keyboard user can reach, in DOM order (ids). */
const tabbableIds = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, summary")]
      .filter(
        (el) =>
          !(el as HTMLButtonElement).disabled &&
          el.tabIndex >= 0 &&
          el.getClientRects().length > 0 &&
          !el.closest("[hidden]"),
      )
      .map((el) => el.id),
  );

interface FocusLook {
  outline: string;
  boxShadow: string;
  visible: boolean;
}

/** How an element's focus indicator looks now: its outline and box shadow, and whether either shows. */
const lookOf = (page: Page, id: string): Promise<FocusLook> =>
  page.evaluate((target) => {
    const style = getComputedStyle(document.getElementById(target)!);
    const transparent = (color: string) => color === "transparent" || /rgba\(.*,\s*0\)$/.test(color);
    const outlined =
      style.outlineStyle !== "none" &&
      parseFloat(style.outlineWidth) > 0 &&
      (style.outlineStyle === "auto" || !transparent(style.outlineColor));
    return {
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.outlineOffset}`,
      boxShadow: style.boxShadow,
      visible: outlined || style.boxShadow !== "none",
    };
  }, id);

/** Every rendered button whose edge disappears: neither a non-transparent border nor an outline. */
const buttonsWithoutEdge = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLButtonElement>("button")]
      .filter((b) => b.getClientRects().length > 0 && !b.closest("[hidden]"))
      .flatMap((b) => {
        const s = getComputedStyle(b);
        const transparent = (color: string) => color === "transparent" || /rgba\(.*,\s*0\)$/.test(color);
        const sides = ["Top", "Right", "Bottom", "Left"] as const;
        const border = sides.every(
          (side) =>
            s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== "none" &&
            parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 &&
            !transparent(s.getPropertyValue(`border-${side.toLowerCase()}-color`)),
        );
        const outline =
          s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor);
        return border || outline
          ? []
          : [`${b.id ? `#${b.id}` : `.${b.className}`}: border ${s.border}, outline ${s.outline}`];
      }),
  );

const LANGUAGES = [
  { displayLanguage: "fi-FI", lang: "fi", noFiles: "Valitse ensin alueiden tiedostot." },
  { displayLanguage: "sv-SE", lang: "sv", noFiles: "Välj först områdenas filer." },
  { displayLanguage: "en-US", lang: "en", noFiles: "Choose the regions' files first." },
] as const;

describe("task pane accessibility (axe-core, WCAG 2.1 A/AA)", () => {
  it.each(LANGUAGES)(
    "in $lang: no violations when it opens nor after it shows findings, a calendar and an error; every control is named",
    async ({ displayLanguage, lang, noFiles }) => {
      const page = await openPane({ displayLanguage, sheets: [], seed: regionSeed });
      expect(await page.getAttribute("html", "lang")).toBe(lang);
      await expectNoAxeViolations(page, `the pane (${lang}) as it opens`);
      expect((await controlsWithoutName(page)).unnamed).toEqual([]);

      await page.fill("#month", "2022-09");
      expect(await spoilStatus(page, "2022-09")).toBe(true);
      await act(page, "validate");
      expect(await page.locator("#validate-result .issue-button").count()).toBeGreaterThan(0);
      await page.fill("#year", "2022");
      await act(page, "calendar");
      expect(await page.locator("#calendar-result tbody tr").count()).toBe(12);
      // A region workbook hides consolidation; one click shows every action.
      expect(await page.isVisible("#consolidate")).toBe(false);
      await page.click("#show-all");
      const consolidated = await act(page, "consolidate");
      expect(consolidated).toContain(noFiles);
      expect(await page.getAttribute("#consolidate-result .message", "role")).toBe("alert");
      await act(page, "checklists");

      await expectNoAxeViolations(page, `the pane (${lang}) with findings, a calendar and an error`);
      const { names, unnamed } = await controlsWithoutName(page);
      expect(unnamed).toEqual([]);
      expect(names.some((n) => n.startsWith("button.issue-button: "))).toBe(true);
      await page.close();
    },
  );

  it("has no violations with the region workbooks' download links shown", async () => {
    const page = await openPane({ displayLanguage: "en-US" });
    await act(page, "setup");
    expect(await act(page, "regions")).toContain("workbooks are ready");
    expect(await page.locator("#regions-result a[download]").count()).toBe(22);
    await expectNoAxeViolations(page, "the pane with download links");
    expect((await controlsWithoutName(page, "button, input, select, a[href]")).unnamed).toEqual([]);
    await page.close();
  });

  it("moves focus with Tab through the controls in DOM order, each with a visible focus indicator", async () => {
    const page = await openPane({ displayLanguage: "fi-FI" });
    // Every action shown, without moving where keyboard navigation starts (a real click would).
    await page.evaluate(() => document.getElementById("show-all")!.click());
    const expected = await tabbableIds(page);
    expect(expected).toEqual(
      expect.arrayContaining(["lang", "month", "setup", "validate", "files", "consolidate", "calendar"]),
    );
    const unfocused = new Map<string, FocusLook>();
    for (const id of expected) unfocused.set(id, await lookOf(page, id));

    // Keyboard focus from the top of the page; a month input may take several Tabs (its fields).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const order: string[] = [];
    const focused = new Map<string, FocusLook & { focusVisible: boolean }>();
    for (let presses = 0; order.length < expected.length && presses < expected.length * 3; presses++) {
      await page.keyboard.press("Tab");
      const id = await page.evaluate(() => document.activeElement?.id ?? "");
      if (!id) throw new Error(`Tab reached an element without an id after ${order.join(", ")}`);
      if (order.at(-1) === id) continue;
      order.push(id);
      focused.set(id, {
        ...(await lookOf(page, id)),
        focusVisible: await page.evaluate(() => document.activeElement?.matches(":focus-visible") ?? false),
      });
    }
    expect(order).toEqual(expected);

    const invisible = expected.flatMap((id) => {
      const on = focused.get(id)!;
      const off = unfocused.get(id)!;
      const changed = on.outline !== off.outline || on.boxShadow !== off.boxShadow;
      return on.focusVisible && on.visible && changed
        ? []
        : [`#${id}: focused ${on.outline} / ${on.boxShadow}, unfocused ${off.outline} / ${off.boxShadow}`];
    });
    expect(invisible).toEqual([]);
    await page.close();
  });

  it("keeps every button's edge visible in forced colours (high contrast), findings included", async () => {
    const page = await openPane({ displayLanguage: "sv-SE", sheets: [], seed: regionSeed });
    await page.fill("#month", "2022-09");
    expect(await spoilStatus(page, "2022-09")).toBe(true);
    await act(page, "validate");
    await page.emulateMedia({ forcedColors: "active" });
    expect(await page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
    expect(await page.locator("#validate-result .issue-button").count()).toBeGreaterThan(0);
    expect(await buttonsWithoutEdge(page)).toEqual([]);
    await expectNoAxeViolations(page, "the pane in forced colours");
    await page.close();
  });

  it("loaded nothing from outside but Office.js, and no page had an uncaught error", () => {
    expect(harness.foreignRequests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
