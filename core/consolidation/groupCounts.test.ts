import { syntheticPicture } from "../../test/support/syntheticPicture";
import { historySheet } from "../sheets/national/historySheet";
import { pooledGroupHistory } from "./buildNationalPicture";
import { formatGroupCounts, parseGroupCounts } from "./groupCounts";
import { readHistory } from "./history";

describe("group counts in the history", () => {
  it("round-trips through one Historia cell", () => {
    const groups = {
      "1": [
        [1, 2],
        [0, 2],
        [1, 3],
        [0, 3],
      ] as [number, number][],
      "5": [
        [4, 9],
        [2, 9],
        [5, 12],
        [1, 12],
      ] as [number, number][],
    };
    expect(parseGroupCounts(formatGroupCounts(groups))).toEqual(groups);
  });

  it.each(["", "1:1/2", "1:a/2,0/2,1/3,0/3", '=HYPERLINK("x")', 42])(
    "ignores a cell that is not one: %p",
    (cell) => {
      expect(parseGroupCounts(cell)).toBeUndefined();
    },
  );

  it("is written to Historia by consolidation and read back, so next month's group trend has this month", () => {
    const picture = syntheticPicture(5);
    const grid = historySheet(picture).cells.map((row) => row.map((c) => (typeof c === "object" ? null : c)));
    const read = readHistory(grid).filter((row) => row.month === "2022-09");
    const written = picture.history.filter((row) => row.month === "2022-09");
    expect(read.map((r) => r.groups)).toEqual(written.map((r) => r.groups));
    expect(written.filter((r) => r.reporting).every((r) => r.groups?.["3"]?.length === 4)).toBe(true);
  });

  it("pools a group's counts over the month's reporting regions; null before group counts were kept", () => {
    const picture = syntheticPicture(5);
    const pooled = pooledGroupHistory(picture.history, "2022-09", "1")!;
    const regions = picture.readings.filter((r) => r.reporting).map((r) => r.groups["1"]!.readiness.done);
    expect(pooled.readiness.done.count).toBe(regions.reduce((a, s) => a + s.count, 0));
    expect(pooled.readiness.done.of).toBe(regions.reduce((a, s) => a + s.of, 0));
    expect(pooledGroupHistory(picture.history, "2022-08", "1")).toBeNull();
  });
});
