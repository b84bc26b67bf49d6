import type { Programme, RoadmapRow } from "../programme/ProgrammeSchema";
import { unitRoadmap } from "../programme/builtins";

/**
 * The tasks a unit reports on, as `unitRoadmap` gives them, for reading its workbook: in the usual
 * programme, whose tasks name no owner, the programme's roadmap itself for every unit rather than a copy
 * each, so that what the reading derives from the tasks alone (indexes by id) is derived once for a run
 * of 300 regions.
 * @example unitTasks(REGIONAL, "05") === unitTasks(REGIONAL, "06") // true: no REGIONAL task has an owner
 */
export function unitTasks(programme: Programme, code: string): readonly RoadmapRow[] {
  const roadmap = programme.roadmap;
  return roadmap.every((task) => task.owner === "") ? roadmap : unitRoadmap(programme, code);
}
