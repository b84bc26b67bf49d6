import { cellAddress } from "../../_lib/cells";
import type { SheetSpec } from "../SheetSpec";
import { cellLayout } from "./cellLayout";
import { CELL_PADDING, LINE_HEIGHT, widestWord, wrappedLines } from "./fitSheet";
import { textWidth } from "./textWidth";

/** Excel's default column width in characters, for columns a spec leaves unsized. */
const DEFAULT_WIDTH = 8.43;

/**
 * The cells of a spec whose text would not show in full, as `A1: text`: a one-line text wider than its
 * column (plus the empty cells it may spill into), a wrapped text needing more lines than its row
 * has, or a single word wider than its wrapped column.
 * @example cutLabels(summarySheet(picture)) // []
 */
export function cutLabels(spec: SheetSpec): string[] {
  const widths = spec.columnWidths ?? [];
  const width = (c: number) => widths[c] ?? DEFAULT_WIDTH;
  const cut: string[] = [];
  cellLayout(spec).forEach((row, r) => {
    row.forEach((look, c) => {
      if (!look.text || look.covered) return;
      let room = 0;
      for (let i = c; i < c + look.span; i++) room += width(i);
      const where = `${cellAddress(r, c)}: ${look.text}`;
      if (look.wrap) {
        const height = spec.rowHeights?.[r] ?? LINE_HEIGHT;
        const lines = wrappedLines(look.text, room, look);
        const longest = widestWord(look.text, look);
        if (
          lines * LINE_HEIGHT * ((look.fontSize ?? 11) / 11) > height + 0.5 ||
          longest + CELL_PADDING > room
        )
          cut.push(where);
        return;
      }
      // Text spills over empty cells to its right; numbers show ### instead.
      if (look.isText) {
        for (
          let i = c + look.span;
          spec.cells[r]?.[i] === undefined || spec.cells[r]?.[i] === null || spec.cells[r]?.[i] === "";
          i++
        ) {
          if (i > c + 30) break;
          room += width(i);
        }
      }
      if (textWidth(look.text, look) + CELL_PADDING > room + 0.01) cut.push(where);
    });
  });
  return cut;
}
