import type { Band } from "../programme/ProgrammeSchema";
import { shareBand } from "./shareBand";

const band = (id: string, min: number): Band => ({
  id,
  min,
  fill: "#000000",
  font: "#FFFFFF",
  name: { fi: id, sv: id, en: id },
});
const BANDS = [band("dark_green", 0.9), band("green", 0.75), band("yellow", 0.5), band("red", 0)];

describe("shareBand", () => {
  it.each([
    [1, "dark_green"],
    [0.9, "dark_green"],
    [0.8999, "green"],
    [0.75, "green"],
    [0.5, "yellow"],
    [0.4999, "red"],
    [0, "red"],
  ])("puts %p in %s", (share, id) => {
    expect(shareBand(share, BANDS)?.id).toBe(id);
  });

  it("gives no band for no figure", () => {
    expect(shareBand(null, BANDS)).toBeNull();
  });

  it("gives the last band to a share below every minimum", () => {
    expect(shareBand(0.1, [band("high", 0.5), band("low", 0.2)])?.id).toBe("low");
    expect(shareBand(0.1, [])).toBeNull();
  });
});
