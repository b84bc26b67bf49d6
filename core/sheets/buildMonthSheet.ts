import type { CellValue } from "../_lib/cells";
import { rangeAddress } from "../_lib/cells";
import type { IsoDay } from "../_lib/day";
import { dateCellDay, formatDayFi } from "../_lib/day";
import { reportingCalendar } from "../calendar/reportingCalendar";
import type { Lang } from "../i18n/lang";
import { interpolate } from "../i18n/lang";
import type { Programme, ReportingUnit, RoadmapRow } from "../programme/ProgrammeSchema";
import { parseStatus } from "../status/parseStatus";
import { ASSESSMENTS, LABELS, SEVERITIES, sheetName } from "./labels";
import type { AssessmentCode } from "./labels";
import { statusLabels } from "./listsSheet";
import {
  MONTH_COLUMN_WIDTHS,
  MONTH_LAYOUT,
  MONTH_TABLE_COLUMNS,
  monthColumn,
  monthColumnLabel,
} from "./monthLayout";
import type { MonthSheetReading } from "./readMonthSheet";
import { roadmapCell } from "./roadmapSheet";
import { quoteSheet, shareFormula, summaryFormulas } from "./monthSummaryFormulas";
import { assessmentRules, bandRules } from "./bandRules";
import type { SheetSpec, SpecCell, StyleSpec } from "./SheetSpec";
import {
  DATE_FORMAT,
  HEADER_STYLE,
  INPUT_STYLE,
  LOCKED_STYLE,
  NOTE_STYLE,
  PERCENT_FORMAT,
  SUBHEADER_STYLE,
  TITLE_STYLE,
} from "./styles";

export interface BuildMonthSheetOptions {
  programme: Programme;
  unit: ReportingUnit;
  /** The tasks this unit reports on, in roadmap order. */
  roadmap: readonly RoadmapRow[];
  month: string;
  lang: Lang;
  /** The latest earlier month sheet, whose entries are carried over. */
  previous?: MonthSheetReading | null;
  /** The workbook's lists sheet, which the live summary refers to; by default its name in `lang`. */
  listsSheet?: string;
}

/** A user's cell value, carried over as it was: dates stay dates, text stays literal text. */
function carriedCell(value: CellValue): SpecCell {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof Date) {
    const day = dateCellDay(value);
    return day ? { date: day } : null;
  }
  return value;
}

/** The status to show: a recognised status in the sheet's language, anything else exactly as typed. */
function statusCell(value: CellValue, programme: Programme, lang: Lang): SpecCell {
  const code = parseStatus(value, programme.statuses);
  if (code) return programme.statuses[code][lang];
  return carriedCell(value);
}

/**
 * A region's month sheet: header block, live summary of the four shares (formulas), the task table,
 * self-assessment per group and risks. Carries over every status, comment, expected date and owner
 * of `previous`, and the rows it had that the roadmap no longer knows.
 */
export function buildMonthSheet(options: BuildMonthSheetOptions): SheetSpec {
  const { programme, unit, roadmap, month, lang, previous } = options;
  const calendar = reportingCalendar(month);
  const L = MONTH_LAYOUT;
  const carried = new Map(previous?.rows.map((row) => [row.id, row]) ?? []);
  const known = new Set(roadmap.map((row) => row.id));
  const orphans = previous?.rows.filter((row) => !known.has(row.id)) ?? [];

  const cells: SpecCell[][] = [];
  const put = (row: number, values: SpecCell[]) => {
    cells[row - 1] = values;
  };
  const dateCell = (day: IsoDay): SpecCell => ({ date: day });
  put(L.titleRow, [`${LABELS.monthSheetTitle[lang]} – ${programme.name[lang]}`]);
  put(L.regionRow, [LABELS.region[lang], unit.code, unit.name[lang]]);
  put(L.monthRow, [LABELS.month[lang], month]);
  put(L.asOfRow, [LABELS.asOf[lang], dateCell(calendar.asOf)]);
  put(L.dueRow, [LABELS.due[lang], dateCell(calendar.due)]);
  put(L.targetRow, [LABELS.target[lang], dateCell(programme.target)]);
  put(L.versionRow, [LABELS.templateVersion[lang], programme.templateVersion]);
  put(L.summaryHeaderRow, [LABELS.measure[lang], LABELS.count[lang], LABELS.of[lang], LABELS.share[lang]]);

  const first = L.tableHeaderRow + 1;
  const taskCount = roadmap.length + orphans.length;
  const last = first + Math.max(taskCount, 1) - 1;
  const target = formatDayFi(programme.target);
  const measureLabels = [
    LABELS.scheduleStarted[lang],
    LABELS.scheduleDone[lang],
    interpolate(LABELS.readinessStarted[lang], { target }),
    interpolate(LABELS.readinessDone[lang], { target }),
  ];
  summaryFormulas(
    programme,
    lang,
    quoteSheet(options.listsSheet ?? sheetName("lists", lang)),
    first,
    last,
  ).forEach(([count, of], i) => {
    const row = L.summaryFirstRow + i;
    put(row, [measureLabels[i]!, { formula: count }, { formula: of }, { formula: shareFormula(row) }]);
  });
  put(L.noteRow, [LABELS.liveNote[lang]]);
  put(
    L.tableHeaderRow,
    MONTH_TABLE_COLUMNS.map((c) => monthColumnLabel(c, lang)),
  );

  const statusCol = monthColumn("status");
  roadmap.forEach((task, i) => {
    const before = carried.get(task.id);
    const row: SpecCell[] = MONTH_TABLE_COLUMNS.map((column) => {
      switch (column) {
        case "status":
          return before ? statusCell(before.status, programme, lang) : programme.statuses.not_started[lang];
        case "previous":
          return before ? statusCell(before.status, programme, lang) : null;
        case "comment":
        case "expected":
        case "owner":
          return before ? carriedCell(before[column]) : null;
        default:
          return roadmapCell(task, column, programme, lang);
      }
    });
    put(first + i, row);
  });
  orphans.forEach((orphan, i) => {
    const row: SpecCell[] = MONTH_TABLE_COLUMNS.map(() => null);
    row[monthColumn("id")] = orphan.id;
    row[statusCol] = statusCell(orphan.status, programme, lang);
    row[monthColumn("previous")] = statusCell(orphan.status, programme, lang);
    row[monthColumn("comment")] = carriedCell(orphan.comment);
    row[monthColumn("expected")] = carriedCell(orphan.expected);
    row[monthColumn("owner")] = carriedCell(orphan.owner);
    put(first + roadmap.length + i, row);
  });

  // Self-assessment and risks below the table.
  const assessmentTitle = last + 2;
  put(assessmentTitle, [LABELS.assessmentTitle[lang]]);
  put(assessmentTitle + 1, ["#", LABELS.group[lang], LABELS.assessment[lang], LABELS.assessmentNote[lang]]);
  const previousAssessments = new Map(previous?.assessments.map((a) => [a.groupId, a]) ?? []);
  programme.groups.forEach((group, i) => {
    const before = previousAssessments.get(group.id);
    const value = before?.code ? ASSESSMENTS[before.code as AssessmentCode][lang] : before?.text || null;
    put(assessmentTitle + 2 + i, [group.id, group.name[lang], value, before?.note || null]);
  });
  const assessmentLast = assessmentTitle + 1 + Math.max(programme.groups.length, 1);
  const risksTitle = assessmentLast + 2;
  put(risksTitle, [LABELS.risksTitle[lang]]);
  put(risksTitle + 1, [
    LABELS.riskNumber[lang],
    LABELS.group[lang],
    LABELS.riskSeverity[lang],
    LABELS.riskDescription[lang],
    LABELS.riskMitigation[lang],
  ]);
  const risks = previous?.risks ?? [];
  const riskRows = Math.max(L.riskRows, risks.length + 3);
  for (let i = 0; i < riskRows; i++) {
    const risk = risks[i];
    const severity = risk?.severity ? SEVERITIES[risk.severity][lang] : risk?.severityText || null;
    put(risksTitle + 2 + i, [
      i + 1,
      risk?.group || null,
      severity,
      risk?.description || null,
      risk?.mitigation || null,
    ]);
  }
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];

  const tableWidth = MONTH_TABLE_COLUMNS.length;
  const colRange = (c: Parameters<typeof monthColumn>[0], from = first, to = last) =>
    rangeAddress(from - 1, monthColumn(c), to - from + 1, 1);
  const inputs = [
    colRange("status"),
    rangeAddress(first - 1, monthColumn("comment"), last - first + 1, 3),
    rangeAddress(assessmentTitle + 1, 2, Math.max(programme.groups.length, 1), 2),
    rangeAddress(risksTitle + 1, 1, riskRows, 4),
  ];
  const styles: StyleSpec[] = [
    { range: "A1", ...TITLE_STYLE },
    { range: `A${L.regionRow}:A${L.versionRow}`, bold: true },
    { range: `B${L.regionRow}:B${L.versionRow}`, align: "left", numberFormat: "@" },
    { range: `B${L.asOfRow}:B${L.targetRow}`, numberFormat: DATE_FORMAT, align: "left" },
    { range: `A${L.summaryHeaderRow}:D${L.summaryHeaderRow}`, ...HEADER_STYLE },
    { range: `A${L.summaryFirstRow}:C${L.summaryFirstRow + 3}`, border: true },
    {
      range: `D${L.summaryFirstRow}:D${L.summaryFirstRow + 3}`,
      numberFormat: PERCENT_FORMAT,
      bold: true,
      align: "right",
      border: true,
    },
    { range: `A${L.noteRow}`, ...NOTE_STYLE },
    { range: rangeAddress(L.tableHeaderRow - 1, 0, 1, tableWidth), ...HEADER_STYLE },
    { range: rangeAddress(first - 1, 0, last - first + 1, monthColumn("critical") + 1), ...LOCKED_STYLE },
    { range: colRange("previous"), ...LOCKED_STYLE },
    { range: colRange("id"), numberFormat: "@" },
    { range: colRange("start"), numberFormat: DATE_FORMAT },
    { range: colRange("end"), numberFormat: DATE_FORMAT },
    { range: colRange("expected"), numberFormat: DATE_FORMAT },
    { range: rangeAddress(first - 1, monthColumn("subtask"), last - first + 1, 1), wrap: true },
    { range: rangeAddress(first - 1, monthColumn("comment"), last - first + 1, 1), wrap: true },
    ...inputs.map((range) => ({ range, ...INPUT_STYLE })),
    { range: `A${assessmentTitle}`, ...TITLE_STYLE, fontSize: 12 },
    { range: rangeAddress(assessmentTitle, 0, 1, 4), ...SUBHEADER_STYLE },
    { range: `A${risksTitle}`, ...TITLE_STYLE, fontSize: 12 },
    { range: rangeAddress(risksTitle, 0, 1, 5), ...SUBHEADER_STYLE },
    { range: rangeAddress(risksTitle + 1, 3, riskRows, 2), wrap: true },
  ];
  const assessmentRange = rangeAddress(assessmentTitle + 1, 2, Math.max(programme.groups.length, 1), 1);
  return {
    name: month,
    cells,
    styles,
    columnWidths: MONTH_TABLE_COLUMNS.map((c) => MONTH_COLUMN_WIDTHS[c]),
    frozen: { rows: L.tableHeaderRow, columns: 1 },
    validations: [
      {
        range: colRange("status"),
        values: statusLabels(programme, lang),
        strict: false,
        prompt: LABELS.liveNote[lang],
      },
      { range: assessmentRange, values: Object.values(ASSESSMENTS).map((a) => a[lang]), strict: false },
      {
        range: rangeAddress(risksTitle + 1, 1, riskRows, 1),
        values: programme.groups.map((g) => g.name[lang]),
        strict: false,
      },
      {
        range: rangeAddress(risksTitle + 1, 2, riskRows, 1),
        values: Object.values(SEVERITIES).map((s) => s[lang]),
        strict: false,
      },
    ],
    conditionalFormats: [
      ...bandRules(programme, `D${L.summaryFirstRow}:D${L.summaryFirstRow + 3}`),
      ...assessmentRules(assessmentRange, lang),
    ],
    protection: { editable: inputs },
  };
}
