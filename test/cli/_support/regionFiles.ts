/**
 * Region .xlsx files for command-line and consolidation tests: made through the core's actions (as the
 * ministry makes them), then edited cell by cell with ExcelJS (as a preparer edits them in Excel).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { assessmentSheetName } from "../../../core/sheets/assessmentSheet";
import { ExcelJsWorkbook } from "../../../cli/xlsx/ExcelJsWorkbook";
import { readWorkbookFile, writeWorkbookFile } from "../../../cli/xlsx/files";
import { createMonthSheet, createRegionWorkbook, setupTemplate } from "../../../core/actions";
import type { Lang } from "../../../core/i18n/lang";
import { REGIONAL, unitRoadmap } from "../../../core/programme/builtins";
import type { StatusCode } from "../../../core/programme/ProgrammeSchema";

export const REGION_CODES: readonly string[] = REGIONAL.units.map((unit) => unit.code);

/** A fresh temporary directory; remove it with `removeDir`. */
export function tempDir(prefix = "tilannekuva-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export function removeDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/** Copies a directory of fixtures so a test can spoil its own copy. */
export async function copyDir(from: string, prefix = "tilannekuva-copy-"): Promise<string> {
  const to = await tempDir(prefix);
  await cp(from, to, { recursive: true });
  return to;
}

/** What a preparer types on one task row. Dates are day cells (UTC midnight, as ExcelJS reads them). */
export interface TaskEntry {
  status?: string;
  comment?: string;
  owner?: string;
  expected?: Date | string;
}

/** The entries of a region for a month, by task id; tasks left out keep what the month sheet shows. */
export type FillFunction = (taskId: string, month: string, code: string) => TaskEntry | undefined;

/** A status label of the default programme. */
export function statusLabel(code: StatusCode, lang: Lang = "fi"): string {
  return REGIONAL.statuses[code][lang];
}

/** A small deterministic hash, so every region gets different but reproducible statuses. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/**
 * Plausible statuses: a task that ended before the month is mostly done, one under way mostly in
 * progress, a few tasks not applicable; some comments and owners.
 */
export const plausibleFill: FillFunction = (taskId, month, code) => {
  const task = REGIONAL.roadmap.find((t) => t.id === taskId);
  if (!task) return undefined;
  const h = hash(`${code}|${taskId}|${month}`) % 100;
  const asOf = `${month}-28`;
  let status: StatusCode;
  if (h < 3) status = "not_applicable";
  else if (task.end !== null && task.end <= asOf)
    status = h < 80 ? "done" : h < 93 ? "in_progress" : "not_started";
  else if (task.start !== null && task.start <= asOf)
    status = h < 15 ? "done" : h < 75 ? "in_progress" : "not_started";
  else status = h < 10 ? "in_progress" : "not_started";
  const entry: TaskEntry = { status: statusLabel(status) };
  if (h % 7 === 0) entry.comment = `Alue ${code}: tilanne ${month}, tehtävä ${taskId}`;
  if (h % 5 === 0) entry.owner = `Valmistelija ${code}-${h}`;
  return entry;
};

let templateBytes: Uint8Array | undefined;

/** The template workbook (built-in roadmap), made once per test file and reopened from its bytes. */
export async function templateWorkbook(): Promise<ExcelJsWorkbook> {
  if (!templateBytes) {
    const template = new ExcelJsWorkbook();
    await setupTemplate(template, { lang: "fi" });
    templateBytes = await template.toBuffer();
  }
  return ExcelJsWorkbook.fromBuffer(templateBytes);
}

export interface RegionWorkbookOptions {
  months: readonly string[];
  fill?: FillFunction;
  lang?: Lang;
}

/**
 * A region's workbook made the ministry's way (template → region → month sheets in turn), with each
 * month's entries typed in with ExcelJS before the next month sheet is created from it.
 */
export async function buildRegionWorkbook(
  code: string,
  options: RegionWorkbookOptions,
): Promise<ExcelJsWorkbook> {
  const template = await templateWorkbook();
  const workbook = new ExcelJsWorkbook();
  const made = await createRegionWorkbook(template, workbook, {
    region: code,
    ...(options.lang ? { lang: options.lang } : {}),
  });
  if (!made.ok) throw new Error(made.message);
  const ids = unitRoadmap(REGIONAL, code).map((t) => t.id);
  for (const month of options.months) {
    const created = await createMonthSheet(workbook, { month });
    if (!created.ok) throw new Error(created.message);
    if (!options.fill) continue;
    const sheet = monthSheet(workbook.excel, month);
    for (const id of ids) {
      const entry = options.fill(id, month, code);
      if (entry) sheet.setTask(id, entry);
    }
  }
  return workbook;
}

/** Writes one region's file `alue-CODE.xlsx` into `dir` and returns its path. */
export async function writeRegionFile(
  dir: string,
  code: string,
  options: RegionWorkbookOptions,
): Promise<string> {
  const path = join(dir, `alue-${code}.xlsx`);
  await writeWorkbookFile(await buildRegionWorkbook(code, options), path);
  return path;
}

/** Writes every region's file (or those of `codes`) into `dir`; returns the paths by region code. */
export async function writeRegionSet(
  dir: string,
  options: RegionWorkbookOptions & { codes?: readonly string[] },
): Promise<Record<string, string>> {
  const paths: Record<string, string> = {};
  for (const code of options.codes ?? REGION_CODES) paths[code] = await writeRegionFile(dir, code, options);
  return paths;
}

/** Opens an .xlsx file with plain ExcelJS (not through the host), as a user's spreadsheet program would. */
export async function loadExcel(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  return workbook;
}

/** Opens a file, lets `edit` change it with ExcelJS, and saves it over itself. */
export async function editFile(
  path: string,
  edit: (workbook: ExcelJS.Workbook) => void | Promise<void>,
): Promise<void> {
  const workbook = await loadExcel(path);
  await edit(workbook);
  await writeFile(path, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}

/** Opens a file through the command line's host. */
export function openHostWorkbook(path: string): Promise<ExcelJsWorkbook> {
  return readWorkbookFile(path);
}

/** Sets a value on the settings sheet by its key (`templateVersion`, `region`, ...). */
export function setSetting(workbook: ExcelJS.Workbook, key: string, value: ExcelJS.CellValue): void {
  const sheet = workbook.getWorksheet("Asetukset");
  if (!sheet) throw new Error("no settings sheet");
  let found = false;
  sheet.eachRow((row) => {
    // The key is in the hidden column E (C before issue 9).
    if (!found && String(row.getCell(5).value ?? "") === key) {
      row.getCell(2).value = value;
      found = true;
    }
  });
  if (!found) throw new Error(`no setting ${key}`);
}

/** The columns of the month sheet's task table, found by their Finnish header text as a user sees them. */
const HEADERS = {
  id: "Tunnus",
  status: "Tila",
  previous: "Edellisen kuun tila",
  comment: "Kommentti",
  expected: "Arvioitu valmistuminen",
  owner: "Vastuuhenkilö",
} as const;
export type TaskField = keyof typeof HEADERS;

const TABLE_END_LABEL = "Itsearvio valmisteluryhmittäin";
const RISKS_LABEL = "Riskit";

function text(value: ExcelJS.CellValue): string {
  return value === null || value === undefined
    ? ""
    : typeof value === "object" && !(value instanceof Date)
      ? JSON.stringify(value)
      : String(value);
}

/** A risk row as typed: group, severity, description, mitigation (columns B–E). */
export interface RiskEntry {
  group?: string;
  severity?: string;
  description?: string;
  mitigation?: string;
}

/**
 * A month sheet seen through ExcelJS, with the edits a preparer makes. Rows are found by scanning every
 * time, so edits compose (insert rows, then sort, then hide ...).
 */
export class MonthSheet {
  /**
   * `assessments` is the month's own self-assessment and risk sheet; without it (the earlier layout)
   * they are below the task table.
   */
  constructor(
    readonly worksheet: ExcelJS.Worksheet,
    readonly assessments?: ExcelJS.Worksheet,
  ) {}

  /** Where the self-assessment and risks are. */
  get assessmentWorksheet(): ExcelJS.Worksheet {
    return this.assessments ?? this.worksheet;
  }

  /** 1-based row of the task table's header. */
  get headerRow(): number {
    for (let r = 1; r <= this.worksheet.rowCount; r++) {
      const row = this.worksheet.getRow(r);
      if (row.getCell(1).value === HEADERS.id && this.columnIn(row, HEADERS.status) > 0) return r;
    }
    throw new Error(`no task table on ${this.worksheet.name}`);
  }

  private columnIn(row: ExcelJS.Row, header: string): number {
    let found = -1;
    row.eachCell((cell, column) => {
      if (found < 0 && cell.value === header) found = column;
    });
    return found;
  }

  /** 1-based column of a task table field. */
  column(field: TaskField): number {
    const column = this.columnIn(this.worksheet.getRow(this.headerRow), HEADERS[field]);
    if (column < 0) throw new Error(`no ${HEADERS[field]} column`);
    return column;
  }

  /** Letter of a task table column, e.g. "J" for the status. */
  letter(field: TaskField): string {
    return this.worksheet.getColumn(this.column(field)).letter;
  }

  /** 1-based row of the self-assessment title (on the assessment sheet, or below the table). */
  get assessmentTitleRow(): number {
    return this.labelRow(this.assessmentWorksheet, TABLE_END_LABEL, this.assessments ? 0 : this.headerRow);
  }

  get risksTitleRow(): number {
    return this.labelRow(this.assessmentWorksheet, RISKS_LABEL, this.assessmentTitleRow);
  }

  private labelRow(worksheet: ExcelJS.Worksheet, label: string, after: number): number {
    for (let r = after + 1; r <= worksheet.rowCount; r++) {
      if (worksheet.getRow(r).getCell(1).value === label) return r;
    }
    throw new Error(`no "${label}" on ${worksheet.name}`);
  }

  /** The table's rows (1-based), blank ones included, from below the header to its end. */
  tableRows(): number[] {
    const end = this.assessments ? this.worksheet.rowCount + 1 : this.assessmentTitleRow;
    const rows: number[] = [];
    for (let r = this.headerRow + 1; r < end; r++) rows.push(r);
    return rows;
  }

  /** Task ids in table order. */
  ids(): string[] {
    return this.tableRows()
      .map((r) => text(this.worksheet.getRow(r).getCell(1).value))
      .filter((id) => id !== "");
  }

  /** The 1-based row of a task (the first, if it is duplicated). */
  rowOf(id: string): number {
    const row = this.tableRows().find((r) => text(this.worksheet.getRow(r).getCell(1).value) === id);
    if (row === undefined) throw new Error(`no task ${id} on ${this.worksheet.name}`);
    return row;
  }

  /** A cell of a task row, e.g. `cell("1.1.1.1", "status")`. */
  cell(id: string, field: TaskField): ExcelJS.Cell {
    return this.worksheet.getRow(this.rowOf(id)).getCell(this.column(field));
  }

  /** A1 address of a task's cell, e.g. "J17". */
  address(id: string, field: TaskField): string {
    return this.cell(id, field).address;
  }

  get(id: string, field: TaskField): ExcelJS.CellValue {
    return this.cell(id, field).value;
  }

  /** Types a task's status, comment, owner and expected date (those given). */
  setTask(id: string, entry: TaskEntry): void {
    const row = this.worksheet.getRow(this.rowOf(id));
    if (entry.status !== undefined) row.getCell(this.column("status")).value = entry.status;
    if (entry.comment !== undefined) row.getCell(this.column("comment")).value = entry.comment;
    if (entry.owner !== undefined) row.getCell(this.column("owner")).value = entry.owner;
    if (entry.expected !== undefined) row.getCell(this.column("expected")).value = entry.expected;
  }

  /** Inserts rows at `at` (1-based; default just above the header), each holding the given texts. */
  insertRows(count: number, at = this.headerRow, texts: readonly string[] = ["Oma huomautus"]): void {
    for (let i = 0; i < count; i++) {
      this.worksheet.spliceRows(at, 0, []);
      texts.forEach((value, c) => (this.worksheet.getRow(at).getCell(c + 1).value = value));
    }
  }

  /** Inserts empty rows inside the table, below the task `afterId`. */
  insertBlankRows(afterId: string, count: number): void {
    const at = this.rowOf(afterId) + 1;
    for (let i = 0; i < count; i++) this.worksheet.spliceRows(at, 0, []);
  }

  hide(ids: readonly string[]): void {
    for (const id of ids) this.worksheet.getRow(this.rowOf(id)).hidden = true;
  }

  /** An autofilter on the table, with the rows of `hiddenIds` filtered out (hidden), as Excel saves a filter. */
  filter(hiddenIds: readonly string[]): void {
    const last = this.tableRows().at(-1) ?? this.headerRow;
    this.worksheet.autoFilter = `A${this.headerRow}:${this.worksheet.getColumn(this.tableWidth).letter}${last}`;
    this.hide(hiddenIds);
  }

  /** How many columns the task table has: its header row's last filled cell. */
  get tableWidth(): number {
    return this.worksheet.getRow(this.headerRow).cellCount;
  }

  /** Reorders the table's rows (values of every column) by a permutation of the current task rows. */
  reorder(order: (rows: ExcelJS.CellValue[][]) => ExcelJS.CellValue[][]): void {
    const width = this.tableWidth;
    const rows = this.tableRows();
    const values = rows.map((r) => {
      const row = this.worksheet.getRow(r);
      return Array.from({ length: width }, (_, c) => row.getCell(c + 1).value);
    });
    const reordered = order(values);
    if (reordered.length !== values.length) throw new Error("reorder must keep every row");
    rows.forEach((r, i) => {
      const row = this.worksheet.getRow(r);
      reordered[i]!.forEach((value, c) => (row.getCell(c + 1).value = value ?? null));
    });
  }

  /** A deterministic shuffle of the table's rows. */
  shuffle(seed = 1): void {
    this.reorder((rows) => {
      const out = [...rows];
      let s = seed;
      for (let i = out.length - 1; i > 0; i--) {
        s = (Math.imul(s, 1103515245) + 12345) >>> 0;
        const j = s % (i + 1);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    });
  }

  /** Sorts the table as Excel's Sort would: by one column's text, descending if asked. */
  sortBy(field: TaskField, descending = false): void {
    const c = this.column(field) - 1;
    this.reorder((rows) =>
      [...rows].sort((a, b) => {
        const d = text(a[c] ?? null).localeCompare(text(b[c] ?? null), "fi");
        return descending ? -d : d;
      }),
    );
  }

  deleteTask(id: string): void {
    this.worksheet.spliceRows(this.rowOf(id), 1);
  }

  /** Copies a task row to a new row right below it; returns the copy's 1-based row. */
  duplicateTask(id: string): number {
    const from = this.rowOf(id);
    const width = this.column("owner");
    const values = Array.from({ length: width }, (_, c) => this.worksheet.getRow(from).getCell(c + 1).value);
    this.worksheet.spliceRows(from + 1, 0, []);
    const copy = this.worksheet.getRow(from + 1);
    values.forEach((value, c) => (copy.getCell(c + 1).value = value ?? null));
    return from + 1;
  }

  changeId(from: string, to: string): void {
    this.worksheet.getRow(this.rowOf(from)).getCell(1).value = to;
  }

  /** Self-assessment of a preparation group (columns C and D of its row). */
  setAssessment(groupId: string, assessment: string, note?: string): void {
    for (let r = this.assessmentTitleRow + 2; r < this.risksTitleRow; r++) {
      const row = this.assessmentWorksheet.getRow(r);
      if (text(row.getCell(1).value) === groupId) {
        row.getCell(3).value = assessment;
        if (note !== undefined) row.getCell(4).value = note;
        return;
      }
    }
    throw new Error(`no assessment row for group ${groupId}`);
  }

  /** Fills the `index`th (0-based) risk row. */
  setRisk(index: number, risk: RiskEntry): void {
    const row = this.assessmentWorksheet.getRow(this.risksTitleRow + 2 + index);
    if (risk.group !== undefined) row.getCell(2).value = risk.group;
    if (risk.severity !== undefined) row.getCell(3).value = risk.severity;
    if (risk.description !== undefined) row.getCell(4).value = risk.description;
    if (risk.mitigation !== undefined) row.getCell(5).value = risk.mitigation;
  }
}

/** The month sheet of an ExcelJS workbook, for editing. */
export function monthSheet(workbook: ExcelJS.Workbook, month: string): MonthSheet {
  const worksheet = workbook.getWorksheet(month);
  if (!worksheet) throw new Error(`no sheet ${month}`);
  return new MonthSheet(worksheet, workbook.getWorksheet(assessmentSheetName(month, "fi")));
}

/** Every cell of a worksheet as `address → JSON of its value`, plus hidden rows: for "nothing changed". */
export function sheetSnapshot(worksheet: ExcelJS.Worksheet): Record<string, string> {
  const snapshot: Record<string, string> = {};
  worksheet.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) snapshot[`row ${r}`] = "hidden";
    row.eachCell({ includeEmpty: false }, (cell) => {
      snapshot[cell.address] = JSON.stringify(cell.value);
    });
  });
  return snapshot;
}

/** What a sheet keeps besides values: drop-downs, protection, colour rules, frozen panes, widths, filter, styles. */
export function sheetFormatting(worksheet: ExcelJS.Worksheet): Record<string, string> {
  const internal = worksheet as unknown as {
    dataValidations: { model: unknown };
    sheetProtection: unknown;
    conditionalFormattings: unknown;
  };
  const styles: Record<string, unknown> = {};
  worksheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      styles[cell.address] = cell.style;
    }),
  );
  return {
    validations: JSON.stringify(internal.dataValidations.model),
    protection: JSON.stringify(internal.sheetProtection),
    conditionalFormats: JSON.stringify(internal.conditionalFormattings),
    views: JSON.stringify(worksheet.views),
    widths: JSON.stringify(worksheet.columns?.map((column) => column.width) ?? []),
    autoFilter: JSON.stringify(worksheet.autoFilter ?? null),
    styles: JSON.stringify(styles),
    state: worksheet.state,
  };
}
