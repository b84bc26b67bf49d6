import { rangeAddress } from "../../_lib/cells";
import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { LABELS, sheetName } from "../labels";
import { NATIONAL_LABELS as N } from "../nationalLabels";
import type { SheetSpec, SpecCell } from "../SheetSpec";
import { HEADER_STYLE, TITLE_STYLE } from "../styles";

/** The checks sheet of the national workbook. */
export function checksSheet(p: NationalPicture): SheetSpec {
  const { lang } = p;
  const names = new Map(p.readings.map((r) => [r.code, r.name]));
  const rows = p.summary.issues.map((i): SpecCell[] => [
    i.region ?? "",
    (i.region && names.get(i.region)) || "",
    i.severity === "error" ? N.error[lang] : N.warning[lang],
    i.code,
    i.sheet ?? "",
    i.cell ?? "",
    i.taskId ?? "",
    i.message,
  ]);
  const n = Math.max(rows.length, 1);
  return {
    name: sheetName("checks", lang),
    cells: [
      [N.checksTitle[lang]],
      [],
      [
        N.code[lang],
        LABELS.region[lang],
        N.severity[lang],
        N.issueCode[lang],
        N.sheet[lang],
        N.cell[lang],
        N.task[lang],
        N.message[lang],
      ],
      ...(rows.length ? rows : [[N.noIssues[lang]]]),
    ],
    styles: [
      { range: "A1", ...TITLE_STYLE },
      { range: "A3:H3", ...HEADER_STYLE },
      { range: rangeAddress(3, 0, n, 1), numberFormat: "@" },
      { range: rangeAddress(3, 6, n, 1), numberFormat: "@" },
      { range: rangeAddress(3, 7, n, 1), wrap: true },
    ],
    columnWidths: [8, 30, 10, 18, 10, 8, 10, 90],
    frozen: { rows: 3, columns: 0 },
    conditionalFormats: [
      {
        range: rangeAddress(3, 2, n, 1),
        condition: { kind: "textEquals", text: N.error[lang] },
        fill: "#F4B6B6",
      },
    ],
  };
}
