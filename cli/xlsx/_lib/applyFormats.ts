import type ExcelJS from "exceljs";
import type { SheetSpec } from "../../../core/sheets/SheetSpec";
import { argb } from "./argb";
import type { CellFormat } from "./cellFormats";
import { cellFormats } from "./cellFormats";

const THIN: Partial<ExcelJS.Border> = { style: "thin" };

/**
 * Gives every cell the formats the spec asks for (see `cellFormats`). Each cell gets fresh style
 * objects: ExcelJS shares style objects between cells that were styled together, so editing one in place
 * would leak to others.
 */
export function applyFormats(worksheet: ExcelJS.Worksheet, spec: SheetSpec): void {
  for (const { row, column, format } of cellFormats(spec)) {
    applyFormat(worksheet.getCell(row + 1, column + 1), format);
  }
}

function applyFormat(cell: ExcelJS.Cell, format: CellFormat): void {
  const { bold, italic, fontSize, fontColor, fill, wrap, align, numberFormat, border, unlocked } = format;
  if (bold !== undefined || italic !== undefined || fontSize !== undefined || fontColor !== undefined) {
    // scheme "minor" keeps the theme's body font, as unstyled cells have.
    const font: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, scheme: "minor", size: fontSize ?? 11 };
    if (bold !== undefined) font.bold = bold;
    if (italic !== undefined) font.italic = italic;
    if (fontColor !== undefined) font.color = { argb: argb(fontColor) };
    cell.font = font;
  }
  if (fill !== undefined) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(fill) } };
  if (wrap !== undefined || align !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (wrap !== undefined) alignment.wrapText = wrap;
    if (align !== undefined) alignment.horizontal = align;
    cell.alignment = alignment;
  }
  if (numberFormat !== undefined) cell.numFmt = numberFormat;
  if (border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (unlocked) cell.protection = { locked: false };
}
