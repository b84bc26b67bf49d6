/**
 * What a person's typing (or picking from a drop-down) stores in Excel of a given locale. Office.js's
 * `range.values` and `range.formulas` always speak en-US, but a person types in their own Excel's
 * language: in Finnish Excel TRUE is just text (the boolean is TOSI), functions have Finnish names and
 * arguments are separated by ";". A drop-down list entry is entered as if typed, so an inline list
 * "TRUE,FALSE" gives text in Finnish and Swedish Excel; a list over cells shows their values in the
 * locale's words, which read back as the same values.
 */
import { enterValue } from "./enterValue";
import type { FakeCell, FakeScalar } from "./model";

export type FakeLocale = "en-US" | "fi-FI" | "sv-SE";

interface LocaleWords {
  readonly booleans: readonly [string, string];
  /** Local function name → en-US name, for the functions the tests type. */
  readonly functions: Readonly<Record<string, string>>;
  readonly separator: string;
}

const LOCALES: Record<FakeLocale, LocaleWords> = {
  "en-US": { booleans: ["TRUE", "FALSE"], functions: {}, separator: "," },
  "fi-FI": {
    booleans: ["TOSI", "EPÄTOSI"],
    functions: { SUMMA: "SUM", JOS: "IF", TAI: "OR", JA: "AND", EI: "NOT", HYPERLINKKI: "HYPERLINK" },
    separator: ";",
  },
  "sv-SE": {
    booleans: ["SANT", "FALSKT"],
    functions: { SUMMA: "SUM", OM: "IF", ELLER: "OR", OCH: "AND", ICKE: "NOT", HYPERLÄNK: "HYPERLINK" },
    separator: ";",
  },
};

/** Function names of Finnish and Swedish Excel: through the en-US API they are unknown names (#NAME?). */
export const LOCAL_FUNCTION_NAMES: ReadonlySet<string> = new Set(
  Object.values(LOCALES).flatMap((l) => Object.keys(l.functions)),
);

/** How a value shows in a cell of this locale (booleans in the locale's words). */
export function displayText(value: FakeScalar, locale: FakeLocale): string {
  const [yes, no] = LOCALES[locale].booleans;
  return typeof value === "boolean" ? (value ? yes : no) : String(value);
}

/** Stores `input` as a person typing it in Excel of `locale` would. */
export function enterLocal(cell: FakeCell, input: unknown, locale: FakeLocale): void {
  const words = LOCALES[locale];
  if (typeof input !== "string" || locale === "en-US") return enterValue(cell, input);
  const trimmed = input.trim().toUpperCase();
  if (trimmed === words.booleans[0] || trimmed === words.booleans[1]) {
    return enterValue(cell, trimmed === words.booleans[0]);
  }
  if (/^(TRUE|FALSE)$/.test(trimmed)) {
    // Not a boolean in this language: text, exactly as typed.
    delete cell.formula;
    delete cell.quotePrefix;
    cell.value = input;
    return;
  }
  if (input.startsWith("=")) return enterValue(cell, toEnglishFormula(input, words));
  enterValue(cell, input);
}

/** A formula typed in the locale's language, as Excel stores it (en-US). Strings are left alone. */
function toEnglishFormula(formula: string, words: LocaleWords): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let out = part.replace(/[A-Za-zÅÄÖåäö_][\wÅÄÖåäö.]*(?=\()/g, (name) => {
        const upper = name.toUpperCase();
        return words.functions[upper] ?? upper;
      });
      out = out.replace(new RegExp(`\\b(${words.booleans.join("|")})\\b(?!\\()`, "gi"), (w) =>
        w.toUpperCase() === words.booleans[0] ? "TRUE" : "FALSE",
      );
      return words.separator === "," ? out : out.split(words.separator).join(",");
    })
    .join("");
}
