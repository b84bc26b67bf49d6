import fc from "fast-check";
import { normalizeText } from "./cells";

/** What normalizing means, written the long way: every run of white space one space, the ends trimmed. */
const reference = (text: string) => text.replace(/[\s\u00a0\u2007\u202f\u200b\ufeff]+/g, " ").trim();

/** Letters, and every kind of white space and near-white space a cell may hold. */
const CHARACTERS = [
  "a",
  "Ä",
  "ö",
  "1",
  ".",
  "€",
  "𝄞",
  " ",
  "  ",
  "\t",
  "\n",
  "\r",
  "\v",
  "\f",
  "\u0085",
  "\u00a0",
  "\u1680",
  "\u2000",
  "\u2007",
  "\u200a",
  "\u200b",
  "\u200c",
  "\u2028",
  "\u2029",
  "\u202f",
  "\u205f",
  "\u3000",
  "\ufeff",
  "\u0001",
];

describe("normalizeText", () => {
  it("gives what replacing runs of white space and trimming gives, for any text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(normalizeText(text)).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("keeps text that is already normal as it is, and cleans the rest", () => {
    expect(normalizeText("Tehtävä 1.2 valmis")).toBe("Tehtävä 1.2 valmis");
    expect(normalizeText(" Valmis\u00a0 ")).toBe("Valmis");
    expect(normalizeText("Ei\u202fkoske")).toBe("Ei koske");
    expect(normalizeText("a  b")).toBe("a b");
    expect(normalizeText("")).toBe("");
    expect(normalizeText(3.5)).toBe("3.5");
  });
});
