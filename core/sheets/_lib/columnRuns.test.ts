import { columnRuns } from "./columnRuns";

describe("columnRuns", () => {
  it("joins neighbouring columns into one run, in order, each column once", () => {
    expect(columnRuns([4, 1, 2, 3])).toEqual([{ start: 1, count: 4 }]);
    expect(columnRuns([6, 1, 2, 2, 4])).toEqual([
      { start: 1, count: 2 },
      { start: 4, count: 1 },
      { start: 6, count: 1 },
    ]);
    expect(columnRuns([])).toEqual([]);
  });
});
