import { addDays, getDay } from "date-fns";
import type { IsoDay } from "../_lib/day";
import { dayToDate, isoDay, localDay } from "../_lib/day";
import type { Localized } from "../i18n/lang";
import { easterSunday } from "./easterSunday";

/** A Finnish holiday: a day that is not a working day whatever its weekday. */
export interface FinnishHoliday {
  day: IsoDay;
  name: Localized;
}

function shift(day: IsoDay, days: number): IsoDay {
  return localDay(addDays(dayToDate(day), days));
}

/** The first day on or after `from` that falls on `weekday` (0 = Sunday … 6 = Saturday). */
function weekdayOnOrAfter(from: IsoDay, weekday: number): IsoDay {
  return shift(from, (weekday - getDay(dayToDate(from)) + 7) % 7);
}

/**
 * The Finnish holidays of a year (PRODUCT.md §4), sorted by day; those that always fall on a weekend
 * (Easter Sunday, Whit Sunday, Midsummer Day, All Saints' Day) are listed too.
 *
 * @example
 * finnishHolidays(2022).find((h) => h.name.en === "Good Friday")?.day; // "2022-04-15"
 */
export function finnishHolidays(year: number): FinnishHoliday[] {
  const easter = easterSunday(year);
  const holidays: FinnishHoliday[] = [
    { day: isoDay(year, 1, 1), name: { fi: "Uudenvuodenpäivä", sv: "Nyårsdagen", en: "New Year's Day" } },
    { day: isoDay(year, 1, 6), name: { fi: "Loppiainen", sv: "Trettondagen", en: "Epiphany" } },
    { day: shift(easter, -2), name: { fi: "Pitkäperjantai", sv: "Långfredagen", en: "Good Friday" } },
    { day: easter, name: { fi: "Pääsiäispäivä", sv: "Påskdagen", en: "Easter Sunday" } },
    { day: shift(easter, 1), name: { fi: "Toinen pääsiäispäivä", sv: "Annandag påsk", en: "Easter Monday" } },
    { day: isoDay(year, 5, 1), name: { fi: "Vappu", sv: "Första maj", en: "May Day" } },
    {
      day: shift(easter, 39),
      name: { fi: "Helatorstai", sv: "Kristi himmelsfärdsdag", en: "Ascension Day" },
    },
    { day: shift(easter, 49), name: { fi: "Helluntaipäivä", sv: "Pingstdagen", en: "Whit Sunday" } },
    {
      day: weekdayOnOrAfter(isoDay(year, 6, 19), 5),
      name: { fi: "Juhannusaatto", sv: "Midsommarafton", en: "Midsummer Eve" },
    },
    {
      day: weekdayOnOrAfter(isoDay(year, 6, 20), 6),
      name: { fi: "Juhannuspäivä", sv: "Midsommardagen", en: "Midsummer Day" },
    },
    {
      day: weekdayOnOrAfter(isoDay(year, 10, 31), 6),
      name: { fi: "Pyhäinpäivä", sv: "Alla helgons dag", en: "All Saints' Day" },
    },
    {
      day: isoDay(year, 12, 6),
      name: { fi: "Itsenäisyyspäivä", sv: "Självständighetsdagen", en: "Independence Day" },
    },
    { day: isoDay(year, 12, 24), name: { fi: "Jouluaatto", sv: "Julafton", en: "Christmas Eve" } },
    { day: isoDay(year, 12, 25), name: { fi: "Joulupäivä", sv: "Juldagen", en: "Christmas Day" } },
    { day: isoDay(year, 12, 26), name: { fi: "Tapaninpäivä", sv: "Annandag jul", en: "St Stephen's Day" } },
  ];
  return holidays.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0));
}
