import { run } from "./libreoffice";

/** One printed page: its size as pdfinfo names it ("841.89 x 595.304 pts (A4)") and its text. */
export interface PdfPage {
  size: string;
  text: string;
}

/** The pages of a PDF, read with poppler's pdfinfo and pdftotext (layout kept, so a line reads as printed). */
export async function pdfPages(pdf: string): Promise<PdfPage[]> {
  const count = Number(/Pages:\s+(\d+)/.exec((await run("pdfinfo", [pdf])).output)?.[1] ?? 0);
  if (!count) return [];
  const { output } = await run("pdfinfo", ["-f", "1", "-l", `${count}`, pdf]);
  const sizes = [...output.matchAll(/Page\s+\d+ size:\s+(.*)/g)].map((m) => m[1]!.trim());
  const pages: PdfPage[] = [];
  for (let p = 1; p <= count; p++) {
    const text = (await run("pdftotext", ["-f", `${p}`, "-l", `${p}`, "-layout", pdf, "-"])).output;
    pages.push({ size: sizes[p - 1] ?? "", text });
  }
  return pages;
}
