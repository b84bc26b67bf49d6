import fc from "fast-check";
import {
  isWorkingDay,
  lastWorkingDayOfMonth,
  nextWorkingDay,
  reportingCalendar,
  yearCalendar,
} from "./index";

describe("reportingCalendar", () => {
  it("makes December 2021 data due on Monday 3.1.2022 and published by 31.1.2022", () => {
    expect(reportingCalendar("2021-12")).toEqual({
      month: "2021-12",
      asOf: "2021-12-31",
      nominalDue: "2022-01-01",
      due: "2022-01-03",
      publishBy: "2022-01-31",
    });
  });

  it("keeps the 1st as the due day when it is a working day", () => {
    expect(reportingCalendar("2022-01").due).toBe("2022-02-01");
  });

  it("throws on a month that is not YYYY-MM", () => {
    expect(() => reportingCalendar("2022-13")).toThrow(RangeError);
    expect(() => reportingCalendar("12/2022")).toThrow(RangeError);
  });

  describe("due day shifted off a non-working 1st", () => {
    it("moves a Saturday 1st to Monday", () => {
      expect(reportingCalendar("2022-09")).toMatchObject({ nominalDue: "2022-10-01", due: "2022-10-03" });
    });

    it("moves a Sunday 1st to Monday", () => {
      expect(reportingCalendar("2022-04")).toMatchObject({ nominalDue: "2022-05-01", due: "2022-05-02" });
    });

    it("moves a Good Friday 1st past Easter Monday to Tuesday", () => {
      expect(reportingCalendar("2067-03")).toMatchObject({ nominalDue: "2067-04-01", due: "2067-04-05" });
    });

    it("moves an Easter Monday 1st to Tuesday", () => {
      expect(reportingCalendar("2024-03")).toMatchObject({ nominalDue: "2024-04-01", due: "2024-04-02" });
    });

    it("moves an Easter Sunday 1st past Easter Monday", () => {
      expect(reportingCalendar("2018-03")).toMatchObject({ nominalDue: "2018-04-01", due: "2018-04-03" });
    });

    it("moves a weekday May Day to the next day", () => {
      expect(reportingCalendar("2019-04")).toMatchObject({ nominalDue: "2019-05-01", due: "2019-05-02" });
    });

    it("moves an Ascension Day 1st to Friday", () => {
      expect(reportingCalendar("2000-05")).toMatchObject({ nominalDue: "2000-06-01", due: "2000-06-02" });
    });

    it("moves New Year's Day that is a weekday", () => {
      expect(reportingCalendar("2024-12")).toMatchObject({ nominalDue: "2025-01-01", due: "2025-01-02" });
    });
  });

  describe("publication day shifted off a non-working month end", () => {
    it("moves back over Easter when Good Friday ends the working month", () => {
      // 29.3.2024 is Good Friday, 30–31.3 a weekend.
      expect(reportingCalendar("2024-02").publishBy).toBe("2024-03-28");
    });

    it("moves back over a weekend at the end of the year", () => {
      expect(reportingCalendar("2023-11").publishBy).toBe("2023-12-29");
    });
  });

  it("always has a working due day with no working day between the 1st and it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2150 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const m = reportingCalendar(`${year}-${String(month).padStart(2, "0")}`);
        expect(isWorkingDay(m.due)).toBe(true);
        expect(m.due >= m.nominalDue).toBe(true);
        expect(nextWorkingDay(m.nominalDue)).toBe(m.due);
        expect(isWorkingDay(m.publishBy)).toBe(true);
        expect(m.publishBy.slice(0, 7)).toBe(m.nominalDue.slice(0, 7));
      }),
    );
  });
});

describe("yearCalendar", () => {
  it("gives the twelve data months of the year in order", () => {
    const months = yearCalendar(2022);
    expect(months.map((m) => m.month)).toEqual([
      "2022-01",
      "2022-02",
      "2022-03",
      "2022-04",
      "2022-05",
      "2022-06",
      "2022-07",
      "2022-08",
      "2022-09",
      "2022-10",
      "2022-11",
      "2022-12",
    ]);
    expect(months[11]).toEqual(reportingCalendar("2022-12"));
    expect(months[11]?.due).toBe("2023-01-02");
  });
});

describe("isWorkingDay", () => {
  it("is true on an ordinary weekday", () => {
    expect(isWorkingDay("2022-04-14")).toBe(true);
  });

  it("is false on weekends and weekday holidays", () => {
    expect(isWorkingDay("2022-04-16")).toBe(false); // Saturday
    expect(isWorkingDay("2022-04-17")).toBe(false); // Easter Sunday
    expect(isWorkingDay("2022-04-15")).toBe(false); // Good Friday
    expect(isWorkingDay("2022-05-26")).toBe(false); // Ascension Day
    expect(isWorkingDay("2022-06-24")).toBe(false); // Midsummer Eve
    expect(isWorkingDay("2022-12-06")).toBe(false); // Independence Day
  });

  it("treats New Year's Eve as a working day", () => {
    expect(isWorkingDay("2021-12-31")).toBe(true);
  });
});

describe("nextWorkingDay", () => {
  it("returns a working day itself", () => {
    expect(nextWorkingDay("2022-01-03")).toBe("2022-01-03");
  });

  it("skips Christmas into the next week", () => {
    // 24–26.12.2020 are Thursday–Saturday.
    expect(nextWorkingDay("2020-12-24")).toBe("2020-12-28");
  });
});

describe("lastWorkingDayOfMonth", () => {
  it("is the last day when that is a working day", () => {
    expect(lastWorkingDayOfMonth(2022, 1)).toBe("2022-01-31");
  });

  it("steps back over a weekend", () => {
    expect(lastWorkingDayOfMonth(2022, 12)).toBe("2022-12-30");
  });

  it("ends February on the 29th in a leap year", () => {
    expect(lastWorkingDayOfMonth(2024, 2)).toBe("2024-02-29");
  });
});
