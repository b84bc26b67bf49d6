import fc from "fast-check";
import { widestWord, wrappedLines } from "./fitSheet";
import type { TextStyle } from "./textWidth";
import { textWidth } from "./textWidth";

/*
 * The measures written the long way, as they were before they were made to walk a text once: splitting
 * into words and lines, a character (code point) at a time. Column widths and row heights of every
 * sheet, and so the templates' bytes, depend on these figures to the last bit.
 */
const NARROW = new Set([..."iljtfrI.,:;'|!()[]{}- "]);
const WIDE = new Set([..."mwMWÅÄÖ%@&"]);

function referenceWidth(text: string, style: TextStyle): number {
  let width = 0;
  for (const char of text)
    width += NARROW.has(char)
      ? 0.55
      : WIDE.has(char)
        ? 1.45
        : /\d/.test(char)
          ? 1
          : /\p{Lu}/u.test(char)
            ? 1.1
            : 0.95;
  return width * (style.bold ? 1.07 : 1) * ((style.fontSize ?? 11) / 11);
}

function referenceWidest(text: string, style: TextStyle): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => referenceWidth(word, style)));
}

function referenceLines(text: string, width: number, style: TextStyle): number {
  const room = Math.max(width - 1.5, 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(" ")) {
      const w = referenceWidth(word, style);
      const withSpace = line === 0 ? w : line + referenceWidth(" ", style) + w;
      if (line > 0 && withSpace > room) {
        lines++;
        line = w;
      } else line = withSpace;
    }
  }
  return lines;
}

/** Letters of each width class, digits, every kind of space and line break, and characters beyond the BMP. */
const CHARACTERS = [
  ..."aäöiIlmMWÅ0179.,-%@é€",
  " ",
  "  ",
  "\n",
  "\r",
  "\t",
  "\v",
  "\f",
  "\u00a0",
  "\u1680",
  "\u2000",
  "\u200a",
  "\u200b",
  "\u2028",
  "\u2029",
  "\u202f",
  "\u205f",
  "\u3000",
  "\ufeff",
  "\u180e",
  "𝄞",
  "Ꭰ",
  "\ud800",
];
const texts = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 60 }).map((parts) => parts.join(""));
const styles = fc.record({ bold: fc.boolean(), fontSize: fc.constantFrom(9, 11, 12, 14) });

describe("textWidth, widestWord and wrappedLines", () => {
  it("give the figures of splitting the text into words and lines, to the last bit", () => {
    fc.assert(
      fc.property(texts, styles, fc.integer({ min: 0, max: 80 }), (text, style, width) => {
        expect(textWidth(text, style)).toBe(referenceWidth(text, style));
        expect(widestWord(text, style)).toBe(referenceWidest(text, style));
        expect(wrappedLines(text, width + 0.25, style)).toBe(referenceLines(text, width + 0.25, style));
      }),
      { numRuns: 2000 },
    );
  });

  it("measures a long comment as its words, wrapping where a word no longer fits", () => {
    const comment = "Hankinta viivästyy, koska tarjouskilpailu keskeytettiin ja se uusitaan syksyllä.";
    expect(wrappedLines(comment, 20.25, {})).toBe(referenceLines(comment, 20.25, {}));
    expect(wrappedLines(comment, 20.25, {})).toBe(4);
    expect(wrappedLines(`${comment}\n\nSeuraava kappale`, 200, {})).toBe(3);
    expect(widestWord(comment, { bold: true })).toBe(referenceWidth("tarjouskilpailu", { bold: true }));
  });
});
