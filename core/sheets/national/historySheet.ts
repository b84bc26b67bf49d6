import { columnLetter, rangeAddress } from "../../_lib/cells";
import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { formatGroupCounts } from "../../consolidation/groupCounts";
import {
  HISTORY_CHANGE_COLUMN,
  HISTORY_GROUPS_COLUMN,
  MEASURE_KEYS,
  measuresOfCounts,
} from "../../consolidation/history";
import { REVISION_LABELS } from "../../revisions/revisionLabels";
import { fitSheet } from "../_lib/fitSheet";
import { LABELS, sheetName } from "../labels";
import { NATIONAL_LABELS as N } from "../nationalLabels";
import type { SheetSpec, SpecCell } from "../SheetSpec";
import { HEADER_STYLE, NOTE_STYLE, PERCENT_FORMAT } from "../styles";

import { shareCell, SHORT } from "./cells";

/**
 * The Historia sheet: one row per month × region, the record consolidation reads back next month. The
 * national trend drawn from it is on the charts sheet, where people look for it. The rows of a month in
 * which the roadmap changed say so in the last column (versions and counts), kept as the record is.
 */
export function historySheet(p: Pick<NationalPicture, "lang" | "programme" | "history">): SheetSpec {
  const { lang } = p;
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
    N.groupCountsHeader[lang],
    REVISION_LABELS.historyHeader[lang],
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
      formatGroupCounts(h.groups),
      h.roadmapChange ?? null,
    ];
  });
  const n = rows.length;
  return fitSheet(
    {
      name: sheetName("history", lang),
      cells: [header, ...rows],
      styles: [
        { range: rangeAddress(0, 0, 1, header.length), ...HEADER_STYLE },
        ...(n
          ? [
              { range: rangeAddress(1, 0, n, 2), numberFormat: "@" },
              ...[0, 1, 2, 3].map((m) => ({
                range: rangeAddress(1, 4 + m * 3 + 2, n, 1),
                numberFormat: PERCENT_FORMAT,
              })),
              { range: rangeAddress(1, HISTORY_GROUPS_COLUMN, n, 1), ...NOTE_STYLE, numberFormat: "@" },
              { range: rangeAddress(1, HISTORY_CHANGE_COLUMN, n, 1), numberFormat: "@" },
            ]
          : []),
      ],
      frozen: { rows: 1, columns: 0 },
    },
    // The group counts are for the program: a narrow column, their text spills or is cut, harmlessly.
    { spill: rows.map((_, i) => `${columnLetter(HISTORY_GROUPS_COLUMN)}${i + 2}`) },
  );
}
