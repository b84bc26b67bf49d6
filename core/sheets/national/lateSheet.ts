import { STATUS_COLUMNS } from "../../_lib/headers";
import { cellAddress, rangeAddress } from "../../_lib/cells";
import { formatDayFi } from "../../_lib/day";
import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { interpolate } from "../../i18n/lang";
import { fitSheet } from "../_lib/fitSheet";
import { LABELS, sheetName } from "../labels";
import { NATIONAL_LABELS as N, lateTaskHeaders } from "../nationalLabels";
import type { SheetSpec, SpecCell, StyleSpec } from "../SheetSpec";
import { DATE_FORMAT, HEADER_STYLE, TITLE_STYLE } from "../styles";

import { codeList } from "./cells";
import { lateByTask } from "./lateByTask";

const WIDTH = 10;

/**
 * The late sheet of the national workbook: first the tasks late in the most regions (how many, the
 * median days late), then every late task region by region with its comment. Both tables share their
 * columns (task id, group, task, due date), so the eye moves straight down.
 */
export function lateSheet(p: NationalPicture): SheetSpec {
  const { programme, lang } = p;
  const groupName = (id: string | null) => programme.groups.find((g) => g.id === id)?.name[lang] ?? "";
  const byTask = lateByTask(p.readings, p.summary.asOf).map((t): SpecCell[] => [
    t.regions.length,
    codeList(t.regions),
    t.taskId,
    groupName(t.group),
    t.subtask,
    { date: t.end },
    t.medianDaysLate,
  ]);
  const rows = p.readings.flatMap((r) =>
    r.late.map((t): SpecCell[] => [
      r.code ?? "",
      r.name,
      t.taskId,
      groupName(t.group),
      t.subtask,
      { date: t.end },
      t.statusText || programme.statuses[t.status][lang],
      t.comment,
      t.expected ? { date: t.expected } : null,
      t.owner,
    ]),
  );
  const sumHeader = 3;
  const sumRows = Math.max(byTask.length, 1);
  const listTitle = sumHeader + sumRows + 2;
  const listHeader = listTitle + 1;
  const n = Math.max(rows.length, 1);
  const cells: SpecCell[][] = [
    [interpolate(N.lateTitle[lang], { asOf: formatDayFi(p.summary.asOf) })],
    [],
    [N.lateByTaskTitle[lang]],
    [
      N.regionCount[lang],
      N.regionCodes[lang],
      STATUS_COLUMNS.id.label[lang],
      LABELS.group[lang],
      N.task[lang],
      N.ended[lang],
      N.medianDaysLate[lang],
    ],
    ...(byTask.length ? byTask : [[N.noLate[lang]]]),
    [],
    [N.lateListTitle[lang]],
    [N.code[lang], LABELS.region[lang], ...lateTaskHeaders(lang)],
    ...(rows.length ? rows : [[N.noLate[lang]]]),
  ];
  const styles: StyleSpec[] = [
    { range: "A1", ...TITLE_STYLE },
    { range: cellAddress(sumHeader - 1, 0), bold: true, fontSize: 12 },
    { range: rangeAddress(sumHeader, 0, 1, 7), ...HEADER_STYLE },
    { range: cellAddress(listTitle, 0), bold: true, fontSize: 12 },
    { range: rangeAddress(listHeader, 0, 1, WIDTH), ...HEADER_STYLE },
  ];
  if (byTask.length) {
    styles.push(
      { range: rangeAddress(sumHeader + 1, 0, sumRows, 7), border: true },
      { range: rangeAddress(sumHeader + 1, 0, sumRows, 1), align: "center", bold: true },
      { range: rangeAddress(sumHeader + 1, 1, sumRows, 1), wrap: true },
      { range: rangeAddress(sumHeader + 1, 2, sumRows, 1), numberFormat: "@" },
      { range: rangeAddress(sumHeader + 1, 4, sumRows, 1), wrap: true },
      { range: rangeAddress(sumHeader + 1, 5, sumRows, 1), numberFormat: DATE_FORMAT },
      { range: rangeAddress(sumHeader + 1, 6, sumRows, 1), numberFormat: "0", align: "center" },
    );
  }
  if (rows.length) {
    const first = listHeader + 1;
    styles.push(
      { range: rangeAddress(first, 0, n, WIDTH), border: true },
      { range: rangeAddress(first, 0, n, 1), numberFormat: "@" },
      { range: rangeAddress(first, 2, n, 1), numberFormat: "@" },
      { range: rangeAddress(first, 4, n, 1), wrap: true },
      { range: rangeAddress(first, 5, n, 1), numberFormat: DATE_FORMAT },
      { range: rangeAddress(first, 7, n, 1), wrap: true },
      { range: rangeAddress(first, 8, n, 1), numberFormat: DATE_FORMAT },
    );
  }
  return fitSheet(
    { name: sheetName("late", lang), cells, styles },
    {
      spill: [
        "A1",
        cellAddress(sumHeader - 1, 0),
        cellAddress(listTitle, 0),
        ...noneCells(byTask, rows, sumHeader, listHeader),
      ],
      wrapWidths: [0, 30, 0, 0, 45, 0, 0, 45],
    },
  );
}

/** The "no late tasks" lines spill over the empty table. */
function noneCells(
  byTask: readonly unknown[],
  rows: readonly unknown[],
  sumHeader: number,
  listHeader: number,
): string[] {
  return [
    ...(byTask.length ? [] : [cellAddress(sumHeader + 1, 0)]),
    ...(rows.length ? [] : [cellAddress(listHeader + 1, 0)]),
  ];
}
