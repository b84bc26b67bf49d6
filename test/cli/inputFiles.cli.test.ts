import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { SummarySchema } from "../../core/consolidation/SummarySchema";
import { removeDir, tempDir, writeRegionSet } from "./_support/regionFiles";
import { runCli } from "./_support/runCli";

jest.setTimeout(120_000);

const MONTH = "2022-09";
let dir: string;
let alueet: string;

beforeAll(async () => {
  dir = await tempDir("tilannekuva-inputs-");
  alueet = join(dir, "alueet");
  await mkdir(alueet);
  await writeRegionSet(alueet, { months: [MONTH], codes: ["01", "02", "05"] });
  // What a folder of region files holds in real life: Excel's lock file of an open workbook.
  await writeFile(join(alueet, "~$alue-05.xlsx"), "lock");
  await writeFile(join(alueet, "lueminut.txt"), "not a workbook");
});

afterAll(() => removeDir(dir));

async function consolidateTo(name: string, inputs: string[]) {
  const out = join(dir, `${name}.xlsx`);
  const json = join(dir, `${name}.json`);
  const run = await runCli(["consolidate", "--month", MONTH, "--out", out, "--json", json, ...inputs]);
  const summary = existsSync(json)
    ? SummarySchema.parse(JSON.parse(await readFile(json, "utf8")))
    : undefined;
  return { run, out, summary };
}

describe("consolidate takes a folder", () => {
  it("reads the .xlsx files in it and skips Excel's ~$ lock files", async () => {
    const { run, summary } = await consolidateTo("kansio", [alueet]);
    expect(run.code).toBe(0);
    expect(summary?.reporting.count).toBe(3);
    expect(run.stderr).not.toContain("~$");
    expect(summary?.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("skips its own output file when it writes into the folder it reads", async () => {
    const inside = await tempDir("tilannekuva-inside-");
    try {
      await writeRegionSet(inside, { months: [MONTH], codes: ["01"] });
      const out = join(inside, "kansallinen.xlsx");
      const first = await runCli(["consolidate", "--month", MONTH, "--out", out, inside]);
      expect(first.code).toBe(0);
      // Second run: the folder now holds last run's output too, which must not count as a region file.
      const json = join(inside, "t.json");
      const second = await runCli(["consolidate", "--month", MONTH, "--out", out, "--json", json, inside]);
      expect(second.code).toBe(0);
      expect(second.stderr).not.toContain("kansallinen.xlsx");
      const summary = SummarySchema.parse(JSON.parse(await readFile(json, "utf8")));
      expect(summary.issues.filter((i) => i.severity === "error")).toEqual([]);
    } finally {
      await removeDir(inside);
    }
  });
});

describe("consolidate takes a pattern the shell did not expand", () => {
  it("matches alueet/*.xlsx itself, as on Windows", async () => {
    const { run, summary } = await consolidateTo("glob", [join(alueet, "*.xlsx")]);
    expect(run.code).toBe(0);
    expect(summary?.reporting.count).toBe(3);
  });

  it("matches ? and is case-insensitive", async () => {
    const { run, summary } = await consolidateTo("glob2", [join(alueet, "ALUE-0?.XLSX")]);
    expect(run.code).toBe(0);
    expect(summary?.reporting.count).toBe(3);
  });
});

describe("nothing to read is a usage error, never an empty picture", () => {
  it.each([
    ["a pattern that matches nothing", () => join(alueet, "*.xlsm"), "*.xlsm"],
    ["a path that does not exist", () => join(dir, "ei-ole.xlsx"), "ei-ole.xlsx"],
    ["a folder that does not exist", () => join(dir, "ei-kansiota"), "ei-kansiota"],
    ["a pattern in a folder that does not exist", () => join(dir, "puuttuu", "*.xlsx"), "puuttuu"],
  ])("%s exits 2, names it and writes nothing", async (_, input, named) => {
    const { run, out } = await consolidateTo(`tyhja-${named.replace(/\W/g, "")}`, [input()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(named);
    expect(run.stderr).not.toContain("0/22");
    expect(existsSync(out)).toBe(false);
  });

  it("an empty folder exits 2 and names it", async () => {
    const empty = join(dir, "tyhja-kansio");
    await mkdir(empty);
    await copyFile(join(alueet, "lueminut.txt"), join(empty, "lueminut.txt"));
    const { run, out } = await consolidateTo("tyhjakansio", [empty]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("tyhja-kansio");
    expect(existsSync(out)).toBe(false);
  });

  it("a missing file among good ones still stops the run before anything is written", async () => {
    const { run, out } = await consolidateTo("osin", [
      join(alueet, "alue-01.xlsx"),
      join(dir, "alue-99.xlsx"),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("alue-99.xlsx");
    expect(existsSync(out)).toBe(false);
  });
});

describe("validate takes a folder and patterns too", () => {
  it("checks every workbook of a folder", async () => {
    const run = await runCli(["validate", "--month", MONTH, alueet]);
    expect(run.code).toBe(0);
    for (const code of ["01", "02", "05"]) expect(run.stdout).toContain(`alue-${code}.xlsx:`);
    expect(run.stdout).not.toContain("~$");
  });

  it("exits 2 naming a path that does not exist", async () => {
    const run = await runCli(["validate", "--month", MONTH, join(dir, "ei-ole.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("ei-ole.xlsx");
  });
});
