import { rangeAddress } from "../../_lib/cells";
import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { MEASURE_KEYS } from "../../consolidation/history";
import { interpolate } from "../../i18n/lang";
import { bandRules } from "../bandRules";
import { LABELS, sheetName } from "../labels";
import { NATIONAL_LABELS as N } from "../nationalLabels";
import type { SheetSpec, SpecCell } from "../SheetSpec";
import { DATE_FORMAT, HEADER_STYLE, PERCENT_FORMAT, TITLE_STYLE } from "../styles";

import { changes, measureLabels, shareCell, shares, SHORT } from "./cells";
import { changeBasis } from "../../consolidation/changeBasis";
import { roadmapChangeNote } from "../../revisions/roadmapChangeNote";

/** The summary sheet of the national workbook. */
export function summarySheet(p: NationalPicture): SheetSpec {
  const { programme, lang, summary } = p;
  const yes = LABELS.yes[lang];
  const no = LABELS.no[lang];
  const basis = changeBasis(p);
  const nationalRows = MEASURE_KEYS.map(([view, kind], i): SpecCell[] => {
    const share = summary.national[view][kind];
    const [change] = changes(basis.national.now, basis.national.before).slice(i, i + 1);
    return [measureLabels(programme, lang)[i]!, share.count, share.of, shareCell(share), change ?? null];
  });
  const regionHeaderRow = 12;
  const regionRows = p.readings.map((r): SpecCell[] => {
    const sides = basis.region(r);
    return [
      r.code ?? "",
      r.name,
      ...shares(r.measures),
      r.reporting ? yes : no,
      ...changes(sides.now, sides.before),
      sides.counts?.newStarts ?? null,
      sides.counts?.newCompletions ?? null,
      sides.counts?.regressions ?? null,
    ];
  });
  const n = Math.max(regionRows.length, 1);
  const firstRegion = regionHeaderRow + 1;
  return {
    name: sheetName("summary", lang),
    cells: [
      [interpolate(N.title[lang], { month: p.month }), null, null, null, programme.name[lang]],
      [LABELS.asOf[lang], { date: summary.asOf }],
      [LABELS.target[lang], { date: summary.target }],
      [N.reporting[lang], `${summary.reporting.count}/${summary.reporting.of}`],
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
    ],
    styles: [
      { range: "A1", ...TITLE_STYLE },
      { range: "A2:A4", bold: true },
      { range: "B2:B3", numberFormat: DATE_FORMAT, align: "left" },
      { range: "B4", align: "left" },
      { range: "A5", italic: true },
      { range: "A6:E6", ...HEADER_STYLE },
      { range: "A7:E10", border: true },
      { range: "D7:D10", numberFormat: PERCENT_FORMAT, bold: true, align: "right" },
      { range: "E7:E10", numberFormat: "+0.0;-0.0;0.0", align: "right" },
      { range: "A11", bold: true },
      { range: rangeAddress(regionHeaderRow - 1, 0, 1, 14), ...HEADER_STYLE },
      { range: rangeAddress(firstRegion - 1, 0, n, 1), numberFormat: "@" },
      { range: rangeAddress(firstRegion - 1, 0, n, 14), border: true },
      { range: rangeAddress(firstRegion - 1, 2, n, 4), numberFormat: PERCENT_FORMAT, align: "right" },
      { range: rangeAddress(firstRegion - 1, 7, n, 4), numberFormat: "+0.0;-0.0;0.0", align: "right" },
    ],
    columnWidths: [8, 40, 14, 14, 14, 14, 11, 14, 14, 14, 14, 11, 11, 11],
    frozen: { rows: regionHeaderRow, columns: 2 },
    conditionalFormats: [
      ...bandRules(programme, "D7:D10"),
      ...bandRules(programme, rangeAddress(firstRegion - 1, 2, n, 4)),
      {
        range: rangeAddress(firstRegion - 1, 6, n, 1),
        condition: { kind: "textEquals", text: no },
        fill: programme.noFigure.fill,
      },
    ],
    charts: [
      {
        kind: "bar",
        title: N.chartShares[lang],
        dataRange: rangeAddress(regionHeaderRow - 1, 1, n + 1, 5),
        anchor: "P2",
        width: 720,
        height: 640,
      },
    ],
  };
}
