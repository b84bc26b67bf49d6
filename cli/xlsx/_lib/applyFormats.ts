import type ExcelJS from "exceljs";
import { parseRange } from "../../../core/_lib/cells";
import type { SheetSpec, StyleSpec } from "../../../core/sheets/SheetSpec";
import { argb } from "./argb";

/** How a date cell is shown when no style gives it a number format: the way Finnish users write a day. */
export const DEFAULT_DATE_FORMAT = "d.m.yyyy";

type CellFormat = { -readonly [K in Exclude<keyof StyleSpec, "range">]?: StyleSpec[K] } & {
  unlocked?: boolean;
};

const THIN: Partial<ExcelJS.Border> = { style: "thin" };

/**
 * Gives every cell the formats the spec asks for: date cells their default number format, then the styles
 * in order (a later style wins where they overlap), then the unlocked flag of the editable ranges.
 * Formats are merged per cell first and each cell gets fresh style objects: ExcelJS shares style objects
 * between cells that were styled together, so editing one in place would leak to others.
 */
export function applyFormats(worksheet: ExcelJS.Worksheet, spec: SheetSpec): void {
  const formats = new Map<string, { row: number; column: number; format: CellFormat }>();
  const at = (row: number, column: number): CellFormat => {
    const key = `${row},${column}`;
    let entry = formats.get(key);
    if (!entry) formats.set(key, (entry = { row, column, format: {} }));
    return entry.format;
  };
  const eachCell = (range: string, visit: (format: CellFormat) => void): void => {
    const { row, column, rows, columns } = parseRange(range);
    for (let r = row; r < row + rows; r++) for (let c = column; c < column + columns; c++) visit(at(r, c));
  };

  spec.cells.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell !== null && typeof cell === "object" && "date" in cell)
        at(r, c).numberFormat = DEFAULT_DATE_FORMAT;
    }),
  );
  for (const { range, ...style } of spec.styles ?? []) {
    eachCell(range, (format) => Object.assign(format, definedOnly(style)));
  }
  const sortable = spec.protection?.sortable;
  for (const range of [...(spec.protection?.editable ?? []), ...(sortable ? [sortable.range] : [])]) {
    eachCell(range, (format) => (format.unlocked = true));
  }

  for (const { row, column, format } of formats.values()) {
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

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
