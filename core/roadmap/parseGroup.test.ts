import { PREPARATION_GROUPS } from "../programme/builtins";
import { parseGroup } from "./parseGroup";

describe("parseGroup", () => {
  it.each([
    ["Palveluiden järjestäminen", "3"],
    [" palveluiden  JÄRJESTÄMINEN ", "3"],
    ["Organisering av tjänster", "3"],
    ["Organisation of services", "3"],
    ["Hallinto, talous ja tukipalvelut", "1"],
    ["IKT-beredning", "5"],
    [3, "3"],
    ["3", "3"],
    ["03", "3"],
    ["3.", "3"],
    ["3 Palveluiden järjestäminen", "3"],
    ["3. Palveluiden järjestäminen", "3"],
    ["3: Organisering av tjänster", "3"],
    ["3 - Organisation of services", "3"],
  ] as const)("reads %j as group %s", (value, id) => {
    expect(parseGroup(value, PREPARATION_GROUPS)).toBe(id);
  });

  it.each([null, undefined, "", "  "])("gives null for blank %j", (value) => {
    expect(parseGroup(value, PREPARATION_GROUPS)).toBeNull();
  });

  it.each([0, 6, 3.5, "6", "3.1", "31", "Palvelut", "ryhmä 3", true, new Date(Date.UTC(2022, 2, 1))])(
    "gives undefined for %j",
    (value) => {
      expect(parseGroup(value, PREPARATION_GROUPS)).toBeUndefined();
    },
  );
});
