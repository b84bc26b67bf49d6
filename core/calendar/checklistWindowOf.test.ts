import { REGIONAL } from "../programme/builtins";
import { checklistWindowOf, daysUntil, phaseOf } from "./index";

// The built-in regional programme's dates (PRODUCT.md §4).
const REGIONAL_DATES = REGIONAL;

describe("checklistWindowOf", () => {
  it("is null before the last 100 days", () => {
    expect(checklistWindowOf("2022-09-22", REGIONAL_DATES)).toBeNull();
  });

  it("is last100 from 23.9.2022 to 31.12.2022 inclusive", () => {
    expect(checklistWindowOf("2022-09-23", REGIONAL_DATES)).toBe("last100");
    expect(checklistWindowOf("2022-11-15", REGIONAL_DATES)).toBe("last100");
    expect(checklistWindowOf("2022-12-31", REGIONAL_DATES)).toBe("last100");
  });

  it("is first100 from 1.1.2023 to 10.4.2023 inclusive", () => {
    expect(checklistWindowOf("2023-01-01", REGIONAL_DATES)).toBe("first100");
    expect(checklistWindowOf("2023-04-10", REGIONAL_DATES)).toBe("first100");
  });

  it("is null after the first 100 days", () => {
    expect(checklistWindowOf("2023-04-11", REGIONAL_DATES)).toBeNull();
  });

  it("spans 100 days on each side of the target", () => {
    const { last100, first100 } = REGIONAL_DATES.checklist;
    expect(daysUntil(last100.start, REGIONAL_DATES.target)).toBe(100);
    expect(daysUntil(REGIONAL_DATES.target, first100.end) + 1).toBe(100);
  });
});

describe("phaseOf", () => {
  it("is null before the first phase", () => {
    expect(phaseOf("2021-06-30", REGIONAL_DATES)).toBeNull();
  });

  it("finds the phase whose inclusive range holds the day", () => {
    expect(phaseOf("2021-07-01", REGIONAL_DATES)?.id).toBe("VATE");
    expect(phaseOf("2022-02-28", REGIONAL_DATES)?.id).toBe("VATE");
    expect(phaseOf("2022-03-01", REGIONAL_DATES)?.id).toBe("Aluevaltuusto");
    expect(phaseOf("2022-12-31", REGIONAL_DATES)?.id).toBe("Aluevaltuusto");
  });

  it("keeps the last phase open-ended", () => {
    expect(phaseOf("2023-01-01", REGIONAL_DATES)?.id).toBe("Järjestämisvastuu");
    expect(phaseOf("2030-06-15", REGIONAL_DATES)?.id).toBe("Järjestämisvastuu");
  });
});

describe("daysUntil", () => {
  it("counts whole days forward and backward", () => {
    expect(daysUntil("2022-12-31", "2023-01-01")).toBe(1);
    expect(daysUntil("2023-01-01", "2022-12-31")).toBe(-1);
    expect(daysUntil("2022-01-03", "2022-01-03")).toBe(0);
  });

  it("is not thrown off by daylight saving changes", () => {
    // Finland moved clocks forward on 27.3.2022 and back on 30.10.2022.
    expect(daysUntil("2022-03-26", "2022-03-28")).toBe(2);
    expect(daysUntil("2022-10-29", "2022-10-31")).toBe(2);
    expect(daysUntil("2022-01-01", "2023-01-01")).toBe(365);
  });
});
