import type { Group, StatusCode } from "../programme/ProgrammeSchema";
import { task } from "./_test/fixtures";
import { computeMeasures } from "./computeMeasures";
import { computeUnitReadiness } from "./computeUnitReadiness";

const GROUPS: Group[] = ["1", "2", "3", "4", "5"].map((id) => ({ id, name: { fi: id, sv: id, en: id } }));
const DATES = { asOf: "2022-09-30", target: "2023-01-01" };

describe("computeUnitReadiness", () => {
  const roadmap = [
    task("1.1", "2022-01-01", "2022-06-30", { group: "1" }),
    task("1.2", "2022-01-01", "2022-12-31", { group: "1" }),
    task("3.1", "2022-03-01", "2022-09-30", { group: "3" }),
    task("3.2", "2022-03-01", "2022-09-30", { group: "3", critical: false }),
    task("9.1", "2022-03-01", "2022-09-30", { group: "9" }),
    task("x", "2022-03-01", "2022-09-30", { group: null }),
  ];
  const statuses: Record<string, StatusCode> = {
    "1.1": "done",
    "1.2": "in_progress",
    "3.1": "not_started",
    "9.1": "done",
    x: "done",
  };
  const status = (id: string): StatusCode => statuses[id] ?? "not_started";
  const result = computeUnitReadiness(roadmap, status, { ...DATES, groups: GROUPS });

  it("gives every group of the programme, even one without tasks", () => {
    expect(Object.keys(result.groups)).toEqual(["1", "2", "3", "4", "5"]);
    expect(result.groups["2"]?.readiness.done).toEqual({ count: 0, of: 0, share: null });
  });

  it("computes each group over its own critical tasks", () => {
    expect(result.groups["1"]).toEqual(computeMeasures(roadmap.slice(0, 2), status, DATES));
    expect(result.groups["3"]?.schedule.done).toEqual({ count: 0, of: 1, share: 0 });
  });

  it("counts every critical task overall, also those of a group the programme does not list", () => {
    expect(result.measures).toEqual(computeMeasures(roadmap, status, DATES));
    expect(result.measures.schedule.done).toEqual({ count: 3, of: 4, share: 0.75 });
  });
});
