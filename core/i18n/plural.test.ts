import { actionMessage } from "../actions/messages";
import { formatMessage, pluralCategory } from "./plural";

describe("pluralCategory", () => {
  it.each([
    ["fi", 1, "one"],
    ["fi", 0, "other"],
    ["fi", 2, "other"],
    ["sv", 1, "one"],
    ["sv", 21, "other"],
    ["en", 1, "one"],
    ["en", 1.5, "other"],
  ] as const)("%s %d is %s", (lang, count, category) => {
    expect(pluralCategory(count, lang)).toBe(category);
  });
});

describe("formatMessage", () => {
  const TEMPLATE = "{n, plural, one {# virhe} other {# virhettä}} välilehdellä {sheet}";

  it("picks the form by the count and puts the count for #", () => {
    expect(formatMessage(TEMPLATE, { n: 1, sheet: "2022-09" }, "fi")).toBe("1 virhe välilehdellä 2022-09");
    expect(formatMessage(TEMPLATE, { n: 0, sheet: "2022-09" }, "fi")).toBe("0 virhettä välilehdellä 2022-09");
    expect(formatMessage(TEMPLATE, { n: 3, sheet: "2022-09" }, "fi")).toBe("3 virhettä välilehdellä 2022-09");
  });

  it("leaves a plural part alone when its count is missing or not a number", () => {
    expect(formatMessage("{n, plural, one {# x} other {# y}}", { n: "kaksi" }, "fi")).toBe(
      "{n, plural, one {# x} other {# y}}",
    );
  });
});

describe("action messages use plural forms in fi, sv and en", () => {
  it.each([
    ["fi", 1, 1, "Välilehti 2022-09 tarkistettu: 1 virhe, 1 varoitus."],
    ["fi", 2, 0, "Välilehti 2022-09 tarkistettu: 2 virhettä, 0 varoitusta."],
    ["sv", 1, 1, "Fliken 2022-09 kontrollerad: 1 fel, 1 varning."],
    ["sv", 2, 5, "Fliken 2022-09 kontrollerad: 2 fel, 5 varningar."],
    ["en", 1, 1, "Sheet 2022-09 checked: 1 error, 1 warning."],
    ["en", 0, 2, "Sheet 2022-09 checked: 0 errors, 2 warnings."],
  ] as const)("validated in %s with %d errors and %d warnings", (lang, errors, warnings, text) => {
    expect(actionMessage("validated", lang, { month: "2022-09", errors, warnings })).toBe(text);
  });

  it("consolidated: 1 virhe, 1 varoitus", () => {
    expect(
      actionMessage("consolidated", "fi", {
        month: "2022-09",
        count: 21,
        of: 22,
        units: "aluetta",
        errors: 1,
        warnings: 1,
      }),
    ).toBe("Tilannekuva 2022-09 koottu: 21/22 aluetta raportoi, 1 virhe, 1 varoitus.");
  });

  it("historyMerged: one month in each language", () => {
    expect(actionMessage("historyMerged", "fi", { added: 1, months: 1 })).toBe(
      "Historiaan lisättiin 1 kuukausi; siinä on nyt 1 kuukausi.",
    );
    expect(actionMessage("historyMerged", "sv", { added: 1, months: 2 })).toBe(
      "1 månad lades till i historiken; den har nu 2 månader.",
    );
    expect(actionMessage("historyMerged", "en", { added: 2, months: 3 })).toBe(
      "2 months were added to the history; it now holds 3 months.",
    );
  });
});
