import { cellAddress, rangeAddress } from "../../_lib/cells";
import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { pooledGroupHistory, pooledHistory } from "../../consolidation/buildNationalPicture";
import { MEASURE_KEYS } from "../../consolidation/history";
import { interpolate } from "../../i18n/lang";
import type { Measures } from "../../readiness/Measures";
import { fitSheet } from "../_lib/fitSheet";
import { LABELS } from "../labels";
import { printSetup } from "../printSetup";
import { NATIONAL_LABELS as N } from "../nationalLabels";
import type { ChartSpec, SheetSpec, SpecCell } from "../SheetSpec";
import { NOTE_STYLE, PERCENT_FORMAT, TITLE_STYLE } from "../styles";

import { SHORT } from "./cells";
import type { TableSection } from "./tableSection";
import { tableSection } from "./tableSection";

/** Column where the charts start, right of the tables (zero-based: G). */
const CHART_COLUMN = 6;
const CHART_WIDTH = 760;
const SMALL_CHART = 340;
/** Rows a chart of `height` pixels covers (a default row is 20 px), plus a gap: the next one starts below. */
const rowsUnder = (height: number) => Math.ceil(height / 20) + 2;

/** Shares for a chart: an empty cell where there is no figure, so the chart leaves a gap, not a zero. */
function chartShares(measures: Measures | null | undefined): SpecCell[] {
  return MEASURE_KEYS.map(([view, kind]) => measures?.[view][kind].share ?? null);
}

/**
 * The charts of the national workbook, each beside the table it draws: the four measures by region,
 * the national trend month by month, the groups nationally, and the groups' trend, one chart per measure.
 * Native charts in every host, so an analyst can copy them into the steering group's slides.
 */
export function chartsSheet(p: NationalPicture): SheetSpec {
  const { lang, summary } = p;
  const header = (first: string) => [first, ...SHORT.map((s) => s[lang])];
  const regionRows = p.readings
    .filter((r) => r.reporting)
    .map((r): SpecCell[] => [r.name, ...chartShares(r.measures)]);
  const byRegion = tableSection(3, N.chartShares[lang], header(LABELS.region[lang]), regionRows, "–");
  const months = [...new Set(p.history.map((h) => h.month))].sort();
  const regionChartHeight = Math.max(360, 120 + regionRows.length * 28);
  const trendRow = 3 + Math.max(byRegion.cells.length, rowsUnder(regionChartHeight));
  const trend = tableSection(
    trendRow,
    N.trendTitle[lang],
    header(LABELS.month[lang]),
    months.map((month) => [month, ...chartShares(pooledHistory(p.history, month))]),
    "–",
    { text: [0] },
  );
  const groupsRow = trendRow + Math.max(trend.cells.length, rowsUnder(SMALL_CHART));
  const groups = tableSection(
    groupsRow,
    N.groupsChartTitle[lang],
    header(LABELS.group[lang]),
    p.programme.groups.map((g) => [`${g.id} ${g.name[lang]}`, ...chartShares(summary.groups[g.id])]),
    "–",
  );
  // One trend by group per measure: an analyst asks how each group is doing on the schedule as well as
  // on readiness, and a chart with twenty lines (groups × measures) reads as none.
  const groupTrends: { section: TableSection; title: string }[] = [];
  let nextRow = groupsRow + Math.max(groups.cells.length, rowsUnder(SMALL_CHART));
  for (const [m, [view, kind]] of MEASURE_KEYS.entries()) {
    const title = interpolate(N.groupTrendTitle[lang], { measure: SHORT[m]![lang] });
    const section = tableSection(
      nextRow,
      title,
      [LABELS.month[lang], ...p.programme.groups.map((g) => `${g.id} ${g.name[lang]}`)],
      months.map((month) => [
        month,
        ...p.programme.groups.map(
          (g) => pooledGroupHistory(p.history, month, g.id)?.[view][kind].share ?? null,
        ),
      ]),
      "–",
      { text: [0] },
    );
    groupTrends.push({ section, title });
    nextRow += Math.max(section.cells.length, rowsUnder(SMALL_CHART));
  }
  const sections = [byRegion, trend, groups, ...groupTrends.map((g) => g.section)];
  const cells: SpecCell[][] = [
    [interpolate(N.chartsTitle[lang], { month: p.month })],
    [N.chartsNote[lang]],
    [],
  ];
  for (const section of sections) {
    while (cells.length < section.first - 2) cells.push([]);
    cells.push(...section.cells);
  }
  const chart = (
    section: TableSection,
    kind: ChartSpec["kind"],
    title: string,
    height: number,
    series = 4,
  ): ChartSpec[] =>
    section.rows
      ? [
          {
            kind,
            title,
            dataRange: rangeAddress(section.first - 1, 0, section.rows + 1, series + 1),
            // Beside the header, a row below the title: a chart whose top edge meets a page break is also
            // drawn, clipped, on the page before (LibreOffice).
            anchor: cellAddress(section.first - 1, CHART_COLUMN),
            width: CHART_WIDTH,
            height,
          },
        ]
      : [];
  // A page for the regions' chart, then two charts a page: none is cut at a page's bottom in print.
  const pageStarts = [trend, groupTrends[0]?.section, groupTrends[2]?.section];
  const print = printSetup({
    lang,
    programme: p.programme.name[lang],
    month: p.month,
    rowBreaks: pageStarts.flatMap((s) => (s ? [s.first - 1] : [])),
  });
  return fitSheet(
    {
      name: N.chartsSheet[lang],
      print,
      cells,
      styles: [
        { range: "A1", ...TITLE_STYLE },
        { range: "A2", ...NOTE_STYLE },
        ...sections.flatMap((s) => [
          ...s.styles,
          ...(s.rows
            ? [
                {
                  range: rangeAddress(s.first, 1, s.rows, s.cells[1]!.length - 1),
                  numberFormat: PERCENT_FORMAT,
                },
              ]
            : []),
        ]),
      ],
      charts: [
        // Bars in one row per region: long names read on the axis and 22 (or 300) regions still fit.
        ...chart(byRegion, "bar", N.chartShares[lang], regionChartHeight),
        ...chart(trend, "line", N.trendTitle[lang], SMALL_CHART),
        ...chart(groups, "column", N.groupsChartTitle[lang], SMALL_CHART),
        ...groupTrends.flatMap(({ section, title }) =>
          chart(section, "line", title, SMALL_CHART, p.programme.groups.length),
        ),
      ],
    },
    { spill: ["A1", "A2", ...sections.flatMap((s) => s.spill)], wrapWidths: [36] },
  );
}
