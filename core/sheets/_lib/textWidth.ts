/**
 * Estimated widths of Calibri 11 glyphs in Excel's column-width unit (the width of "0", 7 px at 100 %).
 * Measured from the font's advance widths and rounded to the nearest 0.05; letters not listed count as
 * the average lower-case letter. An estimate that errs wide: a column a little too wide costs a few
 * pixels, one too narrow cuts the label ("Tilannep").
 */
const NARROW = new Set([..."iljtfrI.,:;'|!()[]{}- "]);
const WIDE = new Set([..."mwMWÅÄÖ%@&"]);
const CAPITAL = /\p{Lu}/u;
const DIGIT = /\d/;

/**
 * Widths of the characters met so far: texts repeat a small alphabet, and two regular expressions per
 * character were most of the time of fitting a sheet. Bounded, for a region's text of odd characters.
 */
const known = new Map<string, number>();
const MOST_KNOWN = 4096;

function glyphWidth(char: string): number {
  let width = known.get(char);
  if (width === undefined) {
    width = measure(char);
    if (known.size < MOST_KNOWN) known.set(char, width);
  }
  return width;
}

function measure(char: string): number {
  if (NARROW.has(char)) return 0.55;
  if (WIDE.has(char)) return 1.45;
  if (DIGIT.test(char)) return 1;
  if (CAPITAL.test(char)) return 1.1;
  return 0.95;
}

export interface TextStyle {
  readonly bold?: boolean;
  readonly fontSize?: number;
}

/**
 * Width of one line of text in column-width units, for the default font at `fontSize` (11 when unset).
 * @example textWidth("Tilannepäivä") // ≈ 10.6
 */
export function textWidth(text: string, style: TextStyle = {}): number {
  let width = 0;
  for (const char of text) width += glyphWidth(char);
  // Bold Calibri runs about 7 % wider; sizes scale linearly from the 11-point default.
  return width * (style.bold ? 1.07 : 1) * ((style.fontSize ?? 11) / 11);
}
