import { assessmentRules } from "../bandRules";
import { rangeAddress } from "../../_lib/cells";
import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { ASSESSMENTS, LABELS, SEVERITIES, sheetName } from "../labels";
import { NATIONAL_LABELS as N } from "../nationalLabels";
import type { SheetSpec, SpecCell } from "../SheetSpec";
import { HEADER_STYLE, TITLE_STYLE } from "../styles";

/** The risks sheet of the national workbook. */
export function risksSheet(p: NationalPicture): SheetSpec {
  const { programme, lang } = p;
  const assessmentRows = p.readings.flatMap((r) =>
    r.assessments
      .filter((a) => a.code || a.text || a.note)
      .map((a): SpecCell[] => [
        r.code ?? "",
        r.name,
        programme.groups.find((g) => g.id === a.groupId)?.name[lang] ?? a.groupId,
        a.code ? ASSESSMENTS[a.code][lang] : a.text,
        a.note,
      ]),
  );
  const riskRows = p.readings.flatMap((r) =>
    r.risks.map((k): SpecCell[] => [
      r.code ?? "",
      r.name,
      k.group,
      k.severity ? SEVERITIES[k.severity][lang] : k.severityText,
      k.description,
      k.mitigation,
    ]),
  );
  const aHeader = 3;
  const aRows = Math.max(assessmentRows.length, 1);
  const rTitle = aHeader + aRows + 2;
  const cells: SpecCell[][] = [
    [N.assessmentsTitle[lang]],
    [],
    [
      N.code[lang],
      LABELS.region[lang],
      LABELS.group[lang],
      LABELS.assessment[lang],
      LABELS.assessmentNote[lang],
    ],
    ...(assessmentRows.length ? assessmentRows : [[]]),
    [],
    [LABELS.risksTitle[lang]],
    [
      N.code[lang],
      LABELS.region[lang],
      LABELS.group[lang],
      LABELS.riskSeverity[lang],
      LABELS.riskDescription[lang],
      LABELS.riskMitigation[lang],
    ],
    ...riskRows,
  ];
  const assessmentRange = rangeAddress(aHeader, 3, aRows, 1);
  return {
    name: sheetName("risks", lang),
    cells,
    styles: [
      { range: "A1", ...TITLE_STYLE },
      { range: `A${aHeader}:E${aHeader}`, ...HEADER_STYLE },
      { range: `A${rTitle}`, ...TITLE_STYLE },
      { range: rangeAddress(rTitle, 0, 1, 6), ...HEADER_STYLE },
      { range: rangeAddress(aHeader, 0, aRows, 1), numberFormat: "@" },
      { range: rangeAddress(rTitle + 1, 0, Math.max(riskRows.length, 1), 1), numberFormat: "@" },
      { range: rangeAddress(aHeader, 4, aRows + riskRows.length + 3, 2), wrap: true },
    ],
    columnWidths: [8, 30, 28, 14, 50, 50],
    conditionalFormats: [...assessmentRules(assessmentRange, lang)],
  };
}
