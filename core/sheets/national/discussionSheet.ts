import { rangeAddress } from "../../_lib/cells";
import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import type { DiscussionRecord } from "../../discussion/readDiscussionSheet";
import type { DiscussionEntry } from "../../discussion/DiscussionSchema";
import {
  ACTION_STATES,
  DISCUSSION_COLUMNS,
  DISCUSSION_KINDS,
  DISCUSSION_SHEET,
  DISCUSSION_TEXTS,
  MATERIAL_SOURCES,
} from "../../discussion/discussionLabels";
import type { Lang } from "../../i18n/lang";
import type { Programme } from "../../programme/ProgrammeSchema";
import type { SheetSpec, SpecCell } from "../SheetSpec";
import { DATE_FORMAT, HEADER_STYLE, NOTE_STYLE, SUBHEADER_STYLE, TITLE_STYLE } from "../styles";

export interface DiscussionSheetInput {
  programme: Programme;
  lang: Lang;
  month: string;
  record: DiscussionRecord;
}

const KIND_ORDER = { discussion: 0, action: 1, material: 2 } as const;
const HEADER_ROW = 3;
// Room for the analyst to add rows with the drop-downs in place.
const SPARE_ROWS = 200;

function compare(programme: Programme) {
  const order = new Map(programme.units.map((u, i) => [u.code, i]));
  return (a: DiscussionEntry, b: DiscussionEntry) =>
    a.month.localeCompare(b.month) ||
    (order.get(a.region) ?? 999) - (order.get(b.region) ?? 999) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/** One entry as a row of the discussion sheet, in DISCUSSION_COLUMNS order. */
export function discussionRow(
  e: DiscussionEntry,
  names: ReadonlyMap<string, string>,
  lang: Lang,
): SpecCell[] {
  return [
    e.region,
    names.get(e.region) ?? "",
    e.month,
    DISCUSSION_KINDS[e.kind][lang],
    e.date ? { date: e.date } : null,
    e.text,
    e.who,
    e.due ? { date: e.due } : null,
    e.kind === "action" ? ACTION_STATES[e.done ? "done" : "open"][lang] : "",
    e.source ? MATERIAL_SOURCES[e.source][lang] : "",
    e.link,
    e.carriedFrom ?? "",
  ];
}

/**
 * The discussion record sheet of the national workbook (issue #10 §2): every entry read back, in month
 * and region order, plus an empty discussion row per region for `month` to fill in, and below them any
 * rows that could not be read, as they were. Texts are plain strings, so no host makes them formulas.
 */
export function discussionSheet(input: DiscussionSheetInput): SheetSpec {
  const { programme, lang, month, record } = input;
  const names = new Map(programme.units.map((u) => [u.code, u.name[lang]]));
  const placeholders = programme.units
    .filter(
      (u) => !record.entries.some((e) => e.region === u.code && e.month === month && e.kind === "discussion"),
    )
    .map((u): DiscussionEntry => ({
      region: u.code,
      month,
      kind: "discussion",
      date: null,
      text: "",
      who: "",
      due: null,
      done: false,
      source: null,
      link: "",
      carriedFrom: null,
    }));
  const entries = [...record.entries, ...placeholders].sort(compare(programme));
  const header = Object.values(DISCUSSION_COLUMNS).map((c) => c.label[lang]);
  const rows = entries.map((e) => discussionRow(e, names, lang));
  const cells: SpecCell[][] = [
    [DISCUSSION_TEXTS.title[lang]],
    [DISCUSSION_TEXTS.help[lang]],
    header,
    ...rows,
  ];
  const unreadableRow = cells.length + 2;
  if (record.unreadable.length) cells.push([], [DISCUSSION_TEXTS.unreadable[lang]], ...record.unreadable);
  const first = HEADER_ROW; // zero-based first data row
  const span = rows.length + SPARE_ROWS;
  const column = (key: keyof typeof DISCUSSION_COLUMNS) => Object.keys(DISCUSSION_COLUMNS).indexOf(key);
  const list = (key: keyof typeof DISCUSSION_COLUMNS, values: string[]) => ({
    range: rangeAddress(first, column(key), span, 1),
    values,
    strict: false,
  });
  return {
    name: DISCUSSION_SHEET[lang],
    cells,
    styles: [
      { range: "A1", ...TITLE_STYLE },
      { range: "A2", ...NOTE_STYLE },
      { range: rangeAddress(HEADER_ROW - 1, 0, 1, header.length), ...HEADER_STYLE },
      { range: rangeAddress(first, column("region"), span, 1), numberFormat: "@" },
      { range: rangeAddress(first, column("month"), span, 1), numberFormat: "@" },
      { range: rangeAddress(first, column("carriedFrom"), span, 1), numberFormat: "@" },
      { range: rangeAddress(first, column("date"), span, 1), numberFormat: DATE_FORMAT },
      { range: rangeAddress(first, column("due"), span, 1), numberFormat: DATE_FORMAT },
      { range: rangeAddress(first, column("text"), span, 1), wrap: true },
      ...(record.unreadable.length ? [{ range: `A${unreadableRow}`, ...SUBHEADER_STYLE }] : []),
    ],
    columnWidths: [7, 24, 9, 18, 11, 60, 18, 11, 9, 11, 30, 12],
    frozen: { rows: HEADER_ROW, columns: 0 },
    validations: [
      list(
        "kind",
        Object.values(DISCUSSION_KINDS).map((k) => k[lang]),
      ),
      list(
        "state",
        Object.values(ACTION_STATES).map((k) => k[lang]),
      ),
      list(
        "source",
        Object.values(MATERIAL_SOURCES).map((k) => k[lang]),
      ),
    ],
  };
}

/** The discussion sheet of a picture, when the picture carries its record (consolidation always does). */
export function discussionSheets(picture: NationalPicture): SheetSpec[] {
  const { programme, lang, month, discussionRecord } = picture;
  return discussionRecord ? [discussionSheet({ programme, lang, month, record: discussionRecord })] : [];
}
