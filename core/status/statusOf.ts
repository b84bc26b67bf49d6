import type { StatusCode } from "../programme/ProgrammeSchema";
import type { StatusTable } from "./StatusTable";

/**
 * The status each task counts as: what the table says, and not started for a task it lacks.
 * @example computeMeasures(REGIONAL.roadmap, statusOf(table), { asOf: "2022-09-30", target: "2023-01-01" })
 */
export function statusOf(table: StatusTable): (id: string) => StatusCode {
  const { entries } = table;
  return (id) => entries.get(id)?.status ?? "not_started";
}
