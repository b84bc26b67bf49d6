import { parseFlag } from "./parseFlag";

describe("parseFlag", () => {
  it.each([
    "Kyllä",
    "kyllä",
    "KYLLÄ",
    " Kyllä\u00a0",
    "Ja",
    "ja",
    "Yes",
    "YES",
    "x",
    "X",
    "TRUE",
    "true",
    "1",
    "TOSI",
    "Sant",
    true,
    1,
  ])("reads %j as true", (value) => {
    expect(parseFlag(value)).toBe(true);
  });

  it.each(["Ei", "ei", " EI ", "Nej", "No", "no", "FALSE", "false", "0", "EPÄTOSI", "Falskt", false, 0])(
    "reads %j as false",
    (value) => {
      expect(parseFlag(value)).toBe(false);
    },
  );

  it.each([null, undefined, "", "  ", "\u00a0"])("reads blank %j as false", (value) => {
    expect(parseFlag(value)).toBe(false);
  });

  it.each([
    "ehkä",
    "k",
    "kyllä!",
    "xx",
    "yes no",
    "2",
    2,
    0.5,
    -1,
    Number.NaN,
    new Date(Date.UTC(2022, 0, 1)),
  ])("gives undefined for %j", (value) => {
    expect(parseFlag(value)).toBeUndefined();
  });
});
