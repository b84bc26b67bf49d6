import { task } from "./_test/fixtures";
import { computeMeasures } from "./computeMeasures";
import { poolMeasures } from "./poolMeasures";

const DATES = { asOf: "2022-09-30", target: "2023-01-01" };

describe("poolMeasures", () => {
  it("divides summed counts by summed ofs rather than averaging shares", () => {
    const small = computeMeasures([task("A", "2022-01-01", "2022-02-01")], () => "done", DATES);
    const large = computeMeasures(
      ["B", "C", "D"].map((id) => task(id, "2022-01-01", "2022-02-01")),
      () => "not_started",
      DATES,
    );
    expect(poolMeasures([small, large]).schedule.done).toEqual({ count: 1, of: 4, share: 0.25 });
  });

  it("gives null shares for no units at all", () => {
    expect(poolMeasures([]).readiness.started).toEqual({ count: 0, of: 0, share: null });
  });
});
