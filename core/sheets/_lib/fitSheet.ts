import { cellAddress } from "../../_lib/cells";
import type { SheetSpec } from "../SheetSpec";
import { cellLayout } from "./cellLayout";
import type { TextStyle } from "./textWidth";
import { textWidth } from "./textWidth";

/** Room a cell needs beyond its text: Excel's cell margins and a little slack for other fonts. */
export const CELL_PADDING = 1.5;
/** Points per line of 11-point text, as Excel and LibreOffice set a default row. */
export const LINE_HEIGHT = 15;
/** Excel's tallest row, in points; a taller height is refused. */
export const MAX_ROW_HEIGHT = 409;

export interface FitSheetOptions {
  /** Per column: how wide wrapped text may make the column before it wraps (0: only its longest word). */
  readonly wrapWidths?: readonly number[];
  /** Cells (A1) left out of the fitting because they spill over empty cells: titles, notes. */
  readonly spill?: readonly string[];
  readonly minWidth?: number;
  readonly maxWidth?: number;
}

/** Width of the widest word: a wrapped cell never breaks inside a word, so the column must hold it. */
export function widestWord(text: string, style: TextStyle): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => textWidth(word, style)));
}

/** Lines a wrapped text takes in a column of `width` units, breaking at spaces as spreadsheets do. */
export function wrappedLines(text: string, width: number, style: TextStyle): number {
  const room = Math.max(width - CELL_PADDING, 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(" ")) {
      const w = textWidth(word, style);
      const withSpace = line === 0 ? w : line + textWidth(" ", style) + w;
      if (line > 0 && withSpace > room) {
        lines++;
        line = w;
      } else line = withSpace;
    }
  }
  return lines;
}

/**
 * Sizes a sheet's columns to their content (a font-metric estimate) and gives rows with wrapped text
 * an explicit height: LibreOffice keeps a stored row height on open and does not grow it, so text
 * would overlap the next row.
 * @example fitSheet(spec, { wrapWidths: [0, 0, 45] })
 */
export function fitSheet(spec: SheetSpec, options: FitSheetOptions = {}): SheetSpec {
  const { minWidth = 6, maxWidth = 60 } = options;
  const spill = new Set(options.spill ?? []);
  const looks = cellLayout(spec);
  const columns = Math.max(0, ...spec.cells.map((row) => row.length), spec.columnWidths?.length ?? 0);
  const widths: number[] = Array.from({ length: columns }, () => minWidth);
  looks.forEach((row, r) => {
    row.forEach((look, c) => {
      if (!look.text || look.covered || look.span > 1 || spill.has(cellAddress(r, c))) return;
      const need = look.wrap
        ? Math.max(
            widestWord(look.text, look),
            Math.min(textWidth(look.text, look), options.wrapWidths?.[c] ?? 0),
          )
        : textWidth(look.text, look);
      widths[c] = Math.max(widths[c]!, Math.min(need + CELL_PADDING, maxWidth));
    });
  });
  // A quarter character over the whole number: LibreOffice stores widths in its own units and takes a
  // width of exactly 9 for its default 8.54, which would cut a label sized to the character.
  const columnWidths = widths.map((w) => Math.ceil(w) + 0.25);
  const rowHeights = looks.map((row) => {
    let lines = 1;
    let fontSize = 11;
    row.forEach((look, c) => {
      if (!look.text || look.covered) return;
      fontSize = Math.max(fontSize, look.fontSize ?? 11);
      if (!look.wrap) return;
      const width = columnWidths.slice(c, c + look.span).reduce((a, b) => a + b, 0);
      lines = Math.max(lines, wrappedLines(look.text, width, look));
    });
    if (lines <= 1 && fontSize <= 11) return null;
    return Math.min(Math.ceil(lines * LINE_HEIGHT * (fontSize / 11)), MAX_ROW_HEIGHT);
  });
  return { ...spec, columnWidths, rowHeights };
}
