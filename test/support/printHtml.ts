/**
 * Prints self-contained HTML in headless Chromium (/usr/bin/chromium) the way a user's browser would:
 * PDF with the page's own @page size, screenshots at a given viewport, and layout facts for assertions.
 */
import { execFileSync } from "node:child_process";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium";
import type { Browser } from "playwright-core";
import { chromium } from "playwright-core";

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}

/** The PDF Chromium prints for `html` (CSS page size, backgrounds on). */
export async function printPdf(browser: Browser, html: string): Promise<Buffer> {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: "load" });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.close();
  return pdf;
}

/** Number of pages in a PDF, counted from its page objects (no PDF library needed). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** A PNG of the first `height` pixels of `html` at `width`, in screen or print media. */
export async function screenshot(
  browser: Browser,
  html: string,
  options: { width: number; height: number; media: "screen" | "print"; path: string },
): Promise<{ scrollWidth: number; clientWidth: number }> {
  const page = await browser.newPage({ viewport: { width: options.width, height: options.height } });
  await page.emulateMedia({ media: options.media });
  await page.setContent(html, { waitUntil: "load" });
  await page.screenshot({ path: options.path, fullPage: false });
  const sizes = await page.$eval("html", (root) => ({
    scrollWidth: root.scrollWidth,
    clientWidth: root.clientWidth,
  }));
  await page.close();
  return sizes;
}

/** Page `n` of a PDF file as a PNG (`<prefix>.png`), by poppler's pdftoppm: exactly what prints. */
export function pdfPagePng(pdfPath: string, n: number, prefix: string): void {
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "96",
    "-f",
    String(n),
    "-l",
    String(n),
    "-singlefile",
    pdfPath,
    prefix,
  ]);
}
