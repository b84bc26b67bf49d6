import { spawn } from "node:child_process";
import { copyFile, mkdir, rm } from "node:fs/promises";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";

/** What one LibreOffice run said and where each input's recalculated copy is. */
export interface Conversion {
  code: number | null;
  output: string;
  /** Input path → path of the converted .xlsx (which may be missing when conversion failed). */
  converted: Map<string, string>;
}

/** Runs a program and resolves with its exit code and everything it printed. */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd?: string } = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    // Decoded as a stream: a chunk may end inside a character (pdftotext's "ö" came back as two "�").
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

/**
 * Opens every file in headless LibreOffice Calc and saves it again as .xlsx: LibreOffice recalculates the
 * formulas on load and writes their results, which ExcelJS then reads. One soffice call for all files
 * (each start costs seconds); a profile of its own, so parallel runs do not clash. Inputs are staged under
 * unique names first, because soffice names outputs after inputs and two `pohja.xlsx` would overwrite.
 */
export async function convertWithLibreOffice(files: readonly string[], workDir: string): Promise<Conversion> {
  const inDir = join(workDir, "in");
  const outDir = join(workDir, "out");
  const profile = join(workDir, "profile");
  await mkdir(inDir, { recursive: true });
  await mkdir(outDir, { recursive: true });
  const staged: string[] = [];
  const converted = new Map<string, string>();
  for (const [index, file] of files.entries()) {
    const name = `${String(index).padStart(3, "0")}-${basename(file)}`;
    await copyFile(file, join(inDir, name));
    staged.push(join(inDir, name));
    converted.set(file, join(outDir, name));
  }
  const result = await run("soffice", [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--calc",
    "--convert-to",
    "xlsx",
    "--outdir",
    outDir,
    ...staged,
  ]);
  await rm(profile, { recursive: true, force: true });
  return { ...result, converted };
}

/** True when `soffice` can be started (CI installs LibreOffice; say so plainly when it is missing). */
export async function hasLibreOffice(): Promise<boolean> {
  try {
    return (await run("soffice", ["--version"])).code === 0;
  } catch {
    return false;
  }
}

const ERROR_TEXT = /^(#NAME\?|#REF!|#VALUE!|#DIV\/0!|#N\/A|#NUM!|#NULL!|#SPILL!|#CALC!|Err:\d{3})$/;

/**
 * Every cell of a recalculated workbook that holds an error, or a formula LibreOffice left without a
 * result, as `Sheet!A1: value`.
 */
export function errorCells(workbook: ExcelJS.Workbook): { cells: string[]; formulas: number } {
  const cells: string[] = [];
  let formulas = 0;
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const where = `${worksheet.name}!${cell.address}`;
        if (cell.type === ExcelJS.ValueType.Error) {
          cells.push(`${where}: ${JSON.stringify(cell.value)}`);
        } else if (cell.type === ExcelJS.ValueType.Formula) {
          formulas++;
          // `cell.result`, not `cell.value.result`: ExcelJS's value getter drops falsy results (0, "", false).
          const result: unknown = cell.result;
          // An empty text result reads back as undefined too: a formula that may answer "" (the checklist's
          // days left, empty for a done task or an ended window) is not missing its result.
          const mayBeEmpty = /,""[,)]/.test(cell.formula);
          if (result === undefined && !mayBeEmpty)
            cells.push(`${where}: formula without a result: =${cell.formula}`);
          else if (typeof result === "object" && result !== null && "error" in result)
            cells.push(`${where}: ${String(result.error)} in =${cell.formula}`);
          else if (typeof result === "string" && ERROR_TEXT.test(result.trim()))
            cells.push(`${where}: ${result} in =${cell.formula}`);
        }
      });
    });
  }
  return { cells, formulas };
}
