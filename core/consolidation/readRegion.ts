import type { Grid } from "../_lib/cells";
import type { IsoDay } from "../_lib/day";
import type { RegionSource } from "../actions/types";
import type { Lang } from "../i18n/lang";
import type { Issue, IssueDraft } from "../issues/Issue";
import { makeIssue } from "../issues/Issue";
import type { Programme } from "../programme/ProgrammeSchema";
import { computeUnitReadiness } from "../readiness/computeUnitReadiness";
import { monthChange } from "../readiness/monthChange";
import { parseStatus } from "../status/parseStatus";
import { statusOf } from "../status/statusOf";
import { SHEET_NAMES } from "../sheets/labels";
import { assessmentSheetNames, findAssessmentSheet } from "../sheets/assessmentSheet";
import { readMonthSheet } from "../sheets/readMonthSheet";
import { readSettings } from "../sheets/settingsSheet";
import { cutLongTexts } from "../sheets/cutLongTexts";
import { reportingCalendar } from "../calendar/reportingCalendar";
import type { LateTask, RegionReading } from "./RegionReading";
import { notReporting } from "./RegionReading";
import { sameTaskReading } from "./sameTaskReading";
import { checkRegionRoadmap, noteRetiredTasks, roadmapSheetBeside } from "./checkRegionRoadmap";
import { unitTasks } from "./unitTasks";

export interface ReadRegionOptions {
  month: string;
  /** The programme and roadmap of the national workbook: every region is measured against the same tasks. */
  programme: Programme;
  lang: Lang;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return 0;
}

/**
 * The issue of a file that could not be read: past a limit (a host's reader throws an error named
 * `LimitError`, with the sheet and cell when one is to blame), or unreadable.
 */
function readFailure(error: unknown, label: string): IssueDraft {
  if (!(error instanceof Error) || error.name !== "LimitError")
    return { code: "unreadable_file", value: label };
  const { sheet, cell } = error as Error & { sheet?: unknown; cell?: unknown };
  return {
    code: "beyond_limits",
    value: label,
    ...(typeof sheet === "string" ? { sheet } : {}),
    ...(typeof cell === "string" ? { cell } : {}),
  };
}

/**
 * Reads one region's workbook for a month: one sheet listing and one batched read. Never throws on a
 * bad file: an unreadable file, a workbook that is not a region's, or a missing month sheet comes back
 * as a not-reporting reading with its issue.
 */
export async function readRegion(source: RegionSource, options: ReadRegionOptions): Promise<RegionReading> {
  const { programme, month, lang } = options;
  const issue = (draft: IssueDraft) => makeIssue(draft, lang);
  const workbook = source.workbook;
  if ("error" in workbook) {
    return notReporting(source.label, null, source.label, [
      issue({ code: "unreadable_file", value: source.label }),
    ]);
  }
  let grids: Map<string, Grid>;
  let settingsName: string | undefined;
  try {
    // One read by name, without listing the sheets: listing costs a call per sheet in Apps Script, and
    // month sheets pile up. The settings sheet has one of three names; hosts match names ignoring case.
    const candidates = [...new Set(Object.values(SHEET_NAMES.settings))];
    // The month's self-assessment sheet has one of three names too; a workbook in the earlier layout has none.
    grids = await workbook.readSheets([...candidates, month, ...assessmentSheetNames(month)]);
    settingsName = candidates.find((name) => grids.has(name));
    // The roadmap sheet in the settings sheet's language: one name, not three (each costs calls in Sheets).
    const roadmapName = roadmapSheetBeside(settingsName);
    if (roadmapName)
      for (const [name, grid] of await workbook.readSheets([roadmapName])) grids.set(name, grid);
  } catch (error) {
    return notReporting(source.label, null, source.label, [issue(readFailure(error, source.label))]);
  }
  const settings = settingsName ? readSettings(grids.get(settingsName) ?? []) : null;
  const code = settings?.region ?? null;
  const unit = programme.units.find((u) => u.code === code);
  if (!settings || !code || !unit) {
    return notReporting(source.label, code, source.label, [
      issue({ code: "not_a_region_workbook", value: source.label, ...(code ? { region: code } : {}) }),
      ...(settings && settings.programmeId !== programme.id
        ? [issue({ code: "other_programme", value: `${settings.programmeId} ≠ ${programme.id}` })]
        : []),
    ]);
  }
  const name = unit.name[lang];
  const regionIssue = (draft: IssueDraft) => issue({ ...draft, region: code });
  // The national roadmap decides; the region's own copy is only compared with it (PRODUCT.md §6).
  const roadmapCheck = checkRegionRoadmap(grids, settings, { programme, region: code, lang });
  const issues: Issue[] = [...roadmapCheck.issues];
  if (settings.templateVersion && compareVersions(settings.templateVersion, programme.templateVersion) < 0) {
    issues.push(regionIssue({ code: "template_version", value: settings.templateVersion }));
  }
  const grid = grids.get(month);
  if (!grid) {
    return notReporting(source.label, code, name, [
      ...issues,
      regionIssue({ code: "month_missing", sheet: month }),
    ]);
  }

  const roadmap = unitTasks(programme, code);
  const bounded = cutLongTexts(grid, month);
  issues.push(...bounded.issues.map(regionIssue));
  const assessmentName = findAssessmentSheet(grids.keys(), month);
  const assessmentGrid = assessmentName ? grids.get(assessmentName) : undefined;
  const parsed = readMonthSheet(bounded.grid, {
    sheet: month,
    roadmap,
    programme,
    lang,
    ...(roadmapCheck.own ? { shown: roadmapCheck.own } : {}),
    ...(assessmentName && assessmentGrid
      ? { assessments: { sheet: assessmentName, grid: assessmentGrid } }
      : {}),
  });
  issues.push(
    ...noteRetiredTasks(parsed.issues, roadmapCheck.retired, lang).map((i) => ({ ...i, region: code })),
  );
  // Without its table header a sheet has no statuses to count: better not reporting than all zeros.
  if (parsed.value.table.headerRow < 0) return notReporting(source.label, code, name, issues);
  const sheet = parsed.value;
  const current = statusOf(sheet.table);
  const { asOf } = reportingCalendar(month);
  const readiness = computeUnitReadiness(roadmap, current, {
    asOf,
    target: programme.target,
    groups: programme.groups,
  });

  const previousStatus = new Map(
    sheet.rows.map((row) => [row.id, parseStatus(row.previous, programme.statuses) ?? undefined]),
  );
  const hasPrevious = [...previousStatus.values()].some((s) => s !== undefined);
  const change = hasPrevious ? monthChange(roadmap, (id) => previousStatus.get(id), current) : null;
  const sameTasks = hasPrevious
    ? sameTaskReading(roadmap, (id) => previousStatus.get(id), current, { month, programme })
    : null;

  const late: LateTask[] = [];
  for (const task of roadmap) {
    if (!task.critical || task.end === null || task.end > asOf) continue;
    const status = current(task.id);
    if (status === "done" || status === "not_applicable") continue;
    const entry = sheet.table.entries.get(task.id);
    late.push({
      taskId: task.id,
      group: task.group,
      subtask: task.subtask || task.task,
      end: task.end as IsoDay,
      status,
      statusText: entry?.statusText ?? "",
      comment: entry?.comment ?? "",
      expected: entry?.expected ?? null,
      owner: entry?.owner ?? "",
    });
  }

  return {
    label: source.label,
    code,
    name,
    reporting: true,
    templateVersion: settings.templateVersion || null,
    roadmapKey: roadmapCheck.key,
    measures: readiness.measures,
    groups: readiness.groups,
    change: change && {
      newStarts: change.newStarts.length,
      newCompletions: change.newCompletions.length,
      regressions: change.regressions.length,
    },
    sameTasks,
    late,
    assessments: sheet.assessments.map(({ groupId, code: c, text, note }) => ({
      groupId,
      code: c,
      text,
      note,
    })),
    risks: sheet.risks.map(({ group, severity, severityText, description, mitigation }) => ({
      group,
      severity,
      severityText,
      description,
      mitigation,
    })),
    issues,
    // The roadmap's id strings, not the sheet's copies: 300 regions × 1,000 tasks share one set.
    tasks: roadmap.flatMap((task) => {
      const entry = sheet.table.entries.get(task.id);
      if (!entry) return [];
      const { status, comment, expected, owner } = entry;
      return [
        { id: task.id, status, comment, expected, owner, previous: previousStatus.get(task.id) ?? null },
      ];
    }),
  };
}
