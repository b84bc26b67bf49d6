/**
 * End to end in a real spreadsheet engine: LibreOffice Calc opens what `tilannekuva` writes, recalculates
 * every formula and saves the results, which ExcelJS then reads.
 *
 * All inputs (the demo's workbooks, the shipped templates, hand-typed status sheets and a consolidated
 * national workbook with formula-like region text) are prepared first and converted in one soffice call.
 */
import { existsSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import type { Share } from "../../core";
import { isMonthSheetName, loadWorkbookContext, REGIONAL, setupTemplate, SummarySchema } from "../../core";
import { sheetName } from "../../core/sheets/labels";
import { ExcelJsWorkbook } from "../../cli/xlsx/ExcelJsWorkbook";
import { readWorkbookFile, writeWorkbookFile } from "../../cli/xlsx/files";
import type { InjectedCell } from "./_lib/injection";
import { describeCell, INJECTIONS, injectedCells, typeInjections } from "./_lib/injection";
import type { Conversion } from "./_lib/libreoffice";
import { convertWithLibreOffice, errorCells, hasLibreOffice, run } from "./_lib/libreoffice";
import type { LiveShare } from "./_lib/liveSummary";
import { coreSummary, liveSummary, summaryMismatches } from "./_lib/liveSummary";
import type { StatusForm } from "./_lib/statusForms";
import {
  KNOWN_MISREADS,
  MORE_FORMS,
  PROMISED_FORMS,
  regionWithMonth,
  typeStatuses,
} from "./_lib/statusForms";

const ROOT = resolve(__dirname, "../..");
const CLI = join(ROOT, "cli/bin/tilannekuva.cjs");
const MONTH = "2022-09";
const TEMPLATES = readdirSync(join(ROOT, "templates"))
  .filter((name) => name.endsWith(".xlsx"))
  .map((name) => join(ROOT, "templates", name));

let work = "";
let demoDir = "";
let conversion: Conversion;
/** Hand-typed workbooks: the mixed sheet under "mixed", one workbook per form under the form's name. */
const typed = new Map<string, string>();
let nationalPath = "";
let injectedBefore: InjectedCell[] = [];

/** The demo's workbooks: template, the 22 regions, national. */
function demoFiles(): string[] {
  const regions = readdirSync(join(demoDir, "alueet")).map((name) => join(demoDir, "alueet", name));
  return [
    join(demoDir, "tilannekuva-pohja.xlsx"),
    ...regions.filter((p) => p.endsWith(".xlsx")),
    join(demoDir, "kansallinen.xlsx"),
  ];
}

function regionFiles(): string[] {
  return demoFiles().filter((path) => path.includes("alueet"));
}

function convertedPath(input: string): string {
  const path = conversion.converted.get(input);
  if (!path) throw new Error(`${input} was not converted`);
  return path;
}

async function converted(input: string): Promise<ExcelJsWorkbook> {
  return readWorkbookFile(convertedPath(input));
}

async function prepareStatusForms(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const template = new ExcelJsWorkbook();
  await setupTemplate(template, { lang: "fi" });
  // One sheet mixing every promised form, cycled over the tasks so each lands in every date window.
  const mixed = await regionWithMonth(template, "05", MONTH);
  typeStatuses(mixed, MONTH, (i) => PROMISED_FORMS[i % PROMISED_FORMS.length]!.value);
  typed.set("mixed", join(dir, "mixed.xlsx"));
  await writeWorkbookFile(mixed, typed.get("mixed")!);
  // One workbook per form with every task in that form, so a misread shows which form it is.
  for (const [index, form] of [...PROMISED_FORMS, ...MORE_FORMS, ...KNOWN_MISREADS].entries()) {
    const workbook = await regionWithMonth(template, "05", MONTH);
    typeStatuses(workbook, MONTH, () => form.value);
    const path = join(dir, `form-${index}.xlsx`);
    await writeWorkbookFile(workbook, path);
    typed.set(form.name, path);
  }
}

async function prepareInjection(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const template = new ExcelJsWorkbook();
  await setupTemplate(template, { lang: "fi" });
  const region = await regionWithMonth(template, "07", MONTH);
  typeInjections(region, MONTH);
  const regionPath = join(dir, "alue-07.xlsx");
  await writeWorkbookFile(region, regionPath);
  nationalPath = join(dir, "kansallinen.xlsx");
  const result = await run(
    "node",
    [CLI, "consolidate", "--month", MONTH, "--out", nationalPath, regionPath],
    { cwd: ROOT },
  );
  if (result.code !== 0) throw new Error(`tilannekuva consolidate exited ${result.code}:\n${result.output}`);
  const national = new ExcelJS.Workbook();
  await national.xlsx.readFile(nationalPath);
  injectedBefore = injectedCells(national);
}

beforeAll(async () => {
  if (!(await hasLibreOffice())) {
    throw new Error(
      "LibreOffice is needed for the end-to-end suite: apt-get install libreoffice-calc (soffice on PATH)",
    );
  }
  work = await mkdtemp(join(tmpdir(), "tilannekuva-e2e-"));
  demoDir = join(work, "demo");
  const demo = await run("node", [CLI, "demo", "--out", demoDir], { cwd: ROOT });
  if (demo.code !== 0) throw new Error(`tilannekuva demo exited ${demo.code}:\n${demo.output}`);
  await prepareStatusForms(join(work, "typed"));
  await prepareInjection(join(work, "injection"));
  conversion = await convertWithLibreOffice(
    [...demoFiles(), ...TEMPLATES, ...typed.values(), nationalPath],
    join(work, "libreoffice"),
  );
}, 600_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

function checkConversion(): void {
  if (conversion.code !== 0) throw new Error(`soffice exited ${conversion.code}:\n${conversion.output}`);
}

describe("LibreOffice opens the demo's workbooks", () => {
  it("writes the template, 22 regions and the national workbook, plus the three shipped templates", () => {
    expect(regionFiles()).toHaveLength(REGIONAL.units.length);
    expect(demoFiles()).toHaveLength(REGIONAL.units.length + 2);
    expect(TEMPLATES).toHaveLength(3);
  });

  it("every generated workbook converts without errors", async () => {
    checkConversion();
    expect(conversion.output).not.toMatch(/^Error/m);
    const failures: string[] = [];
    for (const input of [...demoFiles(), ...TEMPLATES]) {
      const output = convertedPath(input);
      if (!existsSync(output)) {
        failures.push(`${input}: no output`);
        continue;
      }
      try {
        const workbook = await readWorkbookFile(output);
        const original = await readWorkbookFile(input);
        if ((await workbook.sheetNames()).join("|") !== (await original.sheetNames()).join("|")) {
          failures.push(
            `${input}: sheets ${(await original.sheetNames()).join(", ")} came back as ${(await workbook.sheetNames()).join(", ")}`,
          );
        }
      } catch (error) {
        failures.push(`${input}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("no recalculated cell of any sheet holds an error value", async () => {
    checkConversion();
    const errors: string[] = [];
    let formulas = 0;
    for (const input of [...demoFiles(), ...TEMPLATES]) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(convertedPath(input));
      const found = errorCells(workbook);
      formulas += found.formulas;
      errors.push(...found.cells.map((cell) => `${input.slice(work.length + 1)}: ${cell}`));
    }
    expect(errors).toEqual([]);
    // Not vacuous: at least the 12 summary formulas of each of the regions' 87 month sheets were recalculated.
    expect(formulas).toBeGreaterThanOrEqual(87 * 12);
  });
});

describe("the live summary of a month sheet, recalculated by LibreOffice", () => {
  it("equals the core's figures on every region's every month sheet", async () => {
    checkConversion();
    const mismatches: string[] = [];
    let sheets = 0;
    for (const input of regionFiles()) {
      const original = await readWorkbookFile(input);
      const context = await loadWorkbookContext(original);
      const region = context.settings?.region;
      if (!region) throw new Error(`${input} has no region`);
      expect(context.programme.target).toBe(REGIONAL.target);
      const months = context.names.filter(isMonthSheetName);
      const grids = await original.readSheets(months);
      const recalculated = await converted(input);
      const recalculatedGrids = await recalculated.readSheets(months);
      for (const month of months) {
        sheets++;
        const options = { sheet: month, programme: context.programme, region };
        const core = coreSummary(grids.get(month)!, options);
        const live = liveSummary(recalculated.excel.getWorksheet(month)!);
        mismatches.push(...summaryMismatches(core, live).map((m) => `region ${region} ${month}: ${m}`));
        // LibreOffice's copy of the task table still reads the same in the core (dates, ids, statuses kept).
        expect(coreSummary(recalculatedGrids.get(month)!, options)).toEqual(core);
      }
    }
    expect(mismatches).toEqual([]);
    // 22 regions × 4 months, less the month region 16 skips.
    expect(sheets).toBe(REGIONAL.units.length * 4 - 1);
  });

  it("equals the consolidated figures of the summary JSON for the last month", async () => {
    checkConversion();
    const summary = SummarySchema.parse(
      JSON.parse(await readFile(join(demoDir, `tilannekuva-${MONTH}.json`), "utf8")),
    );
    const mismatches: string[] = [];
    let compared = 0;
    for (const input of regionFiles()) {
      const recalculated = await converted(input);
      const context = await loadWorkbookContext(recalculated);
      const region = summary.regions.find((r) => r.code === context.settings?.region);
      if (!region?.reporting || !region.measures) continue;
      const sheet = recalculated.excel.getWorksheet(MONTH);
      if (!sheet) throw new Error(`${input} reports ${MONTH} but has no such sheet`);
      const { schedule, readiness } = region.measures;
      const shares: Share[] = [schedule.started, schedule.done, readiness.started, readiness.done];
      mismatches.push(
        ...summaryMismatches(shares, liveSummary(sheet)).map((m) => `region ${region.code}: ${m}`),
      );
      compared++;
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBe(summary.reporting.count);
  });

  describe("with statuses typed by hand", () => {
    async function live(name: string): Promise<{ core: Share[]; live: LiveShare[] }> {
      checkConversion();
      const input = typed.get(name)!;
      const original = await readWorkbookFile(input);
      const grid = (await original.readSheets([MONTH])).get(MONTH)!;
      const core = coreSummary(grid, { sheet: MONTH, programme: REGIONAL, region: "05" });
      const recalculated = await converted(input);
      return { core, live: liveSummary(recalculated.excel.getWorksheet(MONTH)!) };
    }

    it("equals the core's figures on a sheet mixing every form PRODUCT.md promises", async () => {
      const { core, live: summary } = await live("mixed");
      expect(summaryMismatches(core, summary)).toEqual([]);
      // Not vacuous: the mix gives every measure a population and some tasks started and done.
      for (const share of core) expect(share.of).toBeGreaterThan(0);
      expect(core[0]!.count).toBeGreaterThan(0);
      expect(core[1]!.count).toBeGreaterThan(0);
    });

    it.each([...PROMISED_FORMS, ...MORE_FORMS].map((form): [string, StatusForm] => [form.name, form]))(
      "reads %s as the core does",
      async (name) => {
        const { core, live: summary } = await live(name);
        expect(summaryMismatches(core, summary)).toEqual([]);
      },
    );

    it.each(KNOWN_MISREADS.map((form): [string, StatusForm] => [form.name, form]))(
      "still misreads %s (known formula bug; move the form to MORE_FORMS once fixed)",
      async (name) => {
        const { core, live: summary } = await live(name);
        // The sheet did recalculate: every count and population is a number.
        for (const share of summary) {
          expect(typeof share.count).toBe("number");
          expect(typeof share.of).toBe("number");
        }
        expect(summaryMismatches(core, summary)).not.toEqual([]);
      },
    );
  });
});

describe("region text that looks like a formula, through tilannekuva consolidate and LibreOffice", () => {
  it("lands in the national workbook's late tasks and risks as literal text", () => {
    const places = new Set(injectedBefore.map((cell) => `${cell.sheet}: ${cell.text}`));
    const expected = INJECTIONS.flatMap((text) => [
      `${sheetName("late", "fi")}: ${text}`,
      `${sheetName("risks", "fi")}: ${text}`,
    ]);
    expect([...places].sort()).toEqual(expect.arrayContaining(expected.sort()));
    // Each text is a comment, an owner and a status on Myöhässä; a description, a mitigation and a note on Riskit.
    for (const text of INJECTIONS)
      expect(injectedBefore.filter((cell) => cell.text === text).length).toBeGreaterThanOrEqual(6);
  });

  it("is still that text after LibreOffice recalculates: not a formula, not a number", async () => {
    checkConversion();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(convertedPath(nationalPath));
    const wrong: string[] = [];
    for (const { sheet, address, text } of injectedBefore) {
      const cell = workbook.getWorksheet(sheet)?.getCell(address);
      if (!cell || cell.type !== ExcelJS.ValueType.String || cell.value !== text || cell.formula) {
        wrong.push(
          `${sheet}!${address}: expected text ${JSON.stringify(text)}, got ${cell ? describeCell(cell) : "no cell"}`,
        );
      }
    }
    expect(wrong).toEqual([]);
    expect(injectedBefore.length).toBeGreaterThanOrEqual(INJECTIONS.length * 6);
    // Nowhere else did region text become a formula or a link.
    const formulas: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const made =
            cell.type === ExcelJS.ValueType.Hyperlink || /HYPERLINK|SUM\(A1\)/i.test(cell.formula ?? "");
          if (made) formulas.push(`${sheet.name}!${cell.address}: ${describeCell(cell)}`);
        }),
      ),
    );
    expect(formulas).toEqual([]);
  });
});
