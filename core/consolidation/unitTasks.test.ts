import { NATIONAL_ACTORS, REGIONAL, unitRoadmap } from "../programme/builtins";
import { unitTasks } from "./unitTasks";

describe("unitTasks", () => {
  it("gives every unit the programme's own roadmap when no task names an owner", () => {
    expect(REGIONAL.roadmap.every((task) => task.owner === "")).toBe(true);
    expect(unitTasks(REGIONAL, "05")).toBe(REGIONAL.roadmap);
    expect(unitTasks(REGIONAL, "06")).toBe(unitTasks(REGIONAL, "05"));
    expect(unitTasks(REGIONAL, "05")).toEqual(unitRoadmap(REGIONAL, "05"));
  });

  it("gives a unit its own tasks and the shared ones when tasks name owners", () => {
    const unit = NATIONAL_ACTORS.units[0]!.code;
    expect(NATIONAL_ACTORS.roadmap.some((task) => task.owner !== "")).toBe(true);
    expect(unitTasks(NATIONAL_ACTORS, unit)).toEqual(unitRoadmap(NATIONAL_ACTORS, unit));
    expect(unitTasks(NATIONAL_ACTORS, unit).length).toBeLessThan(NATIONAL_ACTORS.roadmap.length);
  });
});
