import { parseChecklistMark } from "./parseChecklistMark";

describe("parseChecklistMark", () => {
  it.each([
    ["Viimeiset 100", "last100"],
    ["viimeiset 100", "last100"],
    [" VIIMEISET\u00a0 100 ", "last100"],
    ["Viimeiset100", "last100"],
    ["Sista 100", "last100"],
    ["Last 100", "last100"],
    ["last  100", "last100"],
    ["Ensimmäiset 100", "first100"],
    ["ENSIMMÄISET 100", "first100"],
    ["Första 100", "first100"],
    ["första 100", "first100"],
    ["First 100", "first100"],
  ] as const)("reads %j as %s", (value, window) => {
    expect(parseChecklistMark(value)).toBe(window);
  });

  it.each([null, undefined, "", "   ", "\u00a0"])("gives null for blank %j", (value) => {
    expect(parseChecklistMark(value)).toBeNull();
  });

  it.each(["Viimeiset", "100", 100, "Viimeiset 200", "x", "toString", "constructor", true])(
    "gives undefined for %j",
    (value) => {
      expect(parseChecklistMark(value)).toBeUndefined();
    },
  );
});
