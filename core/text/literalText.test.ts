import { literalText } from "./literalText";

describe("literalText", () => {
  it.each([
    '=HYPERLINK("http://x","y")',
    "+1",
    "-1+2",
    "@SUM(A1)",
    "'quoted",
    "12",
    "0012",
    "2022-09",
    "1.3.2022",
    "TRUE",
    "Valmis",
  ])("marks %j as text with one leading apostrophe", (text) => {
    expect(literalText(text)).toBe(`'${text}`);
  });

  it("leaves the empty string empty", () => {
    expect(literalText("")).toBe("");
  });
});
