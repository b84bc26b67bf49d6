import { readFile, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  CUT_MARK,
  MAX_FILE_BYTES,
  MAX_PART_BYTES,
  MAX_TEXT_CHARS,
  MAX_WORKBOOK_XML_BYTES,
} from "../../core/_lib/limits";
import type { Summary } from "../../core/consolidation/SummarySchema";
import { SummarySchema } from "../../core/consolidation/SummarySchema";
import { unitRoadmap } from "../../core/programme/builtins";
import { REGIONAL } from "../../core";
import type { FillFunction } from "../cli/_support/regionFiles";
import { plausibleFill, removeDir, statusLabel, tempDir, writeRegionFile } from "../cli/_support/regionFiles";
import { runCli } from "../cli/_support/runCli";
import { beforeSheetDataEnd, editPart } from "./_lib/hostileXlsx";
import { withExtraParts } from "./_lib/withExtraParts";

jest.setTimeout(240_000);

const MONTH = "2022-09";
/** A critical task already late in September 2022: its comment and expected date reach the national sheets. */
const LATE = unitRoadmap(REGIONAL, "02").find((t) => t.critical && t.end !== null && t.end <= "2022-06-30")!;

let dir: string;
let good: string;
let clean: Buffer;

/** Consolidates the good file and `hostile`, returning the exit code, the summary and how long it took. */
async function consolidateWith(hostile: string, extra: string[] = []) {
  const json = join(dir, "out.json");
  const started = Date.now();
  const run = await runCli([
    "consolidate",
    "--month",
    MONTH,
    "--out",
    join(dir, "out.xlsx"),
    "--json",
    json,
    ...extra,
    good,
    hostile,
  ]);
  const seconds = (Date.now() - started) / 1000;
  const summary: Summary | null =
    run.code === 0 ? SummarySchema.parse(JSON.parse(await readFile(json, "utf8"))) : null;
  return { run, summary, seconds };
}

async function hostileFile(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

const fillWith =
  (late: { comment?: string; expected?: Date | string }): FillFunction =>
  (taskId, month, code) =>
    taskId === LATE.id ? { status: statusLabel("not_started"), ...late } : plausibleFill(taskId, month, code);

beforeAll(async () => {
  dir = await tempDir("tilannekuva-hostile-");
  good = await writeRegionFile(dir, "01", { months: [MONTH], fill: plausibleFill });
  clean = await readFile(await writeRegionFile(dir, "02", { months: [MONTH], fill: plausibleFill }));
});

afterAll(() => removeDir(dir));

describe("hostile region files", () => {
  it("names a file with one character in XFD1048576, and counts the other region", async () => {
    const bytes = await editPart(clean, { sheet: MONTH }, (xml) =>
      beforeSheetDataEnd(xml, `<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>`),
    );
    const { run, summary, seconds } = await consolidateWith(await hostileFile("far.xlsx", bytes));
    expect(run.code).toBe(0);
    expect(summary!.reporting).toEqual({ count: 1, of: 22 });
    expect(summary!.issues).toContainEqual(
      expect.objectContaining({
        code: "beyond_limits",
        sheet: MONTH,
        cell: "XFD1048576",
        message: expect.stringContaining("far.xlsx"),
      }),
    );
    expect(seconds).toBeLessThan(60);
  });

  it("names a small file whose sheet inflates past MAX_PART_BYTES (styled empty rows)", async () => {
    const row = `<row r="R" spans="1:16" s="1" customFormat="1" ht="20.25" customHeight="1" x14ac:dyDescent="0.25"/>`;
    const count = Math.ceil(MAX_PART_BYTES / (row.length - 1)) + 1000;
    const rows: string[] = [];
    for (let r = 0; r < count; r++) rows.push(row.replace("R", String(2000 + r)));
    const bytes = await editPart(clean, { sheet: MONTH }, (xml) => beforeSheetDataEnd(xml, rows.join("")));
    expect(bytes.length).toBeLessThan(MAX_PART_BYTES / 20);
    const { run, summary } = await consolidateWith(await hostileFile("inflated.xlsx", bytes));
    expect(run.code).toBe(0);
    expect(summary!.reporting).toEqual({ count: 1, of: 22 });
    expect(summary!.issues).toContainEqual(
      expect.objectContaining({ code: "beyond_limits", message: expect.stringContaining("inflated.xlsx") }),
    );
  });

  it("reads styled empty rows under the limit as nothing: the region counts as the clean file does", async () => {
    const rows: string[] = [];
    for (let r = 0; r < 200_000; r++) rows.push(`<row r="${2000 + r}" s="1" customFormat="1"/>`);
    const bytes = await editPart(clean, { sheet: MONTH }, (xml) => beforeSheetDataEnd(xml, rows.join("")));
    const padded = await consolidateWith(await hostileFile("rows.xlsx", bytes));
    const plain = await consolidateWith(await hostileFile("clean.xlsx", clean));
    expect(padded.summary!.reporting).toEqual({ count: 2, of: 22 });
    expect(padded.summary!.national).toEqual(plain.summary!.national);
  });

  it("names a file with one shared string of more than MAX_PART_BYTES", async () => {
    const huge = "A".repeat(MAX_PART_BYTES + 1024);
    const bytes = await editPart(clean, { path: "xl/sharedStrings.xml" }, (xml) =>
      xml.replace("</sst>", `<si><t>${huge}</t></si></sst>`),
    );
    const { run, summary } = await consolidateWith(await hostileFile("string.xlsx", bytes));
    expect(run.code).toBe(0);
    expect(summary!.reporting).toEqual({ count: 1, of: 22 });
    expect(summary!.issues).toContainEqual(
      expect.objectContaining({ code: "beyond_limits", message: expect.stringContaining("string.xlsx") }),
    );
  });

  it("cuts text longer than a cell holds with a visible mark, names the cell, and counts the region", async () => {
    const path = await writeRegionFile(dir, "02", {
      months: [MONTH],
      fill: fillWith({ comment: "k".repeat(40_000) }),
    });
    const report = join(dir, "report.html");
    const { run, summary } = await consolidateWith(path, ["--report", report]);
    expect(run.code).toBe(0);
    expect(summary!.reporting).toEqual({ count: 2, of: 22 });
    const cut = summary!.issues.find((i) => i.code === "text_cut");
    expect(cut).toMatchObject({ region: "02", sheet: MONTH, severity: "warning" });
    expect(cut!.cell).toMatch(/^[A-Z]+\d+$/);
    const html = await readFile(report, "utf8");
    expect(html).not.toContain("k".repeat(MAX_TEXT_CHARS + 1));
    expect(html).toContain("k".repeat(1000));
    const validate = await runCli(["validate", "--month", MONTH, path]);
    expect(validate.stdout).toContain("text_cut");
    expect(CUT_MARK.trim()).toBe("[…]");
  });

  it.each([
    ["an expected date of year 10000", new Date(Date.UTC(10000, 0, 1))],
    ["a two-digit year written as 0005", "1.1.0005"],
    ["a day before 1900", new Date(Date.UTC(1899, 5, 1))],
  ])("names %s in the cell instead of stopping the consolidation", async (_what, expected) => {
    const path = await writeRegionFile(dir, "02", { months: [MONTH], fill: fillWith({ expected }) });
    const { run, summary } = await consolidateWith(path);
    expect(run.code).toBe(0);
    expect(summary!.reporting).toEqual({ count: 2, of: 22 });
    expect(summary!.issues).toContainEqual(
      expect.objectContaining({ code: "invalid_date", region: "02", sheet: MONTH, taskId: LATE.id }),
    );
    const validate = await runCli(["validate", "--month", MONTH, path]);
    expect(validate.stdout).toContain("invalid_date");
  });

  it("names a file larger than MAX_FILE_BYTES without reading it", async () => {
    const path = join(dir, "huge.xlsx");
    await writeFile(path, "");
    await truncate(path, 65 * 1024 * 1024);
    const { run, summary } = await consolidateWith(path);
    expect(run.code).toBe(0);
    expect(summary!.reporting).toEqual({ count: 1, of: 22 });
    expect(summary!.issues).toContainEqual(
      expect.objectContaining({ code: "unreadable_file", message: expect.stringContaining("huge.xlsx") }),
    );
  });
});

describe("a workbook loaded whole (month, checklists)", () => {
  /** Rows of `bytes` bytes of styled empty rows: XML that deflates to almost nothing. */
  const styledRows = (bytes: number) => `<row r="1" s="1" customFormat="1"/>`.repeat(Math.ceil(bytes / 35));
  const hostile: Record<string, () => Promise<string>> = {
    "a file larger than MAX_FILE_BYTES": async () => {
      const path = join(dir, "whole-huge.xlsx");
      await writeFile(path, "");
      await truncate(path, MAX_FILE_BYTES + 1024 * 1024);
      return path;
    },
    "a part that inflates past MAX_PART_BYTES": () =>
      hostileFile(
        "whole-part.xlsx",
        withExtraParts(clean, [
          { name: "xl/worksheets/sheet90.xml", text: styledRows(MAX_PART_BYTES + 1024) },
        ]),
      ),
    "parts that together inflate past MAX_WORKBOOK_XML_BYTES": () => {
      const text = styledRows(MAX_PART_BYTES - 1024 * 1024);
      const count = Math.ceil(MAX_WORKBOOK_XML_BYTES / text.length) + 1;
      const parts = Array.from({ length: count }, (_, i) => ({
        name: `xl/worksheets/sheet${90 + i}.xml`,
        text,
      }));
      return hostileFile("whole-parts.xlsx", withExtraParts(clean, parts));
    },
  };
  const commands: Record<string, (path: string) => string[]> = {
    month: (path) => [
      "month",
      "--workbook",
      path,
      "--month",
      "2022-10",
      "--out",
      join(dir, "month-out.xlsx"),
    ],
    checklists: (path) => ["checklists", "--workbook", path, "--out", join(dir, "checklists-out.xlsx")],
  };
  const cases = Object.keys(hostile).flatMap((file) =>
    Object.keys(commands).map((command) => [command, file]),
  );

  // Each file is written once, for both commands.
  const written = new Map<string, Promise<string>>();
  const hostileNamed = (file: string) => written.get(file) ?? written.set(file, hostile[file]!()).get(file)!;

  it.each(cases)("%s names %s and exits 1 before loading it", async (command, file) => {
    const path = await hostileNamed(file);
    const started = Date.now();
    const run = await runCli(commands[command]!(path));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(path);
    expect(run.stderr).toMatch(/\d+ MB/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("still loads the clean file with the same commands", async () => {
    const path = await hostileFile("whole-clean.xlsx", clean);
    for (const command of Object.keys(commands))
      expect((await runCli(commands[command]!(path))).code).toBe(0);
  });
});

describe("last month's national workbook (consolidate --previous), patched and never loaded whole", () => {
  /** Rows of `bytes` bytes of styled empty rows: XML that deflates to almost nothing. */
  const styledRows = (bytes: number) => `<row r="1" s="1" customFormat="1"/>`.repeat(Math.ceil(bytes / 35));
  let run = 0;
  const consolidateOnto = (previous: string) =>
    runCli([
      "consolidate",
      ...["--month", MONTH, "--previous", previous, "--out", join(dir, `previous-out-${++run}.xlsx`), good],
    ]);

  it("names a sheet it reads that inflates past MAX_PART_BYTES, and exits 1", async () => {
    const path = await hostileFile(
      "previous-settings.xlsx",
      await editPart(clean, { sheet: "Asetukset" }, (xml) =>
        beforeSheetDataEnd(xml, styledRows(MAX_PART_BYTES + 1024)),
      ),
    );
    const started = Date.now();
    const result = await consolidateOnto(path);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(path);
    expect(result.stderr).toMatch(/\d+ MB/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("copies parts it never reads as they are, however far they would inflate, in bounded time", async () => {
    const text = styledRows(MAX_PART_BYTES - 1024 * 1024);
    const count = Math.ceil(MAX_WORKBOOK_XML_BYTES / text.length) + 1;
    const parts = [
      { name: "xl/worksheets/sheet80.xml", text: styledRows(MAX_PART_BYTES + 1024) },
      ...Array.from({ length: count }, (_, i) => ({ name: `xl/worksheets/sheet${90 + i}.xml`, text })),
    ];
    const path = await hostileFile("previous-parts.xlsx", withExtraParts(clean, parts));
    const started = Date.now();
    const result = await consolidateOnto(path);
    expect(result.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("names a file larger than MAX_FILE_BYTES before reading it", async () => {
    const path = join(dir, "previous-huge.xlsx");
    await writeFile(path, "");
    await truncate(path, MAX_FILE_BYTES + 1024 * 1024);
    const result = await consolidateOnto(path);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(path);
    expect(result.stderr).toMatch(/\d+ MB/);
  });
});

describe("the month argument", () => {
  it.each(["9999-12", "0000-01", "1899-12"])(
    "exits 2 for --month %s in consolidate and validate",
    async (month) => {
      const consolidate = await runCli(["consolidate", "--month", month, "--out", join(dir, "m.xlsx"), good]);
      expect(consolidate.code).toBe(2);
      expect(consolidate.stderr).toContain(month);
      expect((await runCli(["validate", "--month", month, good])).code).toBe(2);
    },
  );
});
