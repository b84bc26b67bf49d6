import fc from "fast-check";
import { compareCodes } from "./compareCodes";

describe("compareCodes", () => {
  it("orders as localeCompare with the Finnish locale and numbers by value", () => {
    expect(["10", "9", "1.10", "1.9", "Ä", "A", "Z"].sort(compareCodes)).toEqual([
      "1.9",
      "1.10",
      "9",
      "10",
      "A",
      "Z",
      "Ä",
    ]);
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareCodes(a, b))).toBe(Math.sign(a.localeCompare(b, "fi", { numeric: true })));
      }),
    );
  });
});
