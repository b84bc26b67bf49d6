import type { IsoDay } from "../_lib/day";
import type { Issue } from "../issues/Issue";
import type { StatusCode } from "../programme/ProgrammeSchema";
import type { Measures } from "../readiness/Measures";
import type { StatusEntry } from "../status/StatusEntry";
import type { AssessmentCode, RiskSeverity } from "../sheets/labels";

/** A critical task due by the reporting date and not done. */
export interface LateTask {
  taskId: string;
  group: string | null;
  subtask: string;
  end: IsoDay;
  status: StatusCode;
  /** The status as the region typed it. */
  statusText: string;
  comment: string;
  expected: IsoDay | null;
  owner: string;
}

/**
 * What consolidation takes from one region's file: plain JSON, so a resumable host (Apps Script)
 * can store it between executions.
 */
export interface RegionReading {
  /** File name or URL, for messages. */
  label: string;
  code: string | null;
  name: string;
  reporting: boolean;
  templateVersion: string | null;
  /** Fingerprint of the region's own roadmap sheet (roadmapKey), to tell regions that disagree apart. */
  roadmapKey?: string | null;
  measures: Measures | null;
  groups: Record<string, Measures>;
  change: { newStarts: number; newCompletions: number; regressions: number } | null;
  /**
   * Last month and this month over the same tasks (those with a status last month): the change figures
   * of a month in which the roadmap changed compare like with like (PRODUCT.md §6a).
   */
  sameTasks?: {
    previous: Measures;
    current: Measures;
    change: { newStarts: number; newCompletions: number; regressions: number };
  } | null;
  late: LateTask[];
  assessments: { groupId: string; code: AssessmentCode | null; text: string; note: string }[];
  risks: {
    group: string;
    severity: RiskSeverity | null;
    severityText: string;
    description: string;
    mitigation: string;
  }[];
  issues: Issue[];
  /**
   * Every task on the month sheet with last month's status as the sheet shows it, for what moved (by
   * name) and the long-format CSV. Optional: readings stored before it existed still work.
   */
  tasks?: RegionTask[];
}

/**
 * One task as a region reported it: what the summary and the long-format CSV show, and no more (the
 * status as typed is kept only for late tasks), as a national run holds one per region × task.
 */
export interface RegionTask extends Pick<StatusEntry, "id" | "status" | "comment" | "expected" | "owner"> {
  /** Last month's status from the sheet's own column; null when blank. */
  previous: StatusCode | null;
}

/** The reading of a region that did not report: no figures, only the issues that say why. */
export function notReporting(
  label: string,
  code: string | null,
  name: string,
  issues: Issue[] = [],
): RegionReading {
  return {
    label,
    code,
    name,
    reporting: false,
    templateVersion: null,
    measures: null,
    groups: {},
    change: null,
    late: [],
    assessments: [],
    risks: [],
    issues,
  };
}
