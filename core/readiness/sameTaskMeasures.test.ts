import type { StatusCode } from "../programme/ProgrammeSchema";
import { task } from "./_test/fixtures";
import { sameTaskMeasures } from "./sameTaskMeasures";

describe("sameTaskMeasures", () => {
  // September on a revised roadmap: A and B were there in August, D was added by the revision.
  const roadmap = [
    task("A", "2022-01-01", "2022-06-30"),
    task("B", "2022-03-01", "2022-12-31"),
    task("D", "2022-01-01", "2022-08-31"),
  ];
  const august = new Map<string, StatusCode>([
    ["A", "in_progress"],
    ["B", "not_started"],
  ]);
  const september: Record<string, StatusCode> = { A: "done", B: "in_progress", D: "done" };
  const result = sameTaskMeasures(
    roadmap,
    (id) => august.get(id),
    (id) => september[id] ?? "not_started",
    {
      asOf: "2022-09-30",
      previousAsOf: "2022-08-31",
      target: "2023-01-01",
      groups: [],
    },
  );

  it("measures both months over the tasks both months have", () => {
    expect(result.previous.readiness.started).toEqual({ count: 1, of: 2, share: 0.5 });
    expect(result.current.readiness.started).toEqual({ count: 2, of: 2, share: 1 });
    expect(result.previous.schedule.done).toEqual({ count: 0, of: 1, share: 0 });
    expect(result.current.schedule.done).toEqual({ count: 1, of: 1, share: 1 });
  });

  it("does not count the added task as progress", () => {
    expect(result.change).toEqual({ newStarts: ["B"], newCompletions: ["A"], regressions: [] });
  });

  it("gives null shares when last month had none of the tasks", () => {
    const none = sameTaskMeasures(
      roadmap,
      () => undefined,
      () => "done",
      {
        asOf: "2022-09-30",
        previousAsOf: "2022-08-31",
        target: "2023-01-01",
        groups: [],
      },
    );
    expect(none.current.readiness.done.share).toBeNull();
  });
});
