/**
 * axe-core in a Playwright page, for the accessibility e2e suites of the task pane and of the Apps Script
 * sidebar: injects node_modules/axe-core/axe.min.js as an inline script, runs the WCAG 2.1 A and AA rules
 * and reports what it finds one line per element. The page code reaches the page through `globalThis`
 * only, so this file compiles without the DOM library (the Apps Script test project has none).
 */
import { readFileSync } from "node:fs";
import type { AxeResults, RunOptions } from "axe-core";
import type { Page } from "playwright-core";

/** The rules that test WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeInPage {
  run(context: unknown, options: RunOptions): Promise<AxeResults>;
  setup(node?: unknown): unknown;
  teardown(): void;
  commons: { text: { accessibleText(element: unknown): string } };
}

/** Adds axe to the page unless it is there already (it stays until the page navigates). */
export async function injectAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.addScriptTag({ content: AXE_SOURCE });
}

/** A violation as it leaves the page: what the report needs, no element references. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; html: string; failureSummary: string }[];
}

/** axe's WCAG 2.1 A/AA violations in the page as it is now. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await injectAxe(page);
  return page.evaluate(
    async (tags) => {
      const axe = (globalThis as unknown as { axe: AxeInPage }).axe;
      const results = await axe.run((globalThis as unknown as { document: unknown }).document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      });
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({
          target: n.target.map(String),
          html: n.html,
          failureSummary: n.failureSummary ?? "",
        })),
      }));
    },
    [...WCAG_21_AA],
  );
}

/** One readable line per failing element: rule, impact, where, and axe's own explanation. */
export function describeViolations(violations: readonly Violation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? "?"}): ${v.help} — ${n.target.join(" ")} ${n.html}\n    ` +
        `${n.failureSummary.replace(/\n\s*/g, " ")}\n    ${v.helpUrl}`,
    ),
  );
}

/** Fails with the violations listed, one per line, when axe finds any. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const found = describeViolations(await axeViolations(page));
  if (found.length > 0)
    throw new Error(
      `axe (WCAG 2.1 A/AA) found ${found.length} problem(s) in ${where}:\n  ${found.join("\n  ")}`,
    );
}

/**
 * The controls (matching `selector`, not hidden) whose accessible name, as axe computes it, is empty:
 * each as tag#id or tag.class with its outer HTML cut short.
 */
export async function controlsWithoutName(
  page: Page,
  selector = "button, input, select, textarea",
): Promise<{ names: string[]; unnamed: string[] }> {
  await injectAxe(page);
  return page.evaluate((sel) => {
    interface El {
      tagName: string;
      id: string;
      className: string;
      outerHTML: string;
      hidden: boolean;
      closest(selector: string): unknown;
      getClientRects(): { length: number };
    }
    const scope = globalThis as unknown as {
      axe: AxeInPage;
      document: { querySelectorAll(selector: string): Iterable<El> };
    };
    const axe = scope.axe;
    axe.setup();
    try {
      const names: string[] = [];
      const unnamed: string[] = [];
      for (const el of scope.document.querySelectorAll(sel)) {
        if (el.getClientRects().length === 0 || el.closest("[hidden]")) continue;
        const name = axe.commons.text.accessibleText(el).trim();
        const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : el.className ? `.${el.className}` : ""}`;
        if (name) names.push(`${label}: ${name}`);
        else unnamed.push(`${label} ${el.outerHTML.slice(0, 120)}`);
      }
      return { names, unnamed };
    } finally {
      axe.teardown();
    }
  }, selector);
}
