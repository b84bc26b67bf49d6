import { rangeAddress } from "../../_lib/cells";
import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { fitSheet } from "../_lib/fitSheet";
import { assessmentColours, assessmentRules } from "../bandRules";
import { ASSESSMENTS, LABELS, SEVERITIES, sheetName } from "../labels";
import { NATIONAL_LABELS as N } from "../nationalLabels";
import type { SheetSpec, SpecCell } from "../SheetSpec";
import { TITLE_STYLE } from "../styles";

import { codeList } from "./cells";
import { colourLegend } from "./colourLegend";
import { risksAcrossRegions } from "./risksAcrossRegions";
import { tableSection } from "./tableSection";

/**
 * The risks sheet of the national workbook: the self-assessments as a region × group matrix, the risks
 * several regions share, then every risk and every assessment note region by region. The tables share
 * columns (code, region, group, severity, text), so they read as one page.
 */
export function risksSheet(p: NationalPicture): SheetSpec {
  const { programme, lang } = p;
  const groupName = (id: string) => programme.groups.find((g) => g.id === id)?.name[lang] ?? id;
  const reporting = p.readings.filter((r) => r.reporting);
  const matrixRows = reporting.map((r): SpecCell[] => [
    r.code ?? "",
    r.name,
    ...programme.groups.map((g) => {
      const a = r.assessments.find((x) => x.groupId === g.id);
      return a ? (a.code ? ASSESSMENTS[a.code][lang] : a.text) : "";
    }),
  ]);
  // The matrix is coloured by the assessments: its key sits above it, over the group columns.
  const legend = colourLegend(lang, assessmentColours(lang), 1, 1, true);
  const matrix = tableSection(
    2,
    N.assessmentMatrixTitle[lang],
    [N.code[lang], LABELS.region[lang], ...programme.groups.map((g) => `${g.id} ${g.name[lang]}`)],
    matrixRows,
    N.noAssessments[lang],
    { text: [0], center: programme.groups.map((_, i) => 2 + i) },
  );
  const across = risksAcrossRegions(p.readings).map((k): SpecCell[] => [
    k.regions.length,
    codeList(k.regions),
    k.group,
    k.severity ? SEVERITIES[k.severity][lang] : "",
    k.description,
  ]);
  const acrossRow = 2 + matrix.cells.length;
  const shared = tableSection(
    acrossRow,
    N.risksAcrossTitle[lang],
    [
      N.regionCount[lang],
      N.regionCodes[lang],
      LABELS.group[lang],
      N.highestSeverity[lang],
      LABELS.riskDescription[lang],
    ],
    across,
    N.noRisks[lang],
    { wrap: [1, 4], center: [0] },
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
  const listRow = acrossRow + shared.cells.length;
  const list = tableSection(
    listRow,
    N.risksListTitle[lang],
    [
      N.code[lang],
      LABELS.region[lang],
      LABELS.group[lang],
      LABELS.riskSeverity[lang],
      LABELS.riskDescription[lang],
      LABELS.riskMitigation[lang],
    ],
    riskRows,
    N.noRisks[lang],
    { wrap: [4, 5], text: [0] },
  );
  const noteRows = p.readings.flatMap((r) =>
    r.assessments
      .filter((a) => a.note.trim())
      .map((a): SpecCell[] => [
        r.code ?? "",
        r.name,
        groupName(a.groupId),
        a.code ? ASSESSMENTS[a.code][lang] : a.text,
        a.note,
      ]),
  );
  const notesRow = listRow + list.cells.length;
  const notes = tableSection(
    notesRow,
    N.assessmentNotesTitle[lang],
    [
      N.code[lang],
      LABELS.region[lang],
      LABELS.group[lang],
      LABELS.assessment[lang],
      LABELS.assessmentNote[lang],
    ],
    noteRows,
    N.noAssessments[lang],
    { wrap: [4], text: [0] },
  );
  const sections = [matrix, shared, list, notes];
  const matrixRange = rangeAddress(matrix.first, 2, Math.max(matrix.rows, 1), programme.groups.length);
  const notesRange = rangeAddress(notes.first, 3, Math.max(notes.rows, 1), 1);
  return fitSheet(
    {
      name: sheetName("risks", lang),
      cells: [[N.risksSheetTitle[lang]], [null, ...legend.lines], ...sections.flatMap((s) => s.cells)],
      styles: [{ range: "A1", ...TITLE_STYLE }, ...legend.styles, ...sections.flatMap((s) => s.styles)],
      conditionalFormats: [
        ...(matrix.rows ? assessmentRules(matrixRange, lang) : []),
        ...(notes.rows ? assessmentRules(notesRange, lang) : []),
      ],
    },
    { spill: ["A1", ...sections.flatMap((s) => s.spill)], wrapWidths: [0, 30, 0, 0, 50, 45] },
  );
}
