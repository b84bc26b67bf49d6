import { cellAddress, parseRange } from "../../_lib/cells";
import type { SheetSpec } from "../SheetSpec";
import type { CellLook } from "./cellLayout";
import { cellLayout } from "./cellLayout";
import type { TextStyle } from "./textWidth";
import { textWidth, widestWord, wrappedTextLines } from "./textWidth";

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

export { widestWord };

/** Lines a wrapped text takes in a column of `width` units, breaking at spaces as spreadsheets do. */
export function wrappedLines(text: string, width: number, style: TextStyle): number {
  return wrappedTextLines(text, Math.max(width - CELL_PADDING, 1), style);
}

/**
 * Sizes a sheet's columns to their content (a font-metric estimate) and gives rows with wrapped text
 * an explicit height: LibreOffice keeps a stored row height on open and does not grow it, so text
 * would overlap the next row.
 * @example fitSheet(spec, { wrapWidths: [0, 0, 45] })
 */
export function fitSheet(spec: SheetSpec, options: FitSheetOptions = {}): SheetSpec {
  const { minWidth = 6, maxWidth = 60 } = options;
  // By place, not by address: an address string per cell was a tenth of fitting a large sheet.
  const spill = new Set<number>();
  for (const a1 of options.spill ?? []) {
    const { row, column } = parseRange(a1);
    if (cellAddress(row, column) === a1) spill.add(row * MAX_COLUMNS + column);
  }
  const looks = cellLayout(spec);
  const columns = Math.max(0, ...spec.cells.map((row) => row.length), spec.columnWidths?.length ?? 0);
  const widths: number[] = Array.from({ length: columns }, () => minWidth);
  // Texts in the default font repeat down a column (tasks, statuses, dates): each is measured once.
  const plainWidths = new Map<string, number>();
  const plainWords = new Map<string, number>();
  const width = (look: CellLook) =>
    isPlain(look) ? memo(plainWidths, look.text, textWidth) : textWidth(look.text, look);
  const widest = (look: CellLook) =>
    isPlain(look) ? memo(plainWords, look.text, widestWord) : widestWord(look.text, look);
  looks.forEach((row, r) => {
    row.forEach((look, c) => {
      if (!look.text || look.covered || look.span > 1 || spill.has(r * MAX_COLUMNS + c)) return;
      const need = look.wrap
        ? Math.max(widest(look), Math.min(width(look), options.wrapWidths?.[c] ?? 0))
        : width(look);
      widths[c] = Math.max(widths[c]!, Math.min(need + CELL_PADDING, maxWidth));
    });
  });
  // A quarter character over the whole number: LibreOffice stores widths in its own units and takes a
  // width of exactly 9 for its default 8.54, which would cut a label sized to the character.
  const columnWidths = widths.map((w) => Math.ceil(w) + 0.25);
  const plainLines = columnWidths.map(() => new Map<string, number>());
  const rowHeights = looks.map((row) => {
    let lines = 1;
    let fontSize = 11;
    row.forEach((look, c) => {
      if (!look.text || look.covered) return;
      fontSize = Math.max(fontSize, look.fontSize ?? 11);
      if (!look.wrap) return;
      if (look.span === 1 && isPlain(look)) {
        const wrapped = (text: string) => wrappedLines(text, columnWidths[c]!, look);
        lines = Math.max(lines, memo(plainLines[c]!, look.text, wrapped));
        return;
      }
      const width = columnWidths.slice(c, c + look.span).reduce((a, b) => a + b, 0);
      lines = Math.max(lines, wrappedLines(look.text, width, look));
    });
    if (lines <= 1 && fontSize <= 11) return null;
    return Math.min(Math.ceil(lines * LINE_HEIGHT * (fontSize / 11)), MAX_ROW_HEIGHT);
  });
  return { ...spec, columnWidths, rowHeights };
}

/** Columns a sheet has at most (Excel's XFD): a cell's place is its row times this plus its column. */
const MAX_COLUMNS = 16384;

/** The default font, regular and 11 points: a width of its text is the same wherever it stands. */
function isPlain(look: CellLook): boolean {
  return !look.bold && (look.fontSize ?? 11) === 11;
}

function memo(cache: Map<string, number>, text: string, measure: (text: string, style: TextStyle) => number) {
  let value = cache.get(text);
  if (value === undefined) cache.set(text, (value = measure(text, PLAIN)));
  return value;
}

const PLAIN: TextStyle = {};
