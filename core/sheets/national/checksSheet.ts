import { rangeAddress } from "../../_lib/cells";
import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { fitSheet } from "../_lib/fitSheet";
import { LABELS, sheetName } from "../labels";
import { NATIONAL_LABELS as N } from "../nationalLabels";
import type { SheetSpec, SpecCell, StyleSpec } from "../SheetSpec";
import { HEADER_STYLE, NOTE_STYLE, TITLE_STYLE } from "../styles";

import { colourLegend } from "./colourLegend";
import { ISSUE_TITLES } from "./issueTitles";

const WIDTH = 9;
/** The severity column's colour for an error; a warning stays uncoloured. */
const ERROR_FILL = "#F4B6B6";

/**
 * The checks sheet of the national workbook: every data-quality issue with region, sheet and cell, named
 * in words; the issue's code stays in the last column for support and filters.
 */
export function checksSheet(p: NationalPicture): SheetSpec {
  const { lang } = p;
  const names = new Map(p.readings.map((r) => [r.code, r.name]));
  const rows = p.summary.issues.map((i): SpecCell[] => [
    i.region ?? "",
    (i.region && names.get(i.region)) || "",
    i.severity === "error" ? N.error[lang] : N.warning[lang],
    ISSUE_TITLES[i.code][lang],
    i.sheet ?? "",
    i.cell ?? "",
    i.taskId ?? "",
    i.message,
    i.code,
  ]);
  const n = rows.length;
  // The key to the severity colours, above the severity column (C).
  const legend = colourLegend(
    lang,
    [{ label: N.error[lang], fill: ERROR_FILL }, { label: N.warning[lang] }],
    1,
    1,
    true,
  );
  const styles: StyleSpec[] = [
    { range: "A1", ...TITLE_STYLE },
    ...(n ? legend.styles : []),
    { range: rangeAddress(2, 0, 1, WIDTH), ...HEADER_STYLE },
  ];
  if (n) {
    styles.push(
      { range: rangeAddress(3, 0, n, WIDTH), border: true },
      { range: rangeAddress(3, 0, n, 1), numberFormat: "@" },
      { range: rangeAddress(3, 6, n, 1), numberFormat: "@" },
      { range: rangeAddress(3, 7, n, 1), wrap: true },
      { range: rangeAddress(3, 8, n, 1), ...NOTE_STYLE },
    );
  }
  return fitSheet(
    {
      name: sheetName("checks", lang),
      cells: [
        [N.checksTitle[lang]],
        n ? [null, ...legend.lines] : [],
        [
          N.regionCode[lang],
          LABELS.region[lang],
          N.severity[lang],
          N.finding[lang],
          N.sheet[lang],
          N.cell[lang],
          N.task[lang],
          N.message[lang],
          N.issueCode[lang],
        ],
        ...(n ? rows : [[N.noIssues[lang]]]),
      ],
      styles,
      frozen: { rows: 3, columns: 0 },
      conditionalFormats: n
        ? [
            {
              range: rangeAddress(3, 2, n, 1),
              condition: { kind: "textEquals", text: N.error[lang] },
              fill: ERROR_FILL,
            },
          ]
        : [],
    },
    { spill: ["A1", ...(n ? [] : ["A4"])], wrapWidths: [0, 0, 0, 0, 0, 0, 0, 70] },
  );
}
