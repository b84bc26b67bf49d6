import { programmeOf } from "../../test/support/syntheticPicture";
import { makeIssue } from "../issues/Issue";
import { buildNationalPicture } from "./buildNationalPicture";
import { countedReadings } from "./countedReadings";
import { measuresOfCounts } from "./history";
import type { RegionReading } from "./RegionReading";
import { notReporting } from "./RegionReading";

const programme = programmeOf(4);
const measures = measuresOfCounts([
  [1, 2],
  [0, 2],
  [1, 3],
  [0, 3],
]);

/** A reading of region `code` from file `label`: reporting with one task, or not, with its own issue. */
function reading(label: string, code: string | null, reporting: boolean): RegionReading {
  const issue = makeIssue({ code: "month_missing", sheet: label, ...(code ? { region: code } : {}) }, "fi");
  if (!reporting) return notReporting(label, code, `Alue ${code}`, [issue]);
  return {
    ...notReporting(label, code, `Alue ${code}`, [issue]),
    reporting: true,
    measures,
    tasks: [{ id: "1.1.1.1", status: "done", comment: label, expected: null, owner: "", previous: null }],
  };
}

const runs: [string, RegionReading[]][] = [
  ["a second reporting copy", [reading("a", "01", true), reading("b", "01", true)]],
  ["only the second reports", [reading("a", "01", false), reading("b", "01", true)]],
  ["only the first reports", [reading("a", "01", true), reading("b", "01", false)]],
  ["neither reports", [reading("a", "01", false), reading("b", "01", false)]],
  [
    "three copies among others",
    [
      reading("a", "01", false),
      reading("x", "02", true),
      reading("b", "01", true),
      reading("c", "01", true),
      reading("y", "99", true),
      reading("z", null, false),
    ],
  ],
];

describe("countedReadings", () => {
  it.each(runs)("gives the same picture as every reading kept: %s", (_, all) => {
    const counted = countedReadings(programme);
    for (const r of all) counted.add(r);
    const options = { programme, month: "2022-09", lang: "fi" as const };
    const whole = buildNationalPicture(all, options);
    const kept = buildNationalPicture(counted.readings, options);
    expect(kept.summary).toEqual(whole.summary);
    expect(kept.issues).toEqual(whole.issues);
  });

  it("keeps the tasks of one reading a region", () => {
    const counted = countedReadings(programme);
    for (const r of runs[4]![1]) counted.add(r);
    expect(counted.readings.map((r) => `${r.label}:${r.tasks?.length ?? 0}`)).toEqual([
      "a:0",
      "x:1",
      "b:1",
      "c:0",
      "y:1",
      "z:0",
    ]);
  });
});
