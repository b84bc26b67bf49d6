import { existsSync, statSync } from "node:fs";
import { open, readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { notWorkbookByContent, notWorkbookMessage } from "../core/actions/notWorkbookMessage";
import type { LazyRegionSource } from "../core/actions/types";
import type { Issue } from "../core/issues/Issue";
import { issueLocation } from "../core/issues/Issue";
import type { Lang } from "../core/i18n/lang";
import { LangSchema } from "../core/i18n/lang";
import { isDataMonth } from "../core/_lib/isDataMonth";
import { UsageError } from "./Command";
import { ExcelJsWorkbook } from "./xlsx/ExcelJsWorkbook";
import { checkFileSize, checkInflatedSizes } from "./xlsx/stream/checkWorkbookLimits";
import { openStreamingWorkbook } from "./xlsx/stream/openStreamingWorkbook";
import { KeptWorkbook } from "./xlsx/write/KeptWorkbook";
import { PatchedWorkbook } from "./xlsx/write/PatchedWorkbook";
import type { StreamingWorkbook } from "./xlsx/stream/StreamingWorkbook";

/** The --lang option, checked. */
export function langOption(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  const parsed = LangSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`--lang must be fi, sv or en (got "${value}")`);
  return parsed.data;
}

/** A YYYY-MM month option, checked. */
export function monthOption(value: string | undefined, flag = "--month"): string {
  if (!value) throw new UsageError(`${flag} YYYY-MM is required`);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value))
    throw new UsageError(`${flag} must be YYYY-MM (got "${value}")`);
  if (!isDataMonth(value))
    throw new UsageError(`${flag} must be a month from 1900-01 to 9999-11 (got "${value}")`);
  return value;
}

/**
 * Opens an existing workbook the user named, or fails with a message naming it; a file that is not an
 * .xlsx workbook (a PDF, a CSV, an .xls or .ods) says what it is and how to save it as .xlsx.
 */
export async function openWorkbook(path: string, lang: Lang = "fi"): Promise<ExcelJsWorkbook> {
  // ExcelJS holds a whole workbook in memory: past the limits the file is named, before it loads it.
  return openNamed(path, lang, (bytes) => {
    checkInflatedSizes(bytes);
    return ExcelJsWorkbook.fromBuffer(bytes);
  });
}

/**
 * Last month's national workbook, to write this month's picture into (--previous): patched, its other
 * parts copied as they are (PatchedWorkbook), or, for a file not shaped as expected, opened with ExcelJS
 * (KeptWorkbook). Fails as `openWorkbook` does, naming the file.
 */
export async function openNationalWorkbook(
  path: string,
  lang: Lang = "fi",
): Promise<PatchedWorkbook | KeptWorkbook> {
  const patched = await openNamed(path, lang, (bytes) => PatchedWorkbook.open(bytes, path));
  return patched ?? new KeptWorkbook(await openWorkbook(path, lang));
}

/**
 * A file the user named, opened by `open` once it is known to be a file within MAX_FILE_BYTES that is
 * not another kind of document (ExcelJS opens any zip, an .ods too, as an empty workbook); a limit it
 * crosses is named with the file, and any other failure says the file is not an .xlsx workbook.
 */
async function openNamed<T>(path: string, lang: Lang, open: (bytes: Buffer) => Promise<T>): Promise<T> {
  if (!existsSync(path)) throw new Error(`file not found: ${path}`);
  const stats = statSync(path);
  if (stats.isDirectory()) throw new Error(`${path} is a folder, not a workbook`);
  limited(path, () => checkFileSize(stats.size));
  const bytes = await readFile(path);
  const head = bytes.subarray(0, 128);
  if (notWorkbookByContent(head)) throw new Error(notWorkbookMessage(path, head, lang));
  try {
    return await open(bytes);
  } catch (error) {
    if (error instanceof Error && error.name === "LimitError") throw namedLimit(path, error);
    throw new Error(notWorkbookMessage(path, head, lang));
  }
}

/** Runs a check of limits; a LimitError becomes an error that names the file. */
function limited(path: string, check: () => void): void {
  try {
    check();
  } catch (error) {
    if (error instanceof Error && error.name === "LimitError") throw namedLimit(path, error);
    throw error;
  }
}

/** A limit's error with the file's name in front. */
function namedLimit(path: string, error: Error): Error {
  const named = new Error(`${path}: ${error.message}`);
  named.name = "LimitError";
  return named;
}

/**
 * A region file to read only (validate): the streaming reader, which reads just the sheets asked for.
 * Fails with a message naming the file; one that is not an .xlsx workbook says what it is and how to
 * save it as .xlsx, and one past a limit says which.
 */
export async function openRegionFile(path: string, lang: Lang = "fi"): Promise<StreamingWorkbook> {
  if (!existsSync(path)) throw new Error(`file not found: ${path}`);
  if (statSync(path).isDirectory()) throw new Error(`${path} is a folder, not a workbook`);
  const head = await readHead(path);
  if (notWorkbookByContent(head)) throw new Error(notWorkbookMessage(path, head, lang));
  try {
    return await openStreamingWorkbook(path);
  } catch (error) {
    if (error instanceof Error && error.name === "LimitError") throw new Error(`${path}: ${error.message}`);
    throw new Error(notWorkbookMessage(path, head, lang));
  }
}

/** The first bytes of a file, which tell an .xls, .ods or PDF from an .xlsx. */
async function readHead(path: string): Promise<Uint8Array> {
  const file = await open(path, "r");
  try {
    const head = new Uint8Array(128);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/**
 * A region file for consolidation, opened only when consolidation reaches it and read by the streaming
 * reader (only the sheets asked for). Opening never throws: a bad file becomes the reason it failed.
 */
export function regionSource(path: string): LazyRegionSource {
  return { label: basename(path), open: () => openStreamingWorkbook(path) };
}

/** `Sheet!A1  error  unknown_status  message` lines for a terminal. */
export function formatIssues(issues: readonly Issue[], prefix = ""): string {
  return issues
    .map(
      (issue) =>
        `${prefix}${(issueLocation(issue) || "-").padEnd(18)} ${issue.severity.padEnd(7)} ${issue.code.padEnd(16)} ${issue.message}`,
    )
    .join("\n");
}

/** True for a path ending in .csv. */
export function isCsv(path: string): boolean {
  return extname(path).toLowerCase() === ".csv";
}

/** Progress for multi-file work goes to stderr, so stdout stays clean for data. */
export function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}
