import { ACTION_LABELS, defaultDataMonth } from "./actionLabels";

describe("defaultDataMonth", () => {
  it("is the month before today's", () => {
    expect(defaultDataMonth("2022-10-03")).toBe("2022-09");
  });

  it("crosses the year back in January", () => {
    expect(defaultDataMonth("2023-01-01")).toBe("2022-12");
  });
});

describe("ACTION_LABELS", () => {
  it("names every action in all three languages, each different from the others' names", () => {
    for (const lang of ["fi", "sv", "en"] as const) {
      const names = Object.values(ACTION_LABELS).map((label) => label[lang]);
      expect(names.every((name) => name.trim().length > 0)).toBe(true);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
