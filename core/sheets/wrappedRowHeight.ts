/** Points per line of the default 11-pt font: Excel's and LibreOffice's default row height. */
export const LINE_POINTS = 15;

/**
 * The height a row needs so that its wrapped cells show every line: LibreOffice keeps the stored height
 * on open and Excel does not re-fit rows it did not write, so a long subtask would otherwise overlap the
 * next row. Lines are estimated at 1.1 characters per unit of column width, less two for the word that
 * does not fit and moves down whole (an average letter of the default font is a little narrower than the
 * digit the unit is measured by), each explicit line break starting a new line. Too tall beats cut off.
 * @example wrappedRowHeight([{ text: "a".repeat(100), width: 48 }]) // 30: two lines of 50
 */
export function wrappedRowHeight(cells: readonly { text: string; width: number }[]): number | null {
  let lines = 1;
  for (const { text, width } of cells) {
    const perLine = Math.max(1, Math.floor(width * 1.1) - 2);
    const count = text
      .split("\n")
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
    lines = Math.max(lines, count);
  }
  return lines > 1 ? lines * LINE_POINTS : null;
}

/**
 * The heights of a sheet's rows: null (the default) above `from` (zero-based), below it the height the
 * wrapping cells need. `wraps(row, column)` says which cells wrap; only their text counts.
 * @example wrappedRowHeights(cells, [10, 50], 4, (r, c) => c === 1)
 */
export function wrappedRowHeights(
  cells: readonly (readonly unknown[])[],
  widths: readonly number[],
  from: number,
  wraps: (row: number, column: number) => boolean,
): (number | null)[] {
  return cells.map((row, r) =>
    r < from
      ? null
      : wrappedRowHeight(
          row.map((cell, c) => ({
            text: wraps(r, c) && (typeof cell === "string" || typeof cell === "number") ? String(cell) : "",
            width: widths[c] ?? 10,
          })),
        ),
  );
}
