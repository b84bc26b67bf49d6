import * as z from "zod";
import { LocalizedSchema } from "../i18n/lang";
import { isIsoDay } from "../_lib/day";

const IsoDaySchema = z.string().refine(isIsoDay, { message: "expected an ISO day YYYY-MM-DD" });

/** The four statuses of a task, keyed by code; labels come from the programme. */
export const StatusCodeSchema = z.enum(["not_started", "in_progress", "done", "not_applicable"]);
export type StatusCode = z.infer<typeof StatusCodeSchema>;
export const STATUS_CODES: readonly StatusCode[] = StatusCodeSchema.options;

/** Where a task sits on the 100+100 checklist. */
export const ChecklistWindowSchema = z.enum(["last100", "first100"]);
export type ChecklistWindow = z.infer<typeof ChecklistWindowSchema>;

/** One row of a roadmap: a subtask every reporting unit must do. */
export const RoadmapRowSchema = z.object({
  id: z.string().min(1),
  /** Preparation group id (`"1"`–`"5"`), or null where the programme has no groups. */
  group: z.string().nullable(),
  area: z.string(),
  task: z.string(),
  subtask: z.string(),
  phase: z.string(),
  start: IsoDaySchema.nullable(),
  end: IsoDaySchema.nullable(),
  critical: z.boolean(),
  checklist: ChecklistWindowSchema.nullable(),
  legalBasis: z.string(),
  nationalSupport: z.string(),
  /** The reporting unit that owns the task (national actors); empty when every unit does it. */
  owner: z.string(),
  /** Ids of the regional subtasks a national actor's task supports. */
  links: z.array(z.string()),
});
export type RoadmapRow = z.infer<typeof RoadmapRowSchema>;

export const ReportingUnitSchema = z.object({ code: z.string().min(1), name: LocalizedSchema });
export type ReportingUnit = z.infer<typeof ReportingUnitSchema>;

export const GroupSchema = z.object({ id: z.string().min(1), name: LocalizedSchema });
export type Group = z.infer<typeof GroupSchema>;

export const PhaseSchema = z.object({
  id: z.string().min(1),
  name: LocalizedSchema,
  start: IsoDaySchema,
  /** Null for the last phase, which has no end. */
  end: IsoDaySchema.nullable(),
});
export type Phase = z.infer<typeof PhaseSchema>;

/** A colour band: shares at or above `min` (0–1) take this colour. */
export const BandSchema = z.object({
  id: z.string(),
  min: z.number().min(0).max(1),
  fill: z.string().regex(/^#[0-9A-F]{6}$/i),
  font: z.string().regex(/^#[0-9A-F]{6}$/i),
  name: LocalizedSchema,
});
export type Band = z.infer<typeof BandSchema>;

export const WindowSchema = z.object({ start: IsoDaySchema, end: IsoDaySchema });

/** Everything that makes one reform's tracking: units, groups, phases, statuses, dates, bands, roadmap. */
export const ProgrammeSchema = z.object({
  id: z.string().min(1),
  name: LocalizedSchema,
  /** What a reporting unit is called: alue / område / region, toimija / aktör / actor. */
  unitLabel: LocalizedSchema,
  /** Reporting units as counted in a sentence: "21/22 aluetta", "21/22 områden", "21/22 regions". */
  unitsCounted: LocalizedSchema,
  units: z.array(ReportingUnitSchema).min(1),
  groups: z.array(GroupSchema),
  phases: z.array(PhaseSchema),
  statuses: z.object({
    not_started: LocalizedSchema,
    in_progress: LocalizedSchema,
    done: LocalizedSchema,
    not_applicable: LocalizedSchema,
  }),
  target: IsoDaySchema,
  /** Highest band first; a share below every `min` takes the last band. */
  bands: z.array(BandSchema).min(1),
  /** The colour of a missing figure ("–"). */
  noFigure: z.object({
    fill: z.string().regex(/^#[0-9A-F]{6}$/i),
    font: z.string().regex(/^#[0-9A-F]{6}$/i),
  }),
  checklist: z.object({ last100: WindowSchema, first100: WindowSchema }),
  templateVersion: z.string().min(1),
  roadmap: z.array(RoadmapRowSchema),
});
export type Programme = z.infer<typeof ProgrammeSchema>;
