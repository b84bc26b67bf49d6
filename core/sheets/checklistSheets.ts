import type { CellValue, Grid } from "../_lib/cells";
import { matchKey, normalizeText, rangeAddress } from "../_lib/cells";
import { findHeaderRow } from "../_lib/headers";
import type { ColumnHeader } from "../_lib/headers";
import type { IsoDay } from "../_lib/day";
import { dayParts, formatDayFi } from "../_lib/day";
import type { Lang } from "../i18n/lang";
import type { ChecklistWindow, Programme, RoadmapRow } from "../programme/ProgrammeSchema";
import { LABELS, sheetName } from "./labels";
import { printSetup } from "./printSetup";
import { wrappedRowHeights } from "./wrappedRowHeight";
import { pickMessages } from "./validationMessages";
import type { SheetSpec, SpecCell } from "./SheetSpec";
import { DATE_FORMAT, HEADER_STYLE, INPUT_STYLE, LOCKED_STYLE, NOTE_STYLE, TITLE_STYLE } from "./styles";
import { compareCodes } from "../_lib/compareCodes";

const COLUMNS = {
  id: { label: { fi: "Tunnus", sv: "Kod", en: "ID" } },
  group: { label: { fi: "Valmisteluryhmä", sv: "Beredningsgrupp", en: "Workstream" } },
  subtask: { label: { fi: "Tehtävä", sv: "Uppgift", en: "Task" } },
  due: { label: { fi: "Määräpäivä", sv: "Förfallodag", en: "Due" } },
  daysLeft: { label: { fi: "Päiviä jäljellä", sv: "Dagar kvar", en: "Days left" } },
  done: { label: { fi: "Tehty", sv: "Gjord", en: "Done" } },
  owner: { label: { fi: "Vastuuhenkilö", sv: "Ansvarsperson", en: "Owner" } },
  note: { label: { fi: "Muistiinpano", sv: "Anteckning", en: "Note" } },
} as const satisfies Record<string, ColumnHeader>;
type Column = keyof typeof COLUMNS;
const ORDER: Column[] = ["id", "group", "subtask", "due", "daysLeft", "done", "owner", "note"];
const HEADER_ROW = 4;
const WIDTHS = [10, 26, 50, 12, 10, 8, 20, 36];

const TITLES = {
  last100: {
    fi: "Viimeiset 100 päivää ennen {target}",
    sv: "De sista 100 dagarna före {target}",
    en: "The last 100 days before {target}",
  },
  first100: {
    fi: "Ensimmäiset 100 päivää {target} alkaen",
    sv: "De första 100 dagarna från {target}",
    en: "The first 100 days from {target}",
  },
  note: {
    fi: "Alueen oma työkalu: tätä välilehteä ei koota kansalliseen tilannekuvaan. Valitse Tehty-sarakkeeseen Kyllä, kun tehtävä on tehty.",
    sv: "Områdets eget verktyg: fliken sammanställs inte i den nationella lägesbilden. Välj Ja i kolumnen Gjord när uppgiften är gjord.",
    en: "The region's own tool: this tab is not consolidated nationally. Pick Yes in the Done column when a task is done.",
  },
} as const;

/** The tasks of a 100+100 window: rows flagged for it, or where no row is flagged, critical tasks ending in it. */
export function checklistTasks(
  programme: Programme,
  roadmap: readonly RoadmapRow[],
  window: ChecklistWindow,
): RoadmapRow[] {
  const flagged = roadmap.some((row) => row.checklist !== null);
  const { start, end } = programme.checklist[window];
  const tasks = flagged
    ? roadmap.filter((row) => row.checklist === window)
    : roadmap.filter((row) => row.critical && row.end !== null && row.end >= start && row.end <= end);
  const groupOrder = new Map(programme.groups.map((g, i) => [g.id, i]));
  return [...tasks].sort(
    (a, b) =>
      (groupOrder.get(a.group ?? "") ?? 99) - (groupOrder.get(b.group ?? "") ?? 99) ||
      (a.end ?? "9999").localeCompare(b.end ?? "9999") ||
      compareCodes(a.id, b.id),
  );
}

/** Every spelling of "done" a Tehty cell may hold: the Kyllä/Ja/Yes list, and the TRUE and x of older tabs. */
const DONE_MARKS = ["true", "x", "kyllä", "ja", "yes", "1"];

/**
 * Days left to the due date: nothing for a done task (any language's yes, or an older tab's TRUE),
 * nothing once the window is over (a count of days past an ended window helps nobody), else the days.
 * Text comparisons are case-insensitive in Excel, LibreOffice and Sheets alike.
 */
function daysLeftFormula(row: number, windowEnd: IsoDay): string {
  const done = ["Kyllä", "Ja", "Yes", "x"].map((mark) => `F${row}="${mark}"`).join(",");
  const { year, month, day } = dayParts(windowEnd);
  return `=IF(OR(${done},F${row}=TRUE,D${row}=""),"",IF(TODAY()>DATE(${year},${month},${day}),"",D${row}-TODAY()))`;
}

interface Kept {
  done: CellValue;
  owner: CellValue;
  note: CellValue;
}

/** What a user entered on an existing checklist tab, by task id, so regenerating keeps it. */
function keptEntries(grid: Grid | undefined): Map<string, Kept> {
  const kept = new Map<string, Kept>();
  if (!grid) return kept;
  const header = findHeaderRow(grid, COLUMNS, ["id", "done"]);
  if (!header) return kept;
  const c = header.columns;
  for (const row of grid.slice(header.row + 1)) {
    const id = normalizeText(row[c.id!]);
    if (!id) continue;
    const done = row[c.done!];
    kept.set(id, {
      done: done === true || DONE_MARKS.includes(matchKey(done)),
      owner: c.owner === undefined ? null : (row[c.owner] ?? null),
      note: c.note === undefined ? null : (row[c.note] ?? null),
    });
  }
  return kept;
}

function keptCell(value: CellValue): SpecCell {
  if (value === undefined || value === null || value === "" || value instanceof Date) return null;
  return value;
}

export interface BuildChecklistSheetsOptions {
  programme: Programme;
  roadmap: readonly RoadmapRow[];
  lang: Lang;
  /** The region's name for the printed footer; none in a template or national workbook. */
  unit?: string;
  /** Existing checklist tabs by window, whose ticks, owners and notes are kept. */
  existing?: Partial<Record<ChecklistWindow, Grid>>;
}

/** The two 100+100 checklist tabs: tasks by group with due date, live days left, done box, owner, note. */
export function buildChecklistSheets(options: BuildChecklistSheetsOptions): SheetSpec[] {
  const { programme, roadmap, lang } = options;
  return (["last100", "first100"] as const).map((window) => {
    const tasks = checklistTasks(programme, roadmap, window);
    const kept = keptEntries(options.existing?.[window]);
    const { start, end } = programme.checklist[window];
    const first = HEADER_ROW + 1;
    const cells: SpecCell[][] = [
      [TITLES[window][lang].replace("{target}", formatDayFi(programme.target))],
      [`${formatDayFi(start)}–${formatDayFi(end)}`],
      [TITLES.note[lang]],
      ORDER.map((c) => COLUMNS[c].label[lang]),
      ...tasks.map((task, i): SpecCell[] => {
        const row = first + i;
        const entry = kept.get(task.id);
        return [
          task.id,
          programme.groups.find((g) => g.id === task.group)?.name[lang] ?? "",
          task.subtask || task.task,
          task.end ? { date: task.end } : null,
          { formula: daysLeftFormula(row, end) },
          entry?.done === true ? LABELS.yes[lang] : LABELS.no[lang],
          keptCell(entry?.owner ?? null),
          keptCell(entry?.note ?? null),
        ];
      }),
    ];
    const n = Math.max(tasks.length, 1);
    const editable = rangeAddress(first - 1, 5, n, 3);
    const doneRange = rangeAddress(first - 1, 5, n, 1);
    const yesNo = [LABELS.yes[lang], LABELS.no[lang]];
    return {
      name: sheetName(window, lang),
      cells,
      styles: [
        { range: "A1", ...TITLE_STYLE },
        { range: "A3", ...NOTE_STYLE },
        { range: rangeAddress(HEADER_ROW - 1, 0, 1, ORDER.length), ...HEADER_STYLE },
        { range: rangeAddress(first - 1, 0, n, 5), ...LOCKED_STYLE },
        { range: rangeAddress(first - 1, 0, n, 1), numberFormat: "@" },
        { range: rangeAddress(first - 1, 2, n, 1), wrap: true },
        { range: rangeAddress(first - 1, 7, n, 1), wrap: true },
        { range: rangeAddress(first - 1, 3, n, 1), numberFormat: DATE_FORMAT },
        { range: rangeAddress(first - 1, 4, n, 1), numberFormat: "0", align: "right" },
        { range: editable, ...INPUT_STYLE },
      ],
      columnWidths: WIDTHS,
      // The task and the note wrap; the header's labels too.
      rowHeights: wrappedRowHeights(
        cells,
        WIDTHS,
        HEADER_ROW - 1,
        (r, c) => r === HEADER_ROW - 1 || c === 2 || c === 7,
      ),
      frozen: { rows: HEADER_ROW, columns: 0 },
      validations: [{ range: doneRange, values: yesNo, strict: true, ...pickMessages(yesNo, lang) }],
      conditionalFormats: [
        {
          range: rangeAddress(first - 1, 4, n, 1),
          condition: { kind: "between", min: -100000, max: -1 },
          fill: "#F4B6B6",
        },
        {
          range: rangeAddress(first - 1, 4, n, 1),
          condition: { kind: "between", min: 0, max: 14 },
          fill: "#FFE699",
        },
      ],
      protection: { editable: [editable] },
      print: printSetup({
        lang,
        programme: programme.name[lang],
        ...(options.unit ? { unit: options.unit } : { unit: null }),
        repeatRows: { from: HEADER_ROW, to: HEADER_ROW },
      }),
      tabColor: window === "last100" ? "#C55A11" : "#2E75B6",
    };
  });
}
