import { STATUS_COLUMNS } from "../../_lib/headers";
import { rangeAddress } from "../../_lib/cells";
import { formatDayFi } from "../../_lib/day";
import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { interpolate } from "../../i18n/lang";
import { LABELS, sheetName } from "../labels";
import { NATIONAL_LABELS as N } from "../nationalLabels";
import type { SheetSpec, SpecCell } from "../SheetSpec";
import { DATE_FORMAT, HEADER_STYLE, TITLE_STYLE } from "../styles";

/** The late sheet of the national workbook. */
export function lateSheet(p: NationalPicture): SheetSpec {
  const { programme, lang } = p;
  const header = [
    N.code[lang],
    LABELS.region[lang],
    STATUS_COLUMNS.id.label[lang],
    LABELS.group[lang],
    N.task[lang],
    N.ended[lang],
    STATUS_COLUMNS.status.label[lang],
    STATUS_COLUMNS.comment.label[lang],
    STATUS_COLUMNS.expected.label[lang],
    STATUS_COLUMNS.owner.label[lang],
  ];
  const rows = p.readings.flatMap((r) =>
    r.late.map((t): SpecCell[] => [
      r.code ?? "",
      r.name,
      t.taskId,
      programme.groups.find((g) => g.id === t.group)?.name[lang] ?? "",
      t.subtask,
      { date: t.end },
      t.statusText || programme.statuses[t.status][lang],
      t.comment,
      t.expected ? { date: t.expected } : null,
      t.owner,
    ]),
  );
  const n = Math.max(rows.length, 1);
  return {
    name: sheetName("late", lang),
    cells: [
      [interpolate(N.lateTitle[lang], { asOf: formatDayFi(p.summary.asOf) })],
      [],
      header,
      ...(rows.length ? rows : [[N.noLate[lang]]]),
    ],
    styles: [
      { range: "A1", ...TITLE_STYLE },
      { range: "A3:J3", ...HEADER_STYLE },
      { range: rangeAddress(3, 0, n, 1), numberFormat: "@" },
      { range: rangeAddress(3, 2, n, 1), numberFormat: "@" },
      { range: rangeAddress(3, 5, n, 1), numberFormat: DATE_FORMAT },
      { range: rangeAddress(3, 8, n, 1), numberFormat: DATE_FORMAT },
      { range: rangeAddress(3, 4, n, 1), wrap: true },
      { range: rangeAddress(3, 7, n, 1), wrap: true },
    ],
    columnWidths: [8, 30, 10, 24, 46, 11, 14, 50, 14, 20],
    frozen: { rows: 3, columns: 0 },
  };
}
