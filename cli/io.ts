import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { notWorkbookByContent, notWorkbookMessage } from "../core/actions/notWorkbookMessage";
import type { RegionSource } from "../core/actions/types";
import type { Issue } from "../core/issues/Issue";
import { issueLocation } from "../core/issues/Issue";
import type { Lang } from "../core/i18n/lang";
import { LangSchema } from "../core/i18n/lang";
import { UsageError } from "./Command";
import { ExcelJsWorkbook } from "./xlsx/ExcelJsWorkbook";

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
  return value;
}

/**
 * Opens an existing workbook the user named, or fails with a message naming it; a file that is not an
 * .xlsx workbook (a PDF, a CSV, an .xls or .ods) says what it is and how to save it as .xlsx.
 */
export async function openWorkbook(path: string, lang: Lang = "fi"): Promise<ExcelJsWorkbook> {
  if (!existsSync(path)) throw new Error(`file not found: ${path}`);
  if (statSync(path).isDirectory()) throw new Error(`${path} is a folder, not a workbook`);
  const bytes = await readFile(path);
  const head = bytes.subarray(0, 128);
  // ExcelJS opens any zip, an .ods too, as an empty workbook: tell those apart before it does.
  if (notWorkbookByContent(head)) throw new Error(notWorkbookMessage(path, head, lang));
  try {
    return await ExcelJsWorkbook.fromBuffer(bytes);
  } catch {
    throw new Error(notWorkbookMessage(path, head, lang));
  }
}

/** A region file for consolidation: its workbook, or the reason it could not be opened. Never throws. */
export async function regionSource(path: string): Promise<RegionSource> {
  const label = basename(path);
  try {
    const bytes = await readFile(path);
    return { label, workbook: await ExcelJsWorkbook.fromBuffer(bytes) };
  } catch (error) {
    return { label, workbook: { error: error instanceof Error ? error.message : String(error) } };
  }
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
