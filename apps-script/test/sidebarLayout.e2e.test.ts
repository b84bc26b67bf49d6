/**
 * The Google Sheets sidebar at its real width (300 px) in headless Chromium, in Finnish, Swedish and
 * English: drop-downs whose text fits, and an outcome that shows where the user is looking. Screenshots
 * land in test-artifacts/apps-script/ for a person to look at. Needs /usr/bin/chromium.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import type { SidebarBrowser } from "./sidebarPage";
import { act, launchSidebarBrowser } from "./sidebarPage";

const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts", "apps-script");
/** A sidebar on a laptop screen (768 px high, less the browser's and Sheets' own bars). */
const HEIGHT = 560;

let sidebars: SidebarBrowser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  sidebars = await launchSidebarBrowser();
}, 120_000);

afterAll(async () => {
  await sidebars?.close();
});

interface SelectFit {
  id: string;
  /**
   * "none" when the page draws the arrow in the select's padding; with the browser's own arrow
   * ("auto"), the arrow covers the end of the text and the content box does not say how much.
   */
  appearance: string;
  /** The width an option's text has: the select's content box. */
  room: number;
  options: { text: string; width: number; visible: string }[];
}

// The page's own scripts, as text: the Apps Script test config has no DOM types, on purpose.

/** Every drop-down's room for text and the width of each option's text in the select's own font. */
const MEASURE_SELECTS = `(() => {
  const ruler = document.body.appendChild(document.createElement("span"));
  ruler.style.cssText = "position:absolute;visibility:hidden;white-space:pre";
  const fits = Array.from(document.querySelectorAll("select")).map((select) => {
    const style = getComputedStyle(select);
    ruler.style.font = style.font;
    const width = (text) => {
      ruler.textContent = text;
      return ruler.getBoundingClientRect().width;
    };
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return {
      id: select.id,
      appearance: style.appearance,
      room,
      options: Array.from(select.options).map((option) => {
        let visible = option.text;
        while (visible && width(visible) > room) visible = visible.slice(0, -1);
        return { text: option.text, width: width(option.text), visible };
      }),
    };
  });
  ruler.remove();
  return fits;
})()`;

/** Where the outcome's first line and first finding are, in whole pixels (Chromium uses fractions). */
const MESSAGE_IN_VIEW = `(() => {
  const box = document.querySelector("#status .message").getBoundingClientRect();
  const finding = document.querySelector("#status li").getBoundingClientRect();
  return {
    top: Math.round(box.top),
    bottom: Math.round(box.bottom),
    firstFinding: Math.round(finding.bottom),
    height: document.documentElement.clientHeight,
    scrolled: document.scrollingElement.scrollTop,
  };
})()`;

const measureSelects = (page: Page) => page.evaluate(MEASURE_SELECTS) as Promise<SelectFit[]>;
const messageInView = (page: Page) =>
  page.evaluate(MESSAGE_IN_VIEW) as Promise<{
    top: number;
    bottom: number;
    firstFinding: number;
    height: number;
    scrolled: number;
  }>;

const LANGUAGES = [
  { locale: "fi_FI", lang: "fi" },
  { locale: "sv_SE", lang: "sv" },
  { locale: "en_GB", lang: "en" },
] as const;
const NOT_STARTED = ["Ei aloitettu", "Inte påbörjad", "Not started"];

describe("Sidebar.html at 300 px", () => {
  it.each(LANGUAGES)(
    "region sidebar in $lang: the language and programme drop-downs show their whole text, regions stay told apart",
    async ({ locale, lang }) => {
      const { page } = await sidebars.open("region", locale, HEIGHT);
      await page.screenshot({ path: path.join(ARTIFACTS, `sidebar-region-${lang}.png`), fullPage: true });
      const selects = await measureSelects(page);
      expect(selects.map((s) => [s.id, s.appearance])).toEqual([
        ["lang", "none"],
        ["programme", "none"],
        ["region", "none"],
      ]);
      for (const select of selects.filter((s) => s.id !== "region")) {
        expect(select.options.filter((o) => o.width > select.room)).toEqual([]);
      }
      // Region names (data from the core) are longer than any sidebar: cut, each still reads as its own
      // region, with its code and the distinguishing part of its name.
      const region = selects.find((s) => s.id === "region")!;
      expect(region.options.length).toBeGreaterThan(20);
      const visible = region.options.map((o) => o.visible);
      expect(new Set(visible).size).toBe(visible.length);
      expect(visible.every((text) => /^\d\d \S+/.test(text) && text.length >= 18)).toBe(true);
      await page.close();
    },
  );

  it.each(LANGUAGES)(
    "national sidebar in $lang: every drop-down shows its whole text",
    async ({ locale, lang }) => {
      const { page } = await sidebars.open("national", locale, HEIGHT);
      await page.screenshot({ path: path.join(ARTIFACTS, `sidebar-national-${lang}.png`), fullPage: true });
      const selects = await measureSelects(page);
      expect(selects.map((s) => [s.id, s.appearance])).toEqual([
        ["lang", "none"],
        ["nationalProgramme", "none"],
      ]);
      for (const select of selects) expect(select.options.filter((o) => o.width > select.room)).toEqual([]);
      await page.close();
    },
  );

  it.each(LANGUAGES)(
    "region sidebar in $lang: a check with 30 findings shows its outcome in view, not below the sections",
    async ({ locale, lang }) => {
      const { page, spreadsheet } = await sidebars.open("region", locale, HEIGHT);
      await act(page, "setupTemplate");
      await act(page, "setRegion");
      await act(page, "createMonthSheet");
      const month = await page.inputValue("#month");
      const sheet = spreadsheet.getSheetByName(month)!;
      const values = sheet.getDataRange().getValues();
      const isNotStarted = (v: unknown) => NOT_STARTED.includes(v as string);
      const column = values.find((r) => r.some(isNotStarted))!.findIndex(isNotStarted);
      const rows = values.flatMap((r, i) => (isNotStarted(r[column]) ? [i + 1] : [])).slice(0, 30);
      expect(rows).toHaveLength(30);
      for (const row of rows) sheet.getRange(row, column + 1).setValue("ehkä valmis");

      await page.evaluate("document.scrollingElement.scrollTop = 0");
      await act(page, "validateMonth");
      expect(await page.locator("#status li").count()).toBeGreaterThanOrEqual(30);
      const view = await messageInView(page);
      await page.screenshot({ path: path.join(ARTIFACTS, `sidebar-region-${lang}-findings.png`) });
      // The page had to scroll: the outcome sits below every section.
      expect(view.scrolled).toBeGreaterThan(0);
      expect(view.top).toBeGreaterThanOrEqual(0);
      expect(view.bottom).toBeLessThanOrEqual(view.height);
      // …with the first findings under it.
      expect(view.firstFinding).toBeLessThanOrEqual(view.height);
      await page.close();
    },
  );
});
