import { formatDayLong, formatMonthLong } from "./index";

describe("formatDayLong", () => {
  it("names the weekday in each language before d.M.yyyy", () => {
    expect(formatDayLong("2022-01-03", "fi")).toBe("maanantai 3.1.2022");
    expect(formatDayLong("2022-01-03", "sv")).toBe("måndag 3.1.2022");
    expect(formatDayLong("2022-01-03", "en")).toBe("Monday 3.1.2022");
  });

  it("names Sunday and Saturday at the ends of the week", () => {
    expect(formatDayLong("2022-05-01", "fi")).toBe("sunnuntai 1.5.2022");
    expect(formatDayLong("2022-10-01", "en")).toBe("Saturday 1.10.2022");
  });
});

describe("formatMonthLong", () => {
  it("names the month in each language", () => {
    expect(formatMonthLong("2022-04", "fi")).toBe("huhtikuu 2022");
    expect(formatMonthLong("2022-12", "sv")).toBe("december 2022");
    expect(formatMonthLong("2022-01", "en")).toBe("January 2022");
  });

  it("throws on a month that is not YYYY-MM", () => {
    expect(() => formatMonthLong("2022-00", "fi")).toThrow(RangeError);
  });
});
