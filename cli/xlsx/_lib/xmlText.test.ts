import fc from "fast-check";
import { xmlText, xmlUnescape } from "./xmlText";

/** Escaping written the long way: a replacement for each character XML reserves, control characters dropped. */
function reference(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot hold
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "")
  );
}

const CHARACTERS = [
  ..."a&<>\"'=;ä€{}:,",
  "\u0000",
  "\u0008",
  "\t",
  "\n",
  "\u000b",
  "\r",
  "\u001f",
  " ",
  "𝄞",
  "?",
  "@",
];

describe("xmlText", () => {
  it("escapes as one replacement per reserved character would, dropping what XML cannot hold", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 80 }).map((parts) => parts.join("")),
        (text) => {
          expect(xmlText(text)).toBe(reference(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("gives back the same text when nothing needs escaping, and JSON that reads back as it was", () => {
    const plain = "Tilannekuva 2022-09 – 22 aluetta";
    expect(xmlText(plain)).toBe(plain);
    const json = JSON.stringify({ a: '<b c="d">&</b>', e: [1, "f\tg"] });
    expect(xmlUnescape(xmlText(json))).toBe(json);
  });
});
