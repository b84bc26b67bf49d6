import { rangeAddress } from "../../_lib/cells";
import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { bandRules } from "../bandRules";
import { LABELS, sheetName } from "../labels";
import { NATIONAL_LABELS as N } from "../nationalLabels";
import type { SheetSpec, SpecCell } from "../SheetSpec";
import { HEADER_STYLE, PERCENT_FORMAT, TITLE_STYLE } from "../styles";

import { shares, SHORT } from "./cells";

/** The groups sheet of the national workbook. */
export function groupsSheet(p: NationalPicture): SheetSpec {
  const { programme, lang, summary } = p;
  const groups = programme.groups;
  const width = 2 + groups.length * 4;
  const rows: SpecCell[][] = [
    [N.groupsTitle[lang]],
    [],
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
  return {
    name: sheetName("groups", lang),
    cells: rows,
    styles: [
      { range: "A1", ...TITLE_STYLE },
      { range: rangeAddress(2, 0, 2, width), ...HEADER_STYLE },
      { range: rangeAddress(4, 0, dataRows, 1), numberFormat: "@" },
      { range: rangeAddress(4, 0, dataRows, width), border: true },
      {
        range: rangeAddress(4, 2, dataRows, Math.max(width - 2, 1)),
        numberFormat: PERCENT_FORMAT,
        align: "center",
      },
      { range: rangeAddress(4 + dataRows - 1, 0, 1, width), bold: true },
    ],
    merges: groups.map((_, i) => rangeAddress(2, 2 + i * 4, 1, 4)),
    columnWidths: [8, 40, ...groups.flatMap(() => [12, 12, 12, 12])],
    frozen: { rows: 4, columns: 2 },
    conditionalFormats: bandRules(programme, rangeAddress(4, 2, dataRows, Math.max(width - 2, 1))),
  };
}
