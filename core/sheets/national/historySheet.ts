import { rangeAddress } from "../../_lib/cells";
import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { pooledHistory } from "../../consolidation/buildNationalPicture";
import { MEASURE_KEYS, measuresOfCounts } from "../../consolidation/history";
import { bandRules } from "../bandRules";
import { LABELS, sheetName } from "../labels";
import { NATIONAL_LABELS as N } from "../nationalLabels";
import type { SheetSpec, SpecCell } from "../SheetSpec";
import { HEADER_STYLE, PERCENT_FORMAT } from "../styles";

import { shareCell, shares, SHORT } from "./cells";

/** The Historia sheet: one row per month × region, and the pooled national trend beside it. */
export function historySheet(p: Pick<NationalPicture, "lang" | "programme" | "history">): SheetSpec {
  const { lang, programme } = p;
  const yes = LABELS.yes[lang];
  const no = LABELS.no[lang];
  const header = [
    LABELS.month[lang],
    N.code[lang],
    LABELS.region[lang],
    N.reports[lang],
    ...SHORT.flatMap((s) => [
      `${s[lang]}: ${LABELS.count[lang]}`,
      `${s[lang]}: ${LABELS.of[lang]}`,
      `${s[lang]}: ${LABELS.share[lang]}`,
    ]),
  ];
  const rows = p.history.map((h): SpecCell[] => {
    const m = h.counts ? measuresOfCounts(h.counts) : null;
    return [
      h.month,
      h.code,
      h.name,
      h.reporting ? yes : no,
      ...MEASURE_KEYS.flatMap(([view, kind]): SpecCell[] =>
        m ? [m[view][kind].count, m[view][kind].of, shareCell(m[view][kind])] : [null, null, null],
      ),
    ];
  });
  const months = [...new Set(p.history.map((h) => h.month))];
  const trendCol = header.length + 2;
  const trend: SpecCell[][] = [
    [N.trendTitle[lang], ...SHORT.map((s) => s[lang])],
    ...months.map((month) => [month, ...shares(pooledHistory(p.history, month))]),
  ];
  const cells: SpecCell[][] = [header, ...rows];
  trend.forEach((line, i) => {
    const row = (cells[i] ??= []) as SpecCell[];
    while (row.length < trendCol) row.push(null);
    row.push(...line);
  });
  const n = Math.max(rows.length, 1);
  return {
    name: sheetName("history", lang),
    cells,
    styles: [
      { range: rangeAddress(0, 0, 1, header.length), ...HEADER_STYLE },
      { range: rangeAddress(0, trendCol, 1, 5), ...HEADER_STYLE },
      { range: rangeAddress(1, 0, n, 2), numberFormat: "@" },
      ...[0, 1, 2, 3].map((m) => ({
        range: rangeAddress(1, 4 + m * 3 + 2, n, 1),
        numberFormat: PERCENT_FORMAT,
      })),
      { range: rangeAddress(1, trendCol, Math.max(months.length, 1), 1), numberFormat: "@" },
      { range: rangeAddress(1, trendCol + 1, Math.max(months.length, 1), 4), numberFormat: PERCENT_FORMAT },
    ],
    columnWidths: [9, 7, 30, 9, ...header.slice(4).map(() => 11), 2, 2, 16, 12, 12, 12, 12],
    frozen: { rows: 1, columns: 0 },
    conditionalFormats: bandRules(programme, rangeAddress(1, trendCol + 1, Math.max(months.length, 1), 4)),
    charts: months.length
      ? [
          {
            kind: "line",
            title: N.trendTitle[lang],
            dataRange: rangeAddress(0, trendCol, months.length + 1, 5),
            anchor: rangeAddress(months.length + 3, trendCol, 1, 1),
            width: 640,
            height: 320,
          },
        ]
      : [],
  };
}
