import type { Job } from "./Job";

/** The hidden sheet that holds a running job between executions. */
export const JOB_SHEET = "_tilannekuva_ajo";

/** Characters per cell (Sheets allows 50,000; the apostrophe takes one more) and cells per stored value. */
const CHUNK = 40_000;
const MAX_CHUNKS = 25;

class JobDataTooLargeError extends Error {
  override name = "JobDataTooLargeError";
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** A JSON value as one row: the number of chunks, then the chunks, each kept as text by an apostrophe. */
function rowOf(value: unknown): (string | number)[] {
  const text = JSON.stringify(value);
  const chunks: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(at + CHUNK, text.length);
    // Never end a chunk on the first half of a surrogate pair: a cell cannot hold half a character.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    chunks.push(`'${text.slice(at, end)}`);
    at = end;
  }
  if (chunks.length > MAX_CHUNKS)
    throw new JobDataTooLargeError(`A stored value of ${text.length} characters is too large.`);
  return [chunks.length, ...chunks];
}

function valueOf(row: readonly unknown[]): unknown {
  const count = Number(row[0]);
  if (!count) return null;
  return JSON.parse(
    row
      .slice(1, 1 + count)
      .map(String)
      .join(""),
  );
}

/**
 * Keeps a job's state and each region's result as JSON in a hidden sheet of the national workbook:
 * row 1 the job, row i + 2 the result of item i. Script properties would not do: they hold 9 KB a value
 * and 500 KB in all, and one region's reading can be larger. Every method costs a constant number of
 * service calls.
 */
export class SheetJobStore {
  private sheet: Sheet | null | undefined;

  constructor(private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  private find(): Sheet | null {
    if (this.sheet === undefined) this.sheet = this.spreadsheet.getSheetByName(JOB_SHEET);
    return this.sheet;
  }

  private write(row: number, value: unknown): void {
    const cells = rowOf(value);
    this.find()!.getRange(row, 1, 1, cells.length).setValues([cells]);
  }

  load(): Job | null {
    const sheet = this.find();
    if (!sheet) return null;
    const columns = Math.max(sheet.getLastColumn(), 1);
    return valueOf(sheet.getRange(1, 1, 1, columns).getValues()[0] ?? []) as Job | null;
  }

  /** Adds the hidden sheet with the job, leaving the user's view where it was. */
  create(job: Job): void {
    const active = this.spreadsheet.getActiveSheet();
    this.sheet = this.spreadsheet.insertSheet(JOB_SHEET, this.spreadsheet.getNumSheets());
    this.write(1, job);
    this.sheet.hideSheet();
    active?.activate();
  }

  saveJob(job: Job): void {
    this.write(1, job);
  }

  putResult(index: number, value: unknown): void {
    this.write(index + 2, value);
  }

  /** The results of the first `count` items, in order. */
  results(count: number): unknown[] {
    const sheet = this.find();
    if (!sheet || count === 0) return [];
    const rows = sheet.getRange(2, 1, count, Math.max(sheet.getLastColumn(), 1)).getValues();
    return rows.map(valueOf);
  }

  clear(): void {
    const sheet = this.find();
    if (sheet) this.spreadsheet.deleteSheet(sheet);
    this.sheet = null;
  }
}
