import { orderMonthSheets } from "./orderMonthSheets";

describe("orderMonthSheets", () => {
  it("puts a month made late before the later months, other sheets in place", () => {
    expect(
      orderMonthSheets(["Ohjeet", "Tiekartta", "2022-09", "2022-10", "2022-08", "Viimeiset 100", "Listat"]),
    ).toEqual(["Ohjeet", "Tiekartta", "2022-08", "2022-09", "2022-10", "Viimeiset 100", "Listat"]);
  });

  it("sorts across years and leaves a workbook without months as it is", () => {
    expect(orderMonthSheets(["2023-01", "A", "2022-12"])).toEqual(["2022-12", "A", "2023-01"]);
    expect(orderMonthSheets(["A", "B"])).toEqual(["A", "B"]);
  });

  it("keeps each month's self-assessment sheet right after its month", () => {
    expect(
      orderMonthSheets([
        "Ohjeet",
        "2022-08",
        "2022-09 arvio",
        "2022-09",
        "2022-10 arvio",
        "2022-10",
        "2022-08 arvio",
      ]),
    ).toEqual(["Ohjeet", "2022-08", "2022-08 arvio", "2022-09", "2022-09 arvio", "2022-10", "2022-10 arvio"]);
  });
});
