import type { Lang } from "./lang";
import { interpolate } from "./lang";

/** The CLDR plural category of a count; Finnish, Swedish and English all use `one` and `other`. */
export type PluralCategory = "one" | "other";

/**
 * The plural category of `count` in `lang`, by the platform's Intl.PluralRules (part of ES2022, present
 * in Node, browsers and Apps Script's V8). "1 virhe", "2 virhettä"; "1 fel", "2 fel"; "1 error", "2 errors".
 * @example pluralCategory(1, "fi") // "one"
 */
export function pluralCategory(count: number, lang: Lang): PluralCategory {
  return pluralRules(lang).select(count) === "one" ? "one" : "other";
}

/** One Intl.PluralRules per language: making one loads ICU's rules, a message after another. */
const rulesOf = new Map<Lang, Intl.PluralRules>();

function pluralRules(lang: Lang): Intl.PluralRules {
  let rules = rulesOf.get(lang);
  if (!rules) rulesOf.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
}

// `{name, plural, one {# virhe} other {# virhettä}}`: the ICU MessageFormat subset the messages need.
const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;

/**
 * Fills a message: plural parts first (`#` is the count), then `{name}` placeholders.
 * @example formatMessage("{n, plural, one {# virhe} other {# virhettä}}", { n: 1 }, "fi") // "1 virhe"
 */
export function formatMessage(
  template: string,
  params: Readonly<Record<string, string | number>>,
  lang: Lang,
): string {
  const pluralised = template.replace(PLURAL, (whole, key: string, one: string, other: string) => {
    const value = params[key];
    if (typeof value !== "number") return whole;
    return (pluralCategory(value, lang) === "one" ? one : other).replace(/#/g, String(value));
  });
  return interpolate(pluralised, params);
}
