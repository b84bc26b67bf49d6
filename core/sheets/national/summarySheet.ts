import { cellAddress, rangeAddress } from "../../_lib/cells";
import { formatDayFi } from "../../_lib/day";
import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { MEASURE_KEYS } from "../../consolidation/history";
import { interpolate } from "../../i18n/lang";
import { fitSheet } from "../_lib/fitSheet";
import { bandRules } from "../bandRules";
import { LABELS, sheetName } from "../labels";
import { NATIONAL_LABELS as N } from "../nationalLabels";
import type { SheetSpec, SpecCell } from "../SheetSpec";
import { DATE_FORMAT, HEADER_STYLE, NOTE_STYLE, PERCENT_FORMAT, TITLE_STYLE } from "../styles";

import { bandLegend } from "./bandLegend";
import { changes, measureLabels, shareCell, shares, SHORT } from "./cells";
import { changeBasis } from "../../consolidation/changeBasis";
import { roadmapChangeNote } from "../../revisions/roadmapChangeNote";

/** Zero-based row of the region table's header; everything above it stays frozen on screen. */
export const SUMMARY_HEADER_ROW = 12;
const WIDTH = 14;
const CHANGE_FORMAT = "+0.0;-0.0;0.0";

function sum(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter((v): v is number => typeof v === "number");
  return present.length ? present.reduce((a, b) => a + b, 0) : null;
}

/** The summary sheet of the national workbook: the national figures, a key to them, and every region. */
export function summarySheet(p: NationalPicture): SheetSpec {
  const { programme, lang, summary } = p;
  const yes = LABELS.yes[lang];
  const no = LABELS.no[lang];
  // Across a roadmap revision the change compares the same tasks in both months (changeBasis).
  const basis = changeBasis(p);
  const nationalChange = changes(basis.national.now, basis.national.before);
  const nationalRows = MEASURE_KEYS.map(([view, kind], i): SpecCell[] => {
    const share = summary.national[view][kind];
    return [measureLabels(programme, lang)[i]!, share.count, share.of, shareCell(share), nationalChange[i]!];
  });
  const sides = p.readings.map((r) => basis.region(r));
  const regionRows = p.readings.map((r, i): SpecCell[] => [
    r.code ?? "",
    r.name,
    ...shares(r.measures),
    r.reporting ? yes : no,
    ...changes(sides[i]!.now, sides[i]!.before),
    sides[i]!.counts?.newStarts ?? null,
    sides[i]!.counts?.newCompletions ?? null,
    sides[i]!.counts?.regressions ?? null,
  ]);
  const totalRow: SpecCell[] = [
    "",
    N.totalRow[lang],
    ...shares(summary.national),
    `${summary.reporting.count}/${summary.reporting.of}`,
    ...nationalChange,
    sum(sides.map((side) => side.counts?.newStarts)),
    sum(sides.map((side) => side.counts?.newCompletions)),
    sum(sides.map((side) => side.counts?.regressions)),
  ];
  const first = SUMMARY_HEADER_ROW + 1;
  const n = regionRows.length + 1;
  const total = first + regionRows.length;
  const example = summary.national.schedule.started;
  const notes = [
    interpolate(N.noteSchedule[lang], { asOf: formatDayFi(summary.asOf) }),
    interpolate(N.noteReadiness[lang], { target: formatDayFi(summary.target) }),
    interpolate(N.noteCounts[lang], { count: example.count, of: example.of }),
  ];
  const legend = bandLegend(programme, lang, 5, 6);
  const cells: SpecCell[][] = [
    [interpolate(N.title[lang], { month: p.month }), null, null, null, programme.name[lang]],
    [LABELS.asOf[lang], { date: summary.asOf }, null, notes[0]!],
    [LABELS.target[lang], { date: summary.target }, null, notes[1]!],
    [N.reporting[lang], `${summary.reporting.count}/${summary.reporting.of}`, null, notes[2]!],
    p.roadmapChange ? [roadmapChangeNote(p.roadmapChange, lang)] : [],
    [LABELS.measure[lang], LABELS.count[lang], LABELS.of[lang], LABELS.share[lang], LABELS.change[lang]],
    ...nationalRows,
    [],
    [N.regionsTitle[lang]],
    [
      N.code[lang],
      LABELS.region[lang],
      ...SHORT.map((s) => s[lang]),
      N.reports[lang],
      ...SHORT.map((s) => interpolate(N.changeOf[lang], { measure: s[lang] })),
      N.newStarts[lang],
      N.newCompletions[lang],
      N.regressions[lang],
    ],
    ...regionRows,
    totalRow,
  ];
  legend.lines.forEach((line, i) => {
    const row = (cells[5 + i] ??= []);
    while (row.length < 6) row.push(null);
    row[6] = line;
  });
  const spec: SheetSpec = {
    name: sheetName("summary", lang),
    cells,
    styles: [
      { range: "A1", ...TITLE_STYLE },
      { range: "A2:A4", bold: true },
      { range: "B2:B3", numberFormat: DATE_FORMAT, align: "left" },
      { range: "B4", align: "left" },
      { range: "D2:D4", ...NOTE_STYLE },
      { range: "A5", italic: true },
      { range: "A6:E6", ...HEADER_STYLE },
      { range: "A7:E10", border: true },
      { range: "D7:D10", numberFormat: PERCENT_FORMAT, bold: true, align: "right" },
      { range: "E7:E10", numberFormat: CHANGE_FORMAT, align: "right" },
      ...legend.styles,
      { range: cellAddress(SUMMARY_HEADER_ROW - 1, 0), bold: true, fontSize: 12 },
      { range: rangeAddress(SUMMARY_HEADER_ROW, 0, 1, WIDTH), ...HEADER_STYLE },
      { range: rangeAddress(first, 0, n, 1), numberFormat: "@" },
      { range: rangeAddress(first, 0, n, WIDTH), border: true },
      { range: rangeAddress(first, 2, n, 4), numberFormat: PERCENT_FORMAT, align: "right" },
      { range: rangeAddress(first, 6, n, 1), align: "center" },
      { range: rangeAddress(first, 7, n, 4), numberFormat: CHANGE_FORMAT, align: "right" },
      { range: rangeAddress(total, 0, 1, WIDTH), bold: true },
    ],
    frozen: { rows: SUMMARY_HEADER_ROW + 1, columns: 2 },
    conditionalFormats: [
      ...bandRules(programme, "D7:D10"),
      ...bandRules(programme, rangeAddress(first, 2, n, 4)),
      {
        range: rangeAddress(first, 6, regionRows.length || 1, 1),
        condition: { kind: "textEquals", text: no },
        fill: programme.noFigure.fill,
      },
    ],
  };
  return fitSheet(spec, { spill: ["A1", "E1", "D2", "D3", "D4", cellAddress(SUMMARY_HEADER_ROW - 1, 0)] });
}
