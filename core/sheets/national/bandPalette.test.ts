import { seenDifference } from "../../../test/support/colourVision";
import { NATIONAL_ACTORS, REGIONAL } from "../../programme/builtins";
import { assessmentColours } from "../bandRules";

/** Pairs of the colours a national table uses: every band and "no figure". */
function pairs(colours: readonly string[]): [string, string][] {
  return colours.flatMap((a, i) => colours.slice(i + 1).map((b): [string, string] => [a, b]));
}

describe("band colours", () => {
  describe.each([REGIONAL, NATIONAL_ACTORS])("of $id", (programme) => {
    const colours = [...programme.bands.map((b) => b.fill), programme.noFigure.fill];

    it.each(["deuteranopia", "protanopia"] as const)("stay apart for a reader with %s", (deficiency) => {
      // ΔE 20 is a clear difference side by side; the old pink and grey were 12.5 apart under deuteranopia.
      const minimum = deficiency === "deuteranopia" ? 20 : 15;
      const close = pairs(colours)
        .map(([a, b]) => ({ a, b, difference: seenDifference(a, b, deficiency) }))
        .filter((p) => p.difference < minimum);
      expect(close).toEqual([]);
    });
  });

  it.each(["deuteranopia", "protanopia"] as const)(
    "of the self-assessment (green, yellow, red) stay apart for a reader with %s",
    (deficiency) => {
      const minimum = deficiency === "deuteranopia" ? 20 : 15;
      const colours = assessmentColours("fi").map((a) => a.fill);
      const close = pairs(colours)
        .map(([a, b]) => ({ a, b, difference: seenDifference(a, b, deficiency) }))
        .filter((p) => p.difference < minimum);
      expect(close).toEqual([]);
    },
  );

  it("tells the old pink and grey apart only by a little, which is why they changed", () => {
    expect(seenDifference("#F4B6B6", "#D9D9D9", "deuteranopia")).toBeLessThan(15);
  });
});
