import { cellAddress, columnLetter, parseRange } from "../../../core/_lib/cells";
import type { ConditionalFormatSpec, SheetSpec, StyleSpec } from "../../../core/sheets/SheetSpec";
import { columnRuns } from "../../../core/sheets/_lib/columnRuns";
import type { RequestBudget } from "./RequestBudget";
import { SMALL_ACTION_BYTES, estimateBytes } from "./RequestBudget";

/** Excel's column width is in points; a character of the default font is about 7 px = 5.25 pt, plus padding. */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 * 0.75 + 5) * 100) / 100;
}

const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;

type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

async function renderStyle(sheet: Excel.Worksheet, style: StyleSpec, budget: RequestBudget): Promise<void> {
  const range = sheet.getRange(style.range);
  const format = range.format;
  const queue = async (apply: () => void): Promise<void> => {
    await budget.reserve(SMALL_ACTION_BYTES);
    apply();
  };
  const { bold, italic, fontSize, fontColor, fill, wrap, align } = style;
  if (bold !== undefined) await queue(() => (format.font.bold = bold));
  if (italic !== undefined) await queue(() => (format.font.italic = italic));
  if (fontSize !== undefined) await queue(() => (format.font.size = fontSize));
  if (fontColor !== undefined) await queue(() => (format.font.color = fontColor));
  if (fill !== undefined) await queue(() => (format.fill.color = fill));
  if (wrap !== undefined) await queue(() => (format.wrapText = wrap));
  if (align !== undefined) await queue(() => (format.horizontalAlignment = ALIGN[align]));
  if (style.numberFormat !== undefined) {
    const { rows, columns } = parseRange(style.range);
    const numberFormat = style.numberFormat;
    const block: string[][] = Array.from({ length: rows }, () =>
      new Array<string>(columns).fill(numberFormat),
    );
    await budget.reserve(estimateBytes(block));
    range.numberFormat = block;
  }
  if (style.border) {
    const { rows, columns } = parseRange(style.range);
    const edges: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (rows > 1) edges.push("InsideHorizontal");
    if (columns > 1) edges.push("InsideVertical");
    for (const edge of edges) {
      await budget.reserve(SMALL_ACTION_BYTES * 2);
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

/** Consecutive columns of equal width share one range ("B:D"). */
async function renderColumnWidths(
  sheet: Excel.Worksheet,
  widths: readonly number[],
  budget: RequestBudget,
): Promise<void> {
  let start = 0;
  for (let c = 1; c <= widths.length; c++) {
    if (c < widths.length && widths[c] === widths[start]) continue;
    const width = widths[start];
    if (width !== undefined && width > 0) {
      await budget.reserve(SMALL_ACTION_BYTES);
      sheet.getRange(`${columnLetter(start)}:${columnLetter(c - 1)}`).format.columnWidth =
        charactersToPoints(width);
    }
    start = c;
  }
}

/** Consecutive rows of equal explicit height share one range ("5:7"); rows without one keep Excel's. */
async function renderRowHeights(
  sheet: Excel.Worksheet,
  heights: readonly (number | null)[],
  budget: RequestBudget,
): Promise<void> {
  let start = 0;
  for (let r = 1; r <= heights.length; r++) {
    if (r < heights.length && heights[r] === heights[start]) continue;
    const height = heights[start];
    if (height !== null && height !== undefined) {
      await budget.reserve(SMALL_ACTION_BYTES);
      sheet.getRange(`${start + 1}:${r}`).format.rowHeight = height;
    }
    start = r;
  }
}

/** Escapes text for a string literal inside an Excel formula. */
const formulaString = (text: string): string => `"${text.replace(/"/g, '""')}"`;

async function renderConditionalFormat(
  sheet: Excel.Worksheet,
  spec: ConditionalFormatSpec,
  budget: RequestBudget,
): Promise<void> {
  await budget.reserve(estimateBytes(spec) + SMALL_ACTION_BYTES * 3);
  const collection = sheet.getRange(spec.range).conditionalFormats;
  const bounds = parseRange(spec.range);
  // Custom rules are written for the range's top-left cell, with a relative reference.
  const topLeft = cellAddress(bounds.row, bounds.column);
  const { condition } = spec;
  if (condition.kind === "between" || condition.kind === "atLeast") {
    const format = collection.add("CellValue");
    format.cellValue.format.fill.color = spec.fill;
    if (spec.fontColor) format.cellValue.format.font.color = spec.fontColor;
    format.cellValue.rule =
      condition.kind === "between"
        ? { formula1: String(condition.min), formula2: String(condition.max), operator: "Between" }
        : { formula1: String(condition.min), operator: "GreaterThanOrEqual" };
    return;
  }
  const format = collection.add("Custom");
  format.custom.rule.formula =
    condition.kind === "textEquals" ? `=${topLeft}=${formulaString(condition.text)}` : `=ISBLANK(${topLeft})`;
  format.custom.format.fill.color = spec.fill;
  if (spec.fontColor) format.custom.format.font.color = spec.fontColor;
}

/** Styles in order, column widths, conditional formats and merges of one sheet. */
export async function renderStyles(
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  budget: RequestBudget,
): Promise<void> {
  for (const style of spec.styles ?? []) await renderStyle(sheet, style, budget);
  await renderColumnWidths(sheet, spec.columnWidths ?? [], budget);
  for (const run of columnRuns(spec.hiddenColumns ?? [])) {
    await budget.reserve(SMALL_ACTION_BYTES);
    const last = run.start + run.count - 1;
    sheet.getRange(`${columnLetter(run.start)}:${columnLetter(last)}`).columnHidden = true;
  }
  await renderRowHeights(sheet, spec.rowHeights ?? [], budget);
  for (const format of spec.conditionalFormats ?? []) await renderConditionalFormat(sheet, format, budget);
  for (const merge of spec.merges ?? []) {
    await budget.reserve(SMALL_ACTION_BYTES);
    sheet.getRange(merge).merge(false);
  }
}
