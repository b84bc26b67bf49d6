import { parseMonthKey } from "../_lib/day";
import type { Lang } from "../i18n/lang";

const MONTHS: Record<Lang, readonly string[]> = {
  fi: [
    "tammikuu",
    "helmikuu",
    "maaliskuu",
    "huhtikuu",
    "toukokuu",
    "kesäkuu",
    "heinäkuu",
    "elokuu",
    "syyskuu",
    "lokakuu",
    "marraskuu",
    "joulukuu",
  ],
  sv: [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/**
 * A `"YYYY-MM"` month as its name and year in a language.
 *
 * @example
 * formatMonthLong("2022-04", "fi"); // "huhtikuu 2022"
 */
export function formatMonthLong(month: string, lang: Lang): string {
  const parsed = parseMonthKey(month);
  if (!parsed) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  return `${MONTHS[lang][parsed.month - 1] ?? ""} ${parsed.year}`;
}
