/**
 * Region files spoiled the ways real ones are: each case expects its issue (with its cell where there is
 * one), and every other region's figures exactly as in a clean run (PRODUCT.md §6).
 */
import { MONTH_LAYOUT } from "../../core/sheets/monthLayout";
import { copyFile, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Summary, SummaryIssue } from "../../core/consolidation/SummarySchema";
import { SummarySchema } from "../../core/consolidation/SummarySchema";
import { REGIONAL } from "../../core/programme/builtins";
import type { Measures } from "../../core/readiness/Measures";
import type { MonthSheet } from "../cli/_support/regionFiles";
import {
  copyDir,
  editFile,
  loadExcel,
  monthSheet,
  plausibleFill,
  removeDir,
  setSetting,
  statusLabel,
  tempDir,
  writeRegionSet,
} from "../cli/_support/regionFiles";
import { runCli } from "../cli/_support/runCli";

jest.setTimeout(180_000);

const MONTH = "2022-09";
const AS_OF = "2022-09-30";
const MEASURES = [
  ["schedule", "started"],
  ["schedule", "done"],
  ["readiness", "started"],
  ["readiness", "done"],
] as const;

let clean: string;
let cleanSummary: Summary;
const scratch: string[] = [];

/** Copies the clean files, lets `spoil` change the copy, consolidates every file in it. */
async function consolidateSpoiled(
  spoil: (dir: string) => Promise<void>,
  extraFiles: string[] = [],
): Promise<Summary> {
  const dir = await copyDir(clean, "tilannekuva-bad-");
  scratch.push(dir);
  await spoil(dir);
  const files = (await readdir(dir))
    .filter((f) => !f.startsWith("out"))
    .sort()
    .map((f) => join(dir, f));
  const run = await runCli([
    "consolidate",
    "--month",
    MONTH,
    "--out",
    join(dir, "out.xlsx"),
    "--json",
    join(dir, "out.json"),
    ...files,
    ...extraFiles,
  ]);
  expect(run.code).toBe(0);
  return SummarySchema.parse(JSON.parse(await readFile(join(dir, "out.json"), "utf8")));
}

function editMonth(dir: string, code: string, edit: (sheet: MonthSheet) => void): Promise<void> {
  return editFile(join(dir, `alue-${code}.xlsx`), (workbook) => edit(monthSheet(workbook, MONTH)));
}

function region(summary: Summary, code: string) {
  const found = summary.regions.filter((r) => r.code === code);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** Every region but `except` is exactly as in the clean run. */
function expectOthersUnchanged(summary: Summary, except: readonly string[]): void {
  expect(summary.regions.map((r) => r.code)).toEqual(cleanSummary.regions.map((r) => r.code));
  for (const r of cleanSummary.regions) {
    if (except.includes(r.code)) continue;
    expect(region(summary, r.code)).toEqual(r);
  }
}

/** Everything, issues included, exactly as in the clean run. */
function expectNoChange(summary: Summary): void {
  expect(summary.issues).toEqual([]);
  expect(summary.reporting).toEqual(cleanSummary.reporting);
  expect(summary.national).toEqual(cleanSummary.national);
  expect(summary.groups).toEqual(cleanSummary.groups);
  expect(summary.regions).toEqual(cleanSummary.regions);
}

function issues(summary: Summary, code: SummaryIssue["code"]): SummaryIssue[] {
  return summary.issues.filter((i) => i.code === code);
}

/** National figures pooled from the clean regions, leaving `codes` out. */
function nationalWithout(codes: readonly string[]): Measures {
  const kept = cleanSummary.regions.filter((r) => r.reporting && !codes.includes(r.code));
  const pool = (view: "schedule" | "readiness", kind: "started" | "done") => {
    const count = kept.reduce((s, r) => s + r.measures![view][kind].count, 0);
    const of = kept.reduce((s, r) => s + r.measures![view][kind].of, 0);
    return { count, of, share: of === 0 ? null : count / of };
  };
  return {
    schedule: { started: pool("schedule", "started"), done: pool("schedule", "done") },
    readiness: { started: pool("readiness", "started"), done: pool("readiness", "done") },
  };
}

/** Region 05's measures with one done task (started and due in every view) counted as not started. */
function minusOneDone(measures: Measures): Measures {
  const less = (s: Measures["schedule"]["started"]) => ({
    count: s.count - 1,
    of: s.of,
    share: (s.count - 1) / s.of,
  });
  return {
    schedule: { started: less(measures.schedule.started), done: less(measures.schedule.done) },
    readiness: { started: less(measures.readiness.started), done: less(measures.readiness.done) },
  };
}

/** Critical tasks of region 05 that are done in the clean file and already ended: they count in all four shares. */
let doneTasks: string[];

beforeAll(async () => {
  clean = await tempDir("tilannekuva-clean-");
  await writeRegionSet(clean, { months: [MONTH], fill: plausibleFill });
  const run = await runCli([
    "consolidate",
    "--month",
    MONTH,
    "--out",
    join(clean, "out.xlsx"),
    "--json",
    join(clean, "out.json"),
    ...(await readdir(clean))
      .filter((f) => f.startsWith("alue-"))
      .sort()
      .map((f) => join(clean, f)),
  ]);
  expect(run.code).toBe(0);
  cleanSummary = SummarySchema.parse(JSON.parse(await readFile(join(clean, "out.json"), "utf8")));
  await rm(join(clean, "out.xlsx"));
  await rm(join(clean, "out.json"));
  const sheet = monthSheet(await loadExcel(join(clean, "alue-05.xlsx")), MONTH);
  doneTasks = REGIONAL.roadmap
    .filter(
      (t) =>
        t.critical &&
        t.start !== null &&
        t.end !== null &&
        t.end <= AS_OF &&
        sheet.get(t.id, "status") === "Valmis",
    )
    .map((t) => t.id);
});

afterAll(async () => {
  await removeDir(clean);
  for (const dir of scratch) await removeDir(dir);
});

describe("the clean run", () => {
  it("has every region reporting, no issues and figures that differ between regions", () => {
    expect(cleanSummary.reporting).toEqual({ count: 22, of: 22 });
    expect(cleanSummary.issues).toEqual([]);
    const doneCounts = new Set(cleanSummary.regions.map((r) => r.measures!.schedule.done.count));
    expect(doneCounts.size).toBeGreaterThan(3);
    expect(doneTasks.length).toBeGreaterThan(5);
  });
});

describe("statuses", () => {
  it("an unknown status is an unknown_status error on its cell and counts as not started", async () => {
    const task = doneTasks[0]!;
    let cell = "";
    const summary = await consolidateSpoiled((dir) =>
      editMonth(dir, "05", (sheet) => {
        sheet.setTask(task, { status: "valmis?" });
        cell = sheet.address(task, "status");
      }),
    );
    expect(issues(summary, "unknown_status")).toEqual([
      expect.objectContaining({ region: "05", severity: "error", sheet: MONTH, cell, taskId: task }),
    ]);
    expect(cell).toMatch(/^D\d+$/);
    expect(summary.issues).toHaveLength(1);
    expect(region(summary, "05").measures).toEqual(minusOneDone(region(cleanSummary, "05").measures!));
    expect(summary.reporting).toEqual({ count: 22, of: 22 });
    expectOthersUnchanged(summary, ["05"]);
  });

  it("an empty status is a missing_status issue on its cell and counts as not started", async () => {
    const task = doneTasks[1]!;
    let cell = "";
    const summary = await consolidateSpoiled((dir) =>
      editMonth(dir, "05", (sheet) => {
        sheet.cell(task, "status").value = null;
        cell = sheet.address(task, "status");
      }),
    );
    expect(issues(summary, "missing_status")).toEqual([
      expect.objectContaining({ region: "05", sheet: MONTH, cell, taskId: task }),
    ]);
    expect(region(summary, "05").measures).toEqual(minusOneDone(region(cleanSummary, "05").measures!));
    expectOthersUnchanged(summary, ["05"]);
  });

  it("Swedish and English statuses, in any case and spacing, count like Finnish ones with no issue", async () => {
    const codes = Object.keys(REGIONAL.statuses) as (keyof typeof REGIONAL.statuses)[];
    const translate = (sheet: MonthSheet, to: (code: (typeof codes)[number]) => string) => {
      for (const id of sheet.ids()) {
        const code = codes.find((c) => statusLabel(c) === sheet.get(id, "status"));
        if (code) sheet.setTask(id, { status: to(code) });
      }
    };
    const summary = await consolidateSpoiled(async (dir) => {
      await editMonth(dir, "05", (sheet) => translate(sheet, (c) => statusLabel(c, "sv")));
      await editMonth(dir, "06", (sheet) =>
        translate(sheet, (c) => ` ${statusLabel(c, "en").toUpperCase().replace(" ", "\u00a0 ")} `),
      );
      await editMonth(dir, "07", (sheet) => translate(sheet, (c) => statusLabel(c, "fi").toLowerCase()));
    });
    expectNoChange(summary);
  });
});

describe("cells as spreadsheet programs save them", () => {
  it("rich-text statuses and statuses computed by a formula (saved with their result) count as typed", async () => {
    const summary = await consolidateSpoiled(async (dir) => {
      await editMonth(dir, "05", (sheet) => {
        for (const id of sheet.ids()) {
          const text = String(sheet.get(id, "status"));
          sheet.cell(id, "status").value = {
            richText: [{ text: text.slice(0, 2), font: { bold: true } }, { text: text.slice(2) }],
          };
        }
      });
      await editMonth(dir, "06", (sheet) => {
        for (const id of sheet.ids()) {
          const text = String(sheet.get(id, "status"));
          sheet.cell(id, "status").value = { formula: `IF(TRUE,"${text}","")`, result: text };
        }
      });
    });
    expectNoChange(summary);
  });

  it("an unknown status below rows inserted above the header is reported at the cell where it now is", async () => {
    const task = doneTasks[5]!;
    let cell = "";
    const summary = await consolidateSpoiled((dir) =>
      editMonth(dir, "05", (sheet) => {
        sheet.insertRows(3, 1, ["Muistiinpano"]);
        sheet.setTask(task, { status: "tehty" });
        cell = sheet.address(task, "status");
      }),
    );
    expect(Number(cell.slice(1))).toBeGreaterThan(16 + 3);
    expect(summary.issues).toEqual([
      expect.objectContaining({ code: "unknown_status", region: "05", sheet: MONTH, cell, taskId: task }),
    ]);
  });

  it("a month sheet whose table header was deleted: its tasks are neither counted as zeros nor left unnamed", async () => {
    const summary = await consolidateSpoiled((dir) =>
      editMonth(dir, "05", (sheet) => sheet.worksheet.spliceRows(sheet.headerRow, 1)),
    );
    expect(issues(summary, "missing_header")).toEqual([
      expect.objectContaining({ region: "05", severity: "error", sheet: MONTH }),
    ]);
    expectOthersUnchanged(summary, ["05"]);
    // PRODUCT.md §6: every critical task of every reporting region is either counted or named in an issue.
    // With no header nothing on the sheet can be counted, so either the region does not report (and stays
    // out of the national figures), or each of its critical tasks is named.
    if (region(summary, "05").reporting) {
      const named = new Set(summary.issues.filter((i) => i.region === "05").map((i) => i.taskId));
      const unnamed = REGIONAL.roadmap.filter((t) => t.critical && !named.has(t.id)).map((t) => t.id);
      expect({ reporting: true, unnamedCriticalTasks: unnamed.length }).toEqual({
        reporting: true,
        unnamedCriticalTasks: 0,
      });
    } else {
      expect(summary.reporting).toEqual({ count: 21, of: 22 });
      expect(summary.national).toEqual(nationalWithout(["05"]));
    }
  });

  it("a deleted roadmap column (the preparer removed Vaihe) changes nothing", async () => {
    const summary = await consolidateSpoiled((dir) =>
      editMonth(dir, "05", (sheet) => {
        const header = sheet.worksheet.getRow(sheet.headerRow);
        let phase = 0;
        header.eachCell((cell, column) => (phase = cell.value === "Vaihe" ? column : phase));
        expect(phase).toBeGreaterThan(0);
        sheet.worksheet.spliceColumns(phase, 1);
        expect(sheet.letter("status")).toBe("D");
      }),
    );
    expectNoChange(summary);
  });
});

describe("rows moved about", () => {
  it("shuffled, sorted, hidden and filtered rows change nothing", async () => {
    const summary = await consolidateSpoiled(async (dir) => {
      await editMonth(dir, "05", (sheet) => sheet.shuffle(7));
      await editMonth(dir, "06", (sheet) => sheet.sortBy("status", true));
      await editMonth(dir, "07", (sheet) => sheet.hide(sheet.ids().filter((_, i) => i % 3 === 0)));
      await editMonth(dir, "08", (sheet) =>
        sheet.filter(sheet.ids().filter((id) => sheet.get(id, "status") !== "Valmis")),
      );
    });
    expectNoChange(summary);
  });

  it("the edits really moved and hid rows in the files", async () => {
    let moved = false;
    let hidden = 0;
    await consolidateSpoiled(async (dir) => {
      await editMonth(dir, "05", (sheet) => sheet.shuffle(7));
      await editMonth(dir, "08", (sheet) => sheet.filter(sheet.ids().slice(0, 10)));
      const shuffled = monthSheet(await loadExcel(join(dir, "alue-05.xlsx")), MONTH);
      moved = shuffled.ids().join() !== REGIONAL.roadmap.map((t) => t.id).join();
      const filtered = monthSheet(await loadExcel(join(dir, "alue-08.xlsx")), MONTH);
      hidden = filtered.tableRows().filter((r) => filtered.worksheet.getRow(r).hidden).length;
      expect(filtered.worksheet.autoFilter).toBeTruthy();
    });
    expect(moved).toBe(true);
    expect(hidden).toBe(10);
  });

  it("blank rows inside the table change nothing", async () => {
    const summary = await consolidateSpoiled(async (dir) => {
      await editMonth(dir, "05", (sheet) => {
        const ids = sheet.ids();
        sheet.insertBlankRows(ids[0]!, 2);
        sheet.insertBlankRows(ids[40]!, 1);
        sheet.insertBlankRows(ids.at(-1)!, 3);
      });
    });
    expectNoChange(summary);
  });

  it("rows inserted above the header change nothing", async () => {
    let headerRow = 0;
    const summary = await consolidateSpoiled(async (dir) => {
      await editMonth(dir, "05", (sheet) => {
        sheet.insertRows(2, 1, ["Alueen oma otsikko", "Päivitetty 3.10.2022", "Tila: ks. alla"]);
        sheet.insertRows(1, undefined, ["Huom: katso myös liite"]);
        headerRow = sheet.headerRow;
      });
      await editMonth(dir, "06", (sheet) => sheet.insertRows(5));
    });
    expect(headerRow).toBe(MONTH_LAYOUT.tableHeaderRow + 3);
    expectNoChange(summary);
  });
});

describe("rows that are not what the roadmap says", () => {
  it("a deleted task row is a missing_task error naming the task, counted as not started", async () => {
    const task = doneTasks[2]!;
    const summary = await consolidateSpoiled((dir) =>
      editMonth(dir, "05", (sheet) => sheet.deleteTask(task)),
    );
    const found = issues(summary, "missing_task");
    expect(found).toEqual([
      expect.objectContaining({ region: "05", severity: "error", sheet: MONTH, taskId: task }),
    ]);
    expect(found[0]!.message).toContain(task);
    expect(region(summary, "05").measures).toEqual(minusOneDone(region(cleanSummary, "05").measures!));
    expectOthersUnchanged(summary, ["05"]);
  });

  it("a duplicated row is a duplicate_task error on the copy's cell and counts once", async () => {
    const task = doneTasks[3]!;
    let cell = "";
    const summary = await consolidateSpoiled((dir) =>
      editMonth(dir, "05", (sheet) => {
        cell = `A${sheet.duplicateTask(task)}`;
      }),
    );
    expect(summary.issues).toEqual([
      expect.objectContaining({
        code: "duplicate_task",
        region: "05",
        severity: "error",
        sheet: MONTH,
        cell,
        taskId: task,
      }),
    ]);
    expect(region(summary, "05")).toEqual(region(cleanSummary, "05"));
    expect(summary.national).toEqual(cleanSummary.national);
  });

  it("an unknown id is an unknown_task issue on its cell, and the task it replaced is missing", async () => {
    const task = doneTasks[4]!;
    let cell = "";
    const summary = await consolidateSpoiled((dir) =>
      editMonth(dir, "05", (sheet) => {
        cell = sheet.address(task, "id");
        sheet.changeId(task, "9.9.9.9");
      }),
    );
    expect(issues(summary, "unknown_task")).toEqual([
      expect.objectContaining({ region: "05", sheet: MONTH, cell, taskId: "9.9.9.9" }),
    ]);
    expect(issues(summary, "missing_task")).toEqual([
      expect.objectContaining({ region: "05", taskId: task }),
    ]);
    expect(region(summary, "05").measures).toEqual(minusOneDone(region(cleanSummary, "05").measures!));
    expectOthersUnchanged(summary, ["05"]);
  });
});

describe("files", () => {
  it("the same region sent twice is a duplicate_region error and counts once", async () => {
    const summary = await consolidateSpoiled((dir) =>
      copyFile(join(dir, "alue-05.xlsx"), join(dir, "alue-05-kopio.xlsx")),
    );
    expect(summary.issues).toEqual([
      expect.objectContaining({ code: "duplicate_region", region: "05", severity: "error" }),
    ]);
    expect(summary.reporting).toEqual({ count: 22, of: 22 });
    expect(summary.national).toEqual(cleanSummary.national);
    expect(summary.groups).toEqual(cleanSummary.groups);
    expectOthersUnchanged(summary, []);
  });

  it("a region is known by the code inside its file, not by the file name", async () => {
    const summary = await consolidateSpoiled(async (dir) => {
      await copyFile(join(dir, "alue-05.xlsx"), join(dir, "xx-tuntematon.xlsx"));
      await rm(join(dir, "alue-05.xlsx"));
    });
    expectNoChange(summary);
  });

  it("a missing region is not reporting and left out of the national figures: 21/22", async () => {
    const summary = await consolidateSpoiled((dir) => rm(join(dir, "alue-05.xlsx")));
    expect(summary.reporting).toEqual({ count: 21, of: 22 });
    expect(region(summary, "05")).toMatchObject({ reporting: false, measures: null });
    expect(summary.national).toEqual(nationalWithout(["05"]));
    expectOthersUnchanged(summary, ["05"]);
    expect(summary.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("random bytes, a text file named .xlsx and an empty file are unreadable_file errors; the others are consolidated", async () => {
    const summary = await consolidateSpoiled(async (dir) => {
      const bytes = Buffer.alloc(4096);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
      await writeFile(join(dir, "alue-05.xlsx"), bytes);
      await writeFile(join(dir, "alue-06.xlsx"), "Tunnus;Tila\n1.1.1.1;Valmis\n");
      await writeFile(join(dir, "alue-07.xlsx"), "");
    });
    const unreadable = issues(summary, "unreadable_file");
    expect(unreadable).toHaveLength(3);
    expect(unreadable.map((i) => i.severity)).toEqual(["error", "error", "error"]);
    expect(unreadable.map((i) => i.message).join("\n")).toContain("alue-05.xlsx");
    expect(unreadable.map((i) => i.message).join("\n")).toContain("alue-06.xlsx");
    expect(summary.reporting).toEqual({ count: 19, of: 22 });
    for (const code of ["05", "06", "07"])
      expect(region(summary, code)).toMatchObject({ reporting: false, measures: null });
    expect(summary.national).toEqual(nationalWithout(["05", "06", "07"]));
    expectOthersUnchanged(summary, ["05", "06", "07"]);
  });

  it("a workbook that is not a region's is a not_a_region_workbook error and changes no figure", async () => {
    const summary = await consolidateSpoiled(async (dir) => {
      await editFile(join(dir, "alue-07.xlsx"), (workbook) => setSetting(workbook, "region", ""));
    });
    expect(issues(summary, "not_a_region_workbook")).toEqual([
      expect.objectContaining({ severity: "error" }),
    ]);
    expect(summary.reporting).toEqual({ count: 21, of: 22 });
    expect(summary.national).toEqual(nationalWithout(["07"]));
    expectOthersUnchanged(summary, ["07"]);
  });

  it("a workbook without the month sheet is a month_missing error and the region is not reporting", async () => {
    const summary = await consolidateSpoiled((dir) =>
      editFile(join(dir, "alue-05.xlsx"), (workbook) =>
        workbook.removeWorksheet(workbook.getWorksheet(MONTH)!.id),
      ),
    );
    expect(issues(summary, "month_missing")).toEqual([
      expect.objectContaining({ region: "05", severity: "error", sheet: MONTH }),
    ]);
    expect(summary.reporting).toEqual({ count: 21, of: 22 });
    expect(region(summary, "05")).toMatchObject({ reporting: false, measures: null });
    expect(summary.national).toEqual(nationalWithout(["05"]));
    expectOthersUnchanged(summary, ["05"]);
  });

  it("an older template version is a template_version warning; the region still counts", async () => {
    const summary = await consolidateSpoiled((dir) =>
      editFile(join(dir, "alue-05.xlsx"), (workbook) => setSetting(workbook, "templateVersion", "0.9")),
    );
    expect(summary.issues).toEqual([
      expect.objectContaining({ code: "template_version", region: "05", severity: "warning" }),
    ]);
    expect(summary.issues[0]!.message).toContain("0.9");
    expect(summary.reporting).toEqual({ count: 22, of: 22 });
    expect(summary.national).toEqual(cleanSummary.national);
    expectOthersUnchanged(summary, []);
  });

  it("many bad files at once still leave every good region's figures intact", async () => {
    const summary = await consolidateSpoiled(async (dir) => {
      await writeFile(join(dir, "alue-01.xlsx"), "ei työkirja");
      await editFile(join(dir, "alue-02.xlsx"), (workbook) =>
        workbook.removeWorksheet(workbook.getWorksheet(MONTH)!.id),
      );
      await editMonth(dir, "03", (sheet) => {
        sheet.setTask(sheet.ids()[0]!, { status: "=1+1" });
        sheet.shuffle(3);
      });
      await copyFile(join(dir, "alue-04.xlsx"), join(dir, "alue-04b.xlsx"));
      await rm(join(dir, "alue-09.xlsx"));
    });
    expect(summary.reporting).toEqual({ count: 19, of: 22 });
    expect(
      summary.issues
        .filter((i) => i.severity === "error")
        .map((i) => i.code)
        .sort(),
    ).toEqual(["duplicate_region", "month_missing", "unknown_status", "unreadable_file"]);
    // Region 03 still reports (its bad status counts as not started), so the populations are the clean ones without 01, 02 and 09.
    const without = nationalWithout(["01", "02", "09"]);
    for (const [view, kind] of MEASURES) expect(summary.national[view][kind].of).toBe(without[view][kind].of);
    expectOthersUnchanged(summary, ["01", "02", "03", "09"]);
  });
});
