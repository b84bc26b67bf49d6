import Holidays from "date-holidays";
import { easterSunday, finnishHolidays, isWorkingDay } from "./index";

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Monday–Friday, computed in UTC so that it does not lean on the code under test. */
function isWeekday(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

function daysOfYear(year: number): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000)
    days.push(isoOf(new Date(t)));
  return days;
}

// date-holidays lists Midsummer Eve and Christmas Eve as "bank" days; New Year's Eve is "bank" too
// but is a working day, so the two are picked by rule rather than by type.
const ORACLE_EXTRA_RULES = new Set(["friday after 06-19", "12-24"]);
const oracle = new Holidays("FI");

// A set: two holidays can share a day (Ascension Day was May Day in 2008).
function oracleNonWorkingWeekdays(year: number): string[] {
  const days = oracle
    .getHolidays(year)
    .filter((h) => h.type === "public" || ORACLE_EXTRA_RULES.has(h.rule))
    .map((h) => h.date.slice(0, 10))
    .filter(isWeekday);
  return [...new Set(days)].sort();
}

describe("finnishHolidays", () => {
  it("has the oracle's two extra rules in every year it is compared on", () => {
    // Guards the filter above: if date-holidays renamed a rule, the comparison would lose a day silently.
    for (let year = 2000; year <= 2100; year++) {
      const rules = oracle.getHolidays(year).map((h) => h.rule);
      expect(rules).toEqual(expect.arrayContaining([...ORACLE_EXTRA_RULES]));
    }
  });

  it("gives the same non-working weekdays as date-holidays for every year 2000–2100", () => {
    for (let year = 2000; year <= 2100; year++) {
      const ours = daysOfYear(year).filter((day) => isWeekday(day) && !isWorkingDay(day));
      expect({ year, days: ours }).toEqual({ year, days: oracleNonWorkingWeekdays(year) });
    }
  });

  it("lists the 2022 holidays with names in three languages", () => {
    expect(finnishHolidays(2022).map((h) => `${h.day} ${h.name.en}`)).toEqual([
      "2022-01-01 New Year's Day",
      "2022-01-06 Epiphany",
      "2022-04-15 Good Friday",
      "2022-04-17 Easter Sunday",
      "2022-04-18 Easter Monday",
      "2022-05-01 May Day",
      "2022-05-26 Ascension Day",
      "2022-06-05 Whit Sunday",
      "2022-06-24 Midsummer Eve",
      "2022-06-25 Midsummer Day",
      "2022-11-05 All Saints' Day",
      "2022-12-06 Independence Day",
      "2022-12-24 Christmas Eve",
      "2022-12-25 Christmas Day",
      "2022-12-26 St Stephen's Day",
    ]);
    for (const { name } of finnishHolidays(2022)) {
      expect(name.fi).not.toBe("");
      expect(name.sv).not.toBe("");
      expect(name.en).not.toBe("");
    }
    expect(finnishHolidays(2022).find((h) => h.day === "2022-06-24")?.name).toEqual({
      fi: "Juhannusaatto",
      sv: "Midsommarafton",
      en: "Midsummer Eve",
    });
  });

  describe("Midsummer Eve at the ends of its range", () => {
    it("is 19 June when that is a Friday", () => {
      expect(finnishHolidays(2020).find((h) => h.name.en === "Midsummer Eve")?.day).toBe("2020-06-19");
    });

    it("is 25 June when that is a Friday", () => {
      expect(finnishHolidays(2021).find((h) => h.name.en === "Midsummer Eve")?.day).toBe("2021-06-25");
    });
  });
});

describe("easterSunday", () => {
  it("is 17 April in 2022", () => {
    expect(easterSunday(2022)).toBe("2022-04-17");
  });

  it("reaches the earliest and latest possible dates", () => {
    expect(easterSunday(2285)).toBe("2285-03-22");
    expect(easterSunday(2038)).toBe("2038-04-25");
    expect(easterSunday(2008)).toBe("2008-03-23");
  });
});
