import { rangeAddress } from "../_lib/cells";
import { formatDayFi } from "../_lib/day";
import type { NationalPicture } from "../consolidation/buildNationalPicture";
import { pooledHistory } from "../consolidation/buildNationalPicture";
import { MEASURE_KEYS, measuresOfCounts } from "../consolidation/history";
import type { Lang } from "../i18n/lang";
import { interpolate } from "../i18n/lang";
import type { Programme } from "../programme/ProgrammeSchema";
import type { Measures } from "../readiness/Measures";
import type { Share } from "../readiness/Share";
import { bandRules } from "./buildMonthSheet";
import { ASSESSMENTS, LABELS, SEVERITIES, sheetName } from "./labels";
import { NATIONAL_LABELS as N } from "./nationalLabels";
import type { SheetSpec, SpecCell } from "./SheetSpec";
import { DATE_FORMAT, HEADER_STYLE, PERCENT_FORMAT, TITLE_STYLE } from "./styles";

const SHORT = [
  N.shortScheduleStarted,
  N.shortScheduleDone,
  N.shortReadinessStarted,
  N.shortReadinessDone,
] as const;

/** A share as a cell: the fraction (formatted as a percentage), or "–" when there is no figure. */
function shareCell(share: Share | undefined): SpecCell {
  return share && share.share !== null ? share.share : LABELS.noFigure.fi;
}

function shares(measures: Measures | null | undefined): SpecCell[] {
  return MEASURE_KEYS.map(([view, kind]) => shareCell(measures?.[view][kind]));
}

/** Change in percentage points from last month, or "–". */
function changes(now: Measures | null | undefined, before: Measures | null | undefined): SpecCell[] {
  return MEASURE_KEYS.map(([view, kind]) => {
    const a = now?.[view][kind].share;
    const b = before?.[view][kind].share;
    return a === null || a === undefined || b === null || b === undefined
      ? LABELS.noFigure.fi
      : Math.round((a - b) * 1000) / 10;
  });
}

function measureLabels(programme: Programme, lang: Lang): string[] {
  const target = formatDayFi(programme.target);
  return [
    LABELS.scheduleStarted[lang],
    LABELS.scheduleDone[lang],
    interpolate(LABELS.readinessStarted[lang], { target }),
    interpolate(LABELS.readinessDone[lang], { target }),
  ];
}

function summarySheet(p: NationalPicture): SheetSpec {
  const { programme, lang, summary } = p;
  const yes = LABELS.yes[lang];
  const no = LABELS.no[lang];
  const nationalRows = MEASURE_KEYS.map(([view, kind], i): SpecCell[] => {
    const share = summary.national[view][kind];
    const [change] = changes(summary.national, p.previous.national).slice(i, i + 1);
    return [measureLabels(programme, lang)[i]!, share.count, share.of, shareCell(share), change ?? null];
  });
  const regionHeaderRow = 12;
  const regionRows = p.readings.map((r): SpecCell[] => [
    r.code ?? "",
    r.name,
    ...shares(r.measures),
    r.reporting ? yes : no,
    ...changes(r.measures, p.previous.regions.get(r.code ?? "")),
    r.change?.newStarts ?? null,
    r.change?.newCompletions ?? null,
    r.change?.regressions ?? null,
  ]);
  const n = Math.max(regionRows.length, 1);
  const firstRegion = regionHeaderRow + 1;
  return {
    name: sheetName("summary", lang),
    cells: [
      [interpolate(N.title[lang], { month: p.month }), null, null, null, programme.name[lang]],
      [LABELS.asOf[lang], { date: summary.asOf }],
      [LABELS.target[lang], { date: summary.target }],
      [N.reporting[lang], `${summary.reporting.count}/${summary.reporting.of}`],
      [],
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

function groupsSheet(p: NationalPicture): SheetSpec {
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

function lateSheet(p: NationalPicture): SheetSpec {
  const { programme, lang } = p;
  const header = [
    N.code[lang],
    LABELS.region[lang],
    "Tunnus|Kod|ID",
    LABELS.group[lang],
    N.task[lang],
    N.ended[lang],
    "Tila|Status|Status",
    "Kommentti|Kommentar|Comment",
    "Arvioitu valmistuminen|Beräknat färdigställande|Expected completion",
    "Vastuuhenkilö|Ansvarsperson|Owner",
  ].map((text) => (text.includes("|") ? text.split("|")[["fi", "sv", "en"].indexOf(lang)]! : text));
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

function risksSheet(p: NationalPicture): SheetSpec {
  const { programme, lang } = p;
  const assessmentRows = p.readings.flatMap((r) =>
    r.assessments
      .filter((a) => a.code || a.text || a.note)
      .map((a): SpecCell[] => [
        r.code ?? "",
        r.name,
        programme.groups.find((g) => g.id === a.groupId)?.name[lang] ?? a.groupId,
        a.code ? ASSESSMENTS[a.code][lang] : a.text,
        a.note,
      ]),
  );
  const riskRows = p.readings.flatMap((r) =>
    r.risks.map((k): SpecCell[] => [
      r.code ?? "",
      r.name,
      k.group,
      k.severity ? SEVERITIES[k.severity][lang] : k.severityText,
      k.description,
      k.mitigation,
    ]),
  );
  const aHeader = 3;
  const aRows = Math.max(assessmentRows.length, 1);
  const rTitle = aHeader + aRows + 2;
  const cells: SpecCell[][] = [
    [N.assessmentsTitle[lang]],
    [],
    [
      N.code[lang],
      LABELS.region[lang],
      LABELS.group[lang],
      LABELS.assessment[lang],
      LABELS.assessmentNote[lang],
    ],
    ...(assessmentRows.length ? assessmentRows : [[]]),
    [],
    [LABELS.risksTitle[lang]],
    [
      N.code[lang],
      LABELS.region[lang],
      LABELS.group[lang],
      LABELS.riskSeverity[lang],
      LABELS.riskDescription[lang],
      LABELS.riskMitigation[lang],
    ],
    ...riskRows,
  ];
  const assessmentRange = rangeAddress(aHeader, 3, aRows, 1);
  return {
    name: sheetName("risks", lang),
    cells,
    styles: [
      { range: "A1", ...TITLE_STYLE },
      { range: `A${aHeader}:E${aHeader}`, ...HEADER_STYLE },
      { range: `A${rTitle}`, ...TITLE_STYLE },
      { range: rangeAddress(rTitle, 0, 1, 6), ...HEADER_STYLE },
      { range: rangeAddress(aHeader, 0, aRows, 1), numberFormat: "@" },
      { range: rangeAddress(rTitle + 1, 0, Math.max(riskRows.length, 1), 1), numberFormat: "@" },
      { range: rangeAddress(aHeader, 4, aRows + riskRows.length + 3, 2), wrap: true },
    ],
    columnWidths: [8, 30, 28, 14, 50, 50],
    conditionalFormats: [
      {
        range: assessmentRange,
        condition: { kind: "textEquals", text: ASSESSMENTS.green[lang] },
        fill: "#A9D18E",
      },
      {
        range: assessmentRange,
        condition: { kind: "textEquals", text: ASSESSMENTS.yellow[lang] },
        fill: "#FFE699",
      },
      {
        range: assessmentRange,
        condition: { kind: "textEquals", text: ASSESSMENTS.red[lang] },
        fill: "#F4B6B6",
      },
    ],
  };
}

function checksSheet(p: NationalPicture): SheetSpec {
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

/** The six national sheets of PRODUCT.md §5, in tab order. */
export function nationalSheets(picture: NationalPicture): SheetSpec[] {
  return [
    summarySheet(picture),
    groupsSheet(picture),
    lateSheet(picture),
    risksSheet(picture),
    checksSheet(picture),
    historySheet(picture),
  ];
}
