import type { StatusCode } from "../programme/ProgrammeSchema";
import { task } from "./_test/fixtures";
import { monthChange } from "./monthChange";

const CODES: StatusCode[] = ["not_started", "in_progress", "done", "not_applicable"];
const short: Record<StatusCode, string> = {
  not_started: "ns",
  in_progress: "ip",
  done: "d",
  not_applicable: "na",
};

describe("monthChange", () => {
  // One critical task per (previous, current) pair, plus one per current status with no previous report.
  const pairs = [undefined, ...CODES].flatMap((before) => CODES.map((after) => ({ before, after })));
  const id = ({ before, after }: { before: StatusCode | undefined; after: StatusCode }): string =>
    `${before ? short[before] : "none"}>${short[after]}`;
  const roadmap = pairs.map((pair) => task(id(pair), "2022-01-01", "2022-06-30"));
  const previous = new Map(pairs.map((pair) => [id(pair), pair.before]));
  const current = new Map(pairs.map((pair) => [id(pair), pair.after]));
  const change = monthChange(
    roadmap,
    (t) => previous.get(t),
    (t) => current.get(t) ?? "not_started",
  );

  it("finds new starts, new completions and regressions, leaving not applicable out", () => {
    expect(change).toEqual({
      newStarts: ["none>ip", "none>d", "ns>ip", "ns>d"],
      newCompletions: ["none>d", "ns>d", "ip>d"],
      regressions: ["ip>ns", "d>ns", "d>ip"],
    });
  });

  it("looks at critical tasks only", () => {
    const nonCritical = [task("a", null, null, { critical: false })];
    expect(
      monthChange(
        nonCritical,
        () => "not_started",
        () => "done",
      ),
    ).toEqual({
      newStarts: [],
      newCompletions: [],
      regressions: [],
    });
  });
});

describe("monthChange across a roadmap revision", () => {
  it("leaves out tasks last month did not have when comparing like with like", () => {
    const roadmap = [task("kept", "2022-01-01", "2022-06-30"), task("added", "2022-01-01", "2022-06-30")];
    const previous = new Map<string, StatusCode>([["kept", "in_progress"]]);
    const current = (id: string): StatusCode => (id === "kept" ? "done" : "in_progress");
    expect(monthChange(roadmap, (id) => previous.get(id), current).newStarts).toEqual(["added"]);
    expect(monthChange(roadmap, (id) => previous.get(id), current, { sameTasks: true })).toEqual({
      newStarts: [],
      newCompletions: ["kept"],
      regressions: [],
    });
  });
});
