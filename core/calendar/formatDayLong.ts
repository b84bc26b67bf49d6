import { getDay } from "date-fns";
import type { IsoDay } from "../_lib/day";
import { dayToDate, formatDayFi } from "../_lib/day";
import type { Lang } from "../i18n/lang";

// Sunday first, as Date#getDay counts.
const WEEKDAYS: Record<Lang, readonly string[]> = {
  fi: ["sunnuntai", "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai"],
  sv: ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

/**
 * A day as its weekday name and d.M.yyyy, for deadlines people read.
 *
 * @example
 * formatDayLong("2022-01-03", "sv"); // "måndag 3.1.2022"
 */
export function formatDayLong(day: IsoDay, lang: Lang): string {
  return `${WEEKDAYS[lang][getDay(dayToDate(day))] ?? ""} ${formatDayFi(day)}`;
}
