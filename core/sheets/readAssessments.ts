import type { CellValue, Grid } from "../_lib/cells";
import { cellAddress, codeText, isBlank, matchKey, normalizeText } from "../_lib/cells";
import { dateCellDay } from "../_lib/day";
import type { Lang, Localized } from "../i18n/lang";
import type { Issue } from "../issues/Issue";
import { makeIssue } from "../issues/Issue";
import type { Programme } from "../programme/ProgrammeSchema";
import type { AssessmentCode, RiskSeverity } from "./labels";
import { ASSESSMENTS, codeOfLabel, LABELS, SEVERITIES } from "./labels";

export interface Assessment {
  groupId: string;
  code: AssessmentCode | null;
  /** As typed, for carry-over of values the reader did not recognise. */
  text: string;
  note: string;
  cell: string;
}

export interface Risk {
  description: string;
  group: string;
  severity: RiskSeverity | null;
  severityText: string;
  mitigation: string;
  row: number;
}

export interface AssessmentsReading {
  assessments: Assessment[];
  risks: Risk[];
  issues: Issue[];
  /** Zero-based rows of the two titles, -1 where absent. */
  assessmentTitle: number;
  risksTitle: number;
}

export interface ReadAssessmentsOptions {
  sheet: string;
  programme: Programme;
  lang: Lang;
  /** Zero-based row to start looking for the titles from (below the task table on an old month sheet). */
  from?: number;
}

function labelKeys(label: Localized): Set<string> {
  return new Set([matchKey(label.fi), matchKey(label.sv), matchKey(label.en)]);
}

const ASSESSMENT_TITLE_KEYS = labelKeys(LABELS.assessmentTitle);
const RISKS_TITLE_KEYS = labelKeys(LABELS.risksTitle);

/** Text as typed, only trimmed: line breaks in a risk or a note are the user's and are kept. */
function rawText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  return (value instanceof Date ? (dateCellDay(value) ?? "") : String(value)).trim();
}

/** The title rows, looked for in column A from `from` on. */
export function findAssessmentTitles(
  grid: Grid,
  from: number,
): { assessmentTitle: number; risksTitle: number } {
  let assessmentTitle = -1;
  let risksTitle = -1;
  for (let r = Math.max(from, 0); r < grid.length; r++) {
    const key = matchKey(grid[r]?.[0]);
    if (assessmentTitle < 0 && ASSESSMENT_TITLE_KEYS.has(key)) assessmentTitle = r;
    else if (risksTitle < 0 && RISKS_TITLE_KEYS.has(key)) risksTitle = r;
  }
  return { assessmentTitle, risksTitle };
}

/**
 * Reads the self-assessment per group and the risk list, found by their titles wherever they are: below
 * the task table of a month sheet in the earlier layout, or on the month's own assessment sheet.
 */
export function readAssessments(grid: Grid, options: ReadAssessmentsOptions): AssessmentsReading {
  const { sheet, lang } = options;
  const { assessmentTitle, risksTitle } = findAssessmentTitles(grid, options.from ?? 0);
  const issues: Issue[] = [];
  const assessments: Assessment[] = [];
  if (assessmentTitle >= 0) {
    const groupIds = new Set(options.programme.groups.map((g) => g.id));
    const end = risksTitle > assessmentTitle ? risksTitle : grid.length;
    for (let r = assessmentTitle + 2; r < end; r++) {
      const row = grid[r] ?? [];
      const groupId = codeText(row[0]).replace(/^0+(?=\d)/, "");
      if (!groupIds.has(groupId)) continue;
      const text = normalizeText(row[2]);
      const code = text === "" ? null : (codeOfLabel(ASSESSMENTS, matchKey(text)) ?? null);
      const cell = cellAddress(r, 2);
      if (text !== "" && code === null) {
        issues.push(makeIssue({ code: "invalid_assessment", sheet, cell, value: text }, lang));
      }
      assessments.push({ groupId, code, text, note: rawText(row[3]), cell });
    }
  }

  const risks: Risk[] = [];
  if (risksTitle >= 0) {
    const end = assessmentTitle > risksTitle ? assessmentTitle : grid.length;
    for (let r = risksTitle + 2; r < end; r++) {
      const row = grid[r] ?? [];
      const [, group, severityCell, description, mitigation] = row;
      if ([group, severityCell, description, mitigation].every((v) => isBlank(v ?? null))) continue;
      const severityText = normalizeText(severityCell);
      const severity = severityText === "" ? null : (codeOfLabel(SEVERITIES, matchKey(severityText)) ?? null);
      if (severityText !== "" && severity === null) {
        issues.push(
          makeIssue({ code: "invalid_severity", sheet, cell: cellAddress(r, 2), value: severityText }, lang),
        );
      }
      risks.push({
        description: rawText(description),
        group: normalizeText(group),
        severity,
        severityText,
        mitigation: rawText(mitigation),
        row: r + 1,
      });
    }
  }
  return { assessments, risks, issues, assessmentTitle, risksTitle };
}
