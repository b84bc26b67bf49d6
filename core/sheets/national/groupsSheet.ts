import { rangeAddress } from "../../_lib/cells";
import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { fitSheet } from "../_lib/fitSheet";
import { bandRules } from "../bandRules";
import { LABELS, sheetName } from "../labels";
import { NATIONAL_LABELS as N } from "../nationalLabels";
import type { SheetSpec, SpecCell } from "../SheetSpec";
import { HEADER_STYLE, PERCENT_FORMAT, TITLE_STYLE } from "../styles";

import { bandLegend } from "./bandLegend";
import { shares, SHORT } from "./cells";

/** The groups sheet of the national workbook: region × group, both views, with the national row last. */
export function groupsSheet(p: NationalPicture): SheetSpec {
  const { programme, lang, summary } = p;
  const groups = programme.groups;
  const width = 2 + groups.length * 4;
  const legend = bandLegend(programme, lang, 1, 1, true);
  const rows: SpecCell[][] = [
    [N.groupsTitle[lang]],
    [null, ...legend.lines],
    [null, null, ...groups.flatMap((g) => [`${g.id} ${g.name[lang]}`, null, null, null])],
    [N.code[lang], LABELS.region[lang], ...groups.flatMap(() => SHORT.map((s) => s[lang]))],
    ...p.readings.map((r) => [
      r.code ?? "",
      r.name,
      ...groups.flatMap((g) => shares(r.reporting ? r.groups[g.id] : null)),
    ]),
    ["", N.national[lang], ...groups.flatMap((g) => shares(summary.groups[g.id]))],
  ];
  const dataRows = p.readings.length + 1;
  const shareRange = rangeAddress(4, 2, dataRows, Math.max(width - 2, 1));
  return fitSheet(
    {
      name: sheetName("groups", lang),
      cells: rows,
      styles: [
        { range: "A1", ...TITLE_STYLE },
        ...legend.styles,
        { range: rangeAddress(2, 0, 2, width), ...HEADER_STYLE },
        { range: rangeAddress(4, 0, dataRows, 1), numberFormat: "@" },
        { range: rangeAddress(4, 0, dataRows, width), border: true },
        { range: shareRange, numberFormat: PERCENT_FORMAT, align: "center" },
        { range: rangeAddress(4 + dataRows - 1, 0, 1, width), bold: true },
      ],
      merges: groups.map((_, i) => rangeAddress(2, 2 + i * 4, 1, 4)),
      frozen: { rows: 4, columns: 2 },
      conditionalFormats: bandRules(programme, shareRange),
    },
    { spill: ["A1"] },
  );
}
