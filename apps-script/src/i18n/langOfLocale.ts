import type { Lang } from "../../../core/i18n/lang";
import { DEFAULT_LANG } from "../../../core/i18n/lang";

/**
 * The UI language for a Sheets locale such as `fi_FI`, `sv_SE` or `en_GB`: Finnish, Swedish or English,
 * and Finnish (the programme's default) for any other locale.
 * @example langOfLocale("sv_SE") // → "sv"
 */
export function langOfLocale(locale: string | null | undefined): Lang {
  const prefix = (locale ?? "").slice(0, 2).toLowerCase();
  return prefix === "fi" || prefix === "sv" || prefix === "en" ? prefix : DEFAULT_LANG;
}

/**
 * The Sheets locale a new spreadsheet gets for a language. Sheets lists no Swedish-in-Finland locale
 * (File → Settings → Locale has Finland once, as Finnish), so Swedish takes Sweden's: decimal commas and
 * `;` between arguments like fi_FI, and the menu still speaks Swedish (`langOfLocale`).
 */
export function localeOfLang(lang: Lang): string {
  return { fi: "fi_FI", sv: "sv_SE", en: "en_GB" }[lang];
}
