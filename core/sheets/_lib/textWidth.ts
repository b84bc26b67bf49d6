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
 * Widths of the UTF-16 units met so far, by code (0: not measured yet): texts repeat a small alphabet,
 * and two regular expressions per character were most of the time of fitting a sheet; a typed array
 * beside a map of one-character strings spares a string per character too.
 */
const known = new Float64Array(0x10000);

/** Width of the character whose UTF-16 unit is `code` (not a surrogate). */
function unitWidth(code: number): number {
  const width = known[code]!;
  return width !== 0 ? width : (known[code] = measure(String.fromCharCode(code)));
}

/** True when the text has a surrogate: its characters are then taken a code point at a time. */
const SURROGATE = /[\ud800-\udfff]/;

/** Sum of the glyph widths of a text, added in the order of its characters. */
function glyphsWidth(text: string): number {
  let width = 0;
  if (SURROGATE.test(text)) {
    for (const char of text) width += char.length === 1 ? unitWidth(char.charCodeAt(0)) : measure(char);
    return width;
  }
  for (let i = 0; i < text.length; i++) width += unitWidth(text.charCodeAt(i));
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
  return scaled(glyphsWidth(text), style);
}

/** A width of the default font at `style`'s weight and size. */
function scaled(width: number, style: TextStyle): number {
  // Bold Calibri runs about 7 % wider; sizes scale linearly from the 11-point default.
  return width * (style.bold ? 1.07 : 1) * ((style.fontSize ?? 11) / 11);
}

/** Spaces as `\s` matches them: where words end. */
function isSpace(code: number): boolean {
  return code <= 0x20
    ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
    : code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff;
}

/**
 * Width of the widest word (between runs of spaces, `\s`), 0 for none: a wrapped cell never breaks
 * inside a word, so its column must hold it.
 * @example widestWord("Tilannepäivä on", {}) // textWidth("Tilannepäivä")
 */
export function widestWord(text: string, style: TextStyle): number {
  if (SURROGATE.test(text)) return Math.max(0, ...text.split(/\s+/).map((word) => textWidth(word, style)));
  let widest = 0;
  let word = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (!isSpace(code)) {
      word += unitWidth(code);
      continue;
    }
    widest = Math.max(widest, scaled(word, style));
    word = 0;
  }
  return widest;
}

/**
 * Lines a wrapped text takes with `room` units for its text, breaking at spaces (only " ") and at line
 * breaks as spreadsheets do. A word is measured once, as it is read: no array of lines or words.
 * @example wrappedTextLines("a b", 1, {}) // 2
 */
export function wrappedTextLines(text: string, room: number, style: TextStyle): number {
  if (SURROGATE.test(text)) return splitLines(text, room, style);
  const space = textWidth(" ", style);
  let lines = 1;
  let line = 0;
  let word = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (code !== 0x20 && code !== 0x0a) {
      word += unitWidth(code);
      continue;
    }
    const w = scaled(word, style);
    const withSpace = line === 0 ? w : line + space + w;
    if (line > 0 && withSpace > room) {
      lines++;
      line = w;
    } else line = withSpace;
    word = 0;
    if (code === 0x0a && i < text.length) {
      lines++;
      line = 0;
    }
  }
  return lines;
}

/** `wrappedTextLines` by splitting the text, for texts whose characters need code points. */
function splitLines(text: string, room: number, style: TextStyle): number {
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
