/** `tilannekuva roadmap diff|apply` and `consolidate --roadmap` on real .xlsx files (issue #11). */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { REGIONAL } from "../../core/programme/builtins";
import { diffRoadmaps, isEmptyDiff } from "../../core/roadmap/diffRoadmaps";
import { parseRoadmap } from "../../core/roadmap/parseRoadmap";
import { readSettings } from "../../core/sheets/settingsSheet";
import {
  loadExcel,
  monthSheet,
  openHostWorkbook,
  plausibleFill,
  removeDir,
  sheetSnapshot,
  tempDir,
  writeRegionFile,
} from "../cli/_support/regionFiles";
import { runCli } from "../cli/_support/runCli";
import { CHANGED, REVISED } from "./_support/revision";
import { roadmapCsv } from "./_support/roadmapCsv";

jest.setTimeout(120_000);

let dir: string;
let oldTemplate: string;
let revisedCsv: string;

beforeAll(async () => {
  dir = await tempDir("tilannekuva-roadmap-");
  oldTemplate = join(dir, "pohja-1.0.xlsx");
  expect((await runCli(["template", "--out", oldTemplate])).code).toBe(0);
  revisedCsv = join(dir, "tiekartta-1.1.csv");
  await writeFile(revisedCsv, roadmapCsv(REVISED));
});

afterAll(() => removeDir(dir));

describe("tilannekuva roadmap diff", () => {
  it.each([
    [
      "fi",
      "Uudet tehtävät (2)",
      "Poistuneet tehtävät (2)",
      "Aikataulu muuttui (1)",
      "Kriittisyys muuttui (2)",
    ],
    [
      "sv",
      "Nya uppgifter (2)",
      "Slopade uppgifter (2)",
      "Tidtabellen ändrades (1)",
      "Kritiskheten ändrades (2)",
    ],
    ["en", "Tasks added (2)", "Tasks retired (2)", "Dates moved (1)", "Critical flag changed (2)"],
  ])("lists every kind of change in %s", async (lang, ...headings) => {
    const run = await runCli(["roadmap", "diff", oldTemplate, revisedCsv, "--lang", lang]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toContain("1.0 → tiekartta-1.1.csv");
    for (const heading of headings) expect(run.stdout).toContain(heading);
    for (const id of [...CHANGED.added, ...CHANGED.retired, CHANGED.renamed, CHANGED.moved, CHANGED.dates])
      expect(run.stdout).toContain(`  ${id}  `);
  });

  it("says there are no changes between a roadmap and itself", async () => {
    const run = await runCli(["roadmap", "diff", oldTemplate, oldTemplate, "--lang", "en"]);
    expect(run.stdout).toContain("No changes.");
  });

  it("fails naming the cell when a roadmap does not read, and exits 2 on bad arguments", async () => {
    const bad = join(dir, "bad.csv");
    await writeFile(bad, "Tunnus,Valmisteluryhmä,Alkaa\n1.1.1.1,1,syksyllä\n");
    const run = await runCli(["roadmap", "diff", oldTemplate, bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("bad.csv!C2");
    expect((await runCli(["roadmap", "diff", oldTemplate])).code).toBe(2);
    expect((await runCli(["roadmap", "merge", oldTemplate, bad])).code).toBe(2);
  });
});

describe("tilannekuva roadmap apply", () => {
  it("updates a region file: new roadmap and version, month sheet revised, earlier month unchanged", async () => {
    const path = await writeRegionFile(dir, "05", { months: ["2022-08", "2022-09"], fill: plausibleFill });
    const before = await loadExcel(path);
    const august = sheetSnapshot(before.getWorksheet("2022-08")!);
    const september = monthSheet(before, "2022-09");
    const kept = september
      .ids()
      .map((id) => ({ id, status: september.get(id, "status"), comment: september.get(id, "comment") }));
    expect((await runCli(["roadmap", "apply", "--roadmap", revisedCsv, path])).code).toBe(2);
    const run = await runCli(["roadmap", "apply", "--roadmap", revisedCsv, "--version", "1.1", path]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("versioon 1.1");
    const after = await loadExcel(path);
    expect(sheetSnapshot(after.getWorksheet("2022-08")!)).toEqual(august);
    const revised = monthSheet(after, "2022-09");
    for (const { id, status, comment } of kept) {
      expect({ id, status: revised.get(id, "status"), comment: revised.get(id, "comment") }).toEqual({
        id,
        status,
        comment,
      });
    }
    for (const id of CHANGED.added) expect(revised.get(id, "status")).toBeNull();
    const host = await openHostWorkbook(path);
    const grids = await host.readSheets(["Tiekartta", "Asetukset"]);
    expect(readSettings(grids.get("Asetukset")!).templateVersion).toBe("1.1");
    const roadmap = parseRoadmap(grids.get("Tiekartta")!, { groups: REGIONAL.groups }).value;
    expect(isEmptyDiff(diffRoadmaps(roadmap, REVISED))).toBe(true);
  });
});

describe("tilannekuva consolidate --roadmap", () => {
  it("measures against the given roadmap and names a region still on the old one", async () => {
    const current = await writeRegionFile(dir, "06", { months: ["2022-09"], fill: plausibleFill });
    const old = await writeRegionFile(dir, "08", { months: ["2022-09"], fill: plausibleFill });
    expect(
      (await runCli(["roadmap", "apply", "--roadmap", revisedCsv, "--version", "1.1", current])).code,
    ).toBe(0);
    const json = join(dir, "n.json");
    const out = join(dir, "n.xlsx");
    const args = ["consolidate", "--month", "2022-09", "--out", out, "--json", json, "--roadmap", revisedCsv];
    const run = await runCli([...args, old, current]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(await readFile(json, "utf8")) as {
      issues: { code: string; region: string | null; taskId: string | null }[];
    };
    const differs = summary.issues.filter((i) => i.code === "roadmap_differs").map((i) => i.region);
    expect(differs).toEqual(["08"]);
    const missing = summary.issues
      .filter((i) => i.code === "missing_task")
      .map((i) => `${i.region} ${i.taskId}`);
    expect(missing.sort()).toEqual(CHANGED.added.map((id) => `08 ${id}`).sort());
  });
});
