import type { IsoDay } from "../_lib/day";
import type { SummaryIssue, SummaryLateTask, SummaryRisk } from "../consolidation/SummarySchema";
import type { DiscussionEntry } from "../discussion/DiscussionSchema";
import type { Share } from "../readiness/Share";
import type { AssessmentCode } from "../sheets/labels";

/** One of the four figures: the region now, the nation now, the region last month. */
export interface BriefFigure {
  region: Share | null;
  national: Share | null;
  previous: Share | null;
}

export interface BriefTask {
  id: string;
  name: string;
}

/** Why a self-assessment does not match the measured progress. */
export type AssessmentFlag = "green_but_behind" | "green_below_median" | "red_but_ahead" | "not_assessed";

export interface BriefAssessment {
  groupId: string;
  groupName: string;
  code: AssessmentCode | null;
  /** The assessment as typed when it is none of the three colours. */
  text: string;
  note: string;
  /** The region's schedule-view done share in the group, and the national median of it. */
  measured: Share | null;
  median: number | null;
  flags: AssessmentFlag[];
}

/** A question for the discussion, as a template key and its parameters (the renderer words it). */
export interface BriefQuestion {
  key:
    | "notReported"
    | "regression"
    | "lateNoDate"
    | "contradiction"
    | "droppedRisk"
    | "overdueAction"
    | "issues";
  params: Record<string, string | number>;
}

/** Everything on one region's page of the discussion brief (issue #10 §1). */
export interface RegionBrief {
  code: string;
  name: string;
  reporting: boolean;
  /** In MEASURE_KEYS order: schedule started, schedule done, readiness started, readiness done. */
  figures: BriefFigure[];
  /** Null when neither the month sheet nor last month's picture says what the region had before. */
  moved: { newStarts: BriefTask[]; newCompletions: BriefTask[]; regressions: BriefTask[] } | null;
  late: (SummaryLateTask & { name: string })[];
  assessments: BriefAssessment[];
  /** Null `dropped`/`continuing` split when last month's picture is not at hand. */
  risks: { fresh: SummaryRisk[]; continuing: SummaryRisk[]; dropped: SummaryRisk[]; compared: boolean };
  issues: SummaryIssue[];
  openActions: DiscussionEntry[];
  /** This month's discussions and other material already recorded. */
  notes: DiscussionEntry[];
  questions: BriefQuestion[];
}

/** The brief of a month: the pages and what heads each one. */
export interface Brief {
  month: string;
  asOf: IsoDay;
  publishBy: IsoDay | null;
  previousMonth: string | null;
  regions: RegionBrief[];
}
