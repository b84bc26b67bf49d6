import { unitRoadmap } from "../programme/builtins";
import type { Programme } from "../programme/ProgrammeSchema";
import { monthChange } from "../readiness/monthChange";
import type { RegionReading, RegionTask } from "./RegionReading";
import type { SummaryRegion } from "./SummarySchema";

type Details = Pick<SummaryRegion, "change" | "late" | "assessments" | "risks" | "tasks">;

/**
 * The detail of a region in the summary JSON, beyond its figures: what moved since last month (ids, from
 * the month sheet's own last-month column), late critical tasks, self-assessments, risks and every task.
 * @example regionDetails(reading, programme).change?.regressions // ["1.2.1.1"]
 */
export function regionDetails(reading: RegionReading, programme: Programme): Details {
  const tasks = reading.tasks ?? [];
  const hasPrevious = tasks.some((t) => t.previous !== null);
  let change: Details["change"] = null;
  if (reading.reporting && hasPrevious) {
    // One index of the tasks (the last of an id counts), for both months.
    const byId = new Map<string, RegionTask>();
    for (const task of tasks) byId.set(task.id, task);
    change = monthChange(
      reading.code ? unitRoadmap(programme, reading.code) : [],
      (id) => byId.get(id)?.previous ?? undefined,
      (id) => byId.get(id)?.status ?? "not_started",
    );
  }
  return {
    change,
    late: reading.late.map(({ taskId, group, subtask, end, status, comment, expected, owner }) => ({
      taskId,
      group,
      subtask,
      end,
      status,
      comment,
      expected,
      owner,
    })),
    assessments: reading.assessments.map(({ groupId, code, text, note }) => ({ groupId, code, text, note })),
    risks: reading.risks.map(({ group, severity, severityText, description, mitigation }) => ({
      group,
      severity,
      severityText,
      description,
      mitigation,
    })),
    tasks: tasks.map(({ id, status, comment, expected, owner }) => ({
      id,
      status,
      comment,
      expected,
      owner,
    })),
  };
}
