import { rangeAddress } from "../_lib/cells";
import type { Lang } from "../i18n/lang";
import type { Programme, ReportingUnit } from "../programme/ProgrammeSchema";
import { assessmentRules } from "./bandRules";
import { ASSESSMENTS, LABELS, SEVERITIES } from "./labels";
import type { AssessmentCode } from "./labels";
import { MONTH_LAYOUT } from "./monthLayout";
import { printSetup } from "./printSetup";
import { wrappedRowHeights } from "./wrappedRowHeight";
import type { Assessment, Risk } from "./readAssessments";
import type { SheetSpec, SpecCell, StyleSpec } from "./SheetSpec";
import { HEADER_STYLE, INPUT_STYLE, SUBHEADER_STYLE, TITLE_STYLE } from "./styles";
import { pickMessages } from "./validationMessages";

const WIDTHS = [11, 36, 16, 60, 50];
const SUFFIX: Record<Lang, string> = { fi: "arvio", sv: "bedömning", en: "assessment" };

/** The name of a month's self-assessment and risk sheet, e.g. "2022-09 arvio". */
export function assessmentSheetName(month: string, lang: Lang): string {
  return `${month} ${SUFFIX[lang]}`;
}

/** Its name in every language, for reading a workbook made in any of them. */
export function assessmentSheetNames(month: string): string[] {
  return (Object.keys(SUFFIX) as Lang[]).map((lang) => assessmentSheetName(month, lang));
}

const POINTER: Record<Lang, string> = {
  fi: "Itsearvio ja riskit täytetään välilehdellä {sheet}.",
  sv: "Självbedömningen och riskerna fylls i på fliken {sheet}.",
  en: "The self-assessment and the risks are filled in on the {sheet} sheet.",
};

/** The month sheet's line that says where the self-assessment and risks are. */
export function assessmentPointer(month: string, lang: Lang): string {
  return POINTER[lang].replace("{sheet}", assessmentSheetName(month, lang));
}

export interface BuildAssessmentSheetOptions {
  programme: Programme;
  unit: ReportingUnit;
  month: string;
  lang: Lang;
  /** Carried over from the latest earlier month. */
  assessments?: readonly Assessment[];
  risks?: readonly Risk[];
}

/**
 * A month's self-assessment per preparation group and its risk list, on a sheet of their own next to
 * the month sheet, so a coordinator finds them without scrolling past the tasks.
 */
export function buildAssessmentSheet(options: BuildAssessmentSheetOptions): SheetSpec {
  const { programme, unit, month, lang } = options;
  const groups = Math.max(programme.groups.length, 1);
  const cells: SpecCell[][] = [
    [`${LABELS.assessmentTitle[lang]} – ${unit.name[lang]}`],
    [LABELS.region[lang], unit.code, unit.name[lang]],
    [LABELS.month[lang], month],
    [],
    [LABELS.assessmentTitle[lang]],
    ["#", LABELS.group[lang], LABELS.assessment[lang], LABELS.assessmentNote[lang]],
  ];
  const assessmentFirst = cells.length; // zero-based
  const before = new Map(options.assessments?.map((a) => [a.groupId, a]) ?? []);
  programme.groups.forEach((group) => {
    const a = before.get(group.id);
    const value = a?.code ? ASSESSMENTS[a.code as AssessmentCode][lang] : a?.text || null;
    cells.push([group.id, group.name[lang], value, a?.note || null]);
  });
  if (programme.groups.length === 0) cells.push([]);
  cells.push([]);
  const risksTitle = cells.length;
  cells.push([LABELS.risksTitle[lang]]);
  cells.push([
    LABELS.riskNumber[lang],
    LABELS.group[lang],
    LABELS.riskSeverity[lang],
    LABELS.riskDescription[lang],
    LABELS.riskMitigation[lang],
  ]);
  const riskFirst = cells.length;
  const risks = options.risks ?? [];
  const riskRows = Math.max(MONTH_LAYOUT.riskRows, risks.length + 3);
  for (let i = 0; i < riskRows; i++) {
    const risk = risks[i];
    const severity = risk?.severity ? SEVERITIES[risk.severity][lang] : risk?.severityText || null;
    cells.push([i + 1, risk?.group || null, severity, risk?.description || null, risk?.mitigation || null]);
  }

  const assessmentRange = rangeAddress(assessmentFirst, 2, groups, 1);
  const inputs = [rangeAddress(assessmentFirst, 2, groups, 2), rangeAddress(riskFirst, 1, riskRows, 4)];
  const styles: StyleSpec[] = [
    { range: "A1", ...TITLE_STYLE },
    { range: "A2:A3", bold: true },
    { range: "B2:B3", align: "left", numberFormat: "@" },
    { range: "A5", ...TITLE_STYLE, fontSize: 12 },
    { range: rangeAddress(assessmentFirst - 1, 0, 1, 4), ...HEADER_STYLE },
    { range: rangeAddress(assessmentFirst, 0, groups, 2), ...SUBHEADER_STYLE, bold: false },
    { range: `A${risksTitle + 1}`, ...TITLE_STYLE, fontSize: 12 },
    { range: rangeAddress(riskFirst - 1, 0, 1, 5), ...HEADER_STYLE },
    { range: rangeAddress(riskFirst, 0, riskRows, 1), ...SUBHEADER_STYLE, bold: false },
    ...inputs.map((range) => ({ range, ...INPUT_STYLE })),
    { range: rangeAddress(assessmentFirst, 3, groups, 1), wrap: true },
    { range: rangeAddress(riskFirst, 3, riskRows, 2), wrap: true },
  ];
  const assessmentValues = Object.values(ASSESSMENTS).map((a) => a[lang]);
  const severityValues = Object.values(SEVERITIES).map((s) => s[lang]);
  const groupValues = programme.groups.map((g) => g.name[lang]);
  return {
    name: assessmentSheetName(month, lang),
    cells,
    styles,
    columnWidths: WIDTHS,
    // The notes, descriptions and mitigations wrap.
    rowHeights: wrappedRowHeights(cells, WIDTHS, assessmentFirst - 1, (_, c) => c >= 3),
    validations: [
      {
        range: assessmentRange,
        values: assessmentValues,
        strict: true,
        ...pickMessages(assessmentValues, lang),
      },
      {
        range: rangeAddress(riskFirst, 1, riskRows, 1),
        values: groupValues,
        strict: true,
        ...pickMessages(groupValues, lang),
      },
      {
        range: rangeAddress(riskFirst, 2, riskRows, 1),
        values: severityValues,
        strict: true,
        ...pickMessages(severityValues, lang),
      },
    ],
    conditionalFormats: assessmentRules(assessmentRange, lang),
    protection: { editable: inputs },
    print: printSetup({
      lang,
      programme: programme.name[lang],
      unit: unit.name[lang],
      month,
    }),
  };
}

/** The month's assessment sheet among `names` (in any language, ignoring case), if there is one. */
export function findAssessmentSheet(names: Iterable<string>, month: string): string | undefined {
  const wanted = new Set(assessmentSheetNames(month).map((n) => n.toLocaleLowerCase("fi")));
  for (const name of names) if (wanted.has(name.trim().toLocaleLowerCase("fi"))) return name;
  return undefined;
}
