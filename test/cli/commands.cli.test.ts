import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { COMMANDS } from "../../cli/main";
import { REGIONAL } from "../../core/programme/builtins";
import { editFile, loadExcel, monthSheet, removeDir, sheetSnapshot, tempDir } from "./_support/regionFiles";
import { runCli } from "./_support/runCli";

jest.setTimeout(60_000);

let dir: string;
let templatePath: string;
let regionPath: string;

beforeAll(async () => {
  dir = await tempDir("tilannekuva-cli-");
  templatePath = join(dir, "pohja.xlsx");
  regionPath = join(dir, "alue-05.xlsx");
  expect((await runCli(["template", "--out", templatePath])).code).toBe(0);
  expect(
    (await runCli(["region", "--template", templatePath, "--region", "05", "--out", regionPath])).code,
  ).toBe(0);
});

afterAll(() => removeDir(dir));

describe("tilannekuva --help", () => {
  // The options of PRODUCT.md §7, per command.
  const OPTIONS: Record<string, string[]> = {
    demo: ["--out", "--month", "--lang"],
    template: ["--out", "--roadmap", "--programme", "--lang"],
    region: ["--template", "--region", "--out"],
    month: ["--workbook", "--month", "--out"],
    checklists: ["--workbook", "--out"],
    validate: ["--month"],
    consolidate: ["--month", "--out", "--json", "--report", "--csv", "--previous", "--roadmap", "--strict"],
    brief: ["--month", "--region", "--out", "--lang"],
    calendar: ["--year", "--json"],
    roadmap: ["diff", "apply", "--roadmap", "--version", "--month", "--out", "--lang"],
  };

  it("has exactly the commands of the specification", () => {
    expect(COMMANDS.map((c) => c.name).sort()).toEqual(Object.keys(OPTIONS).sort());
  });

  it.each(Object.entries(OPTIONS))("%s --help exits 0 and names its options", async (name, options) => {
    const run = await runCli([name, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`tilannekuva ${name}`);
    for (const option of options) expect(run.stdout).toContain(option);
  });

  it("lists every command on the top-level --help", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    for (const name of Object.keys(OPTIONS)) expect(run.stdout).toMatch(new RegExp(`^  ${name} `, "m"));
  });
});

describe("bad arguments exit 2", () => {
  it("rejects an unknown command and names it", async () => {
    const run = await runCli(["konsolidoi", "--month", "2022-09"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "konsolidoi"');
  });

  it("exits 2 without a command", async () => {
    expect((await runCli([])).code).toBe(2);
  });

  it.each([
    ["template without --out", ["template"]],
    ["template with an unknown programme", ["template", "--out", "x.xlsx", "--programme", "municipal"]],
    ["template with an unknown language", ["template", "--out", "x.xlsx", "--lang", "de"]],
    ["region without --template", ["region", "--region", "05", "--out", "x.xlsx"]],
    ["month without --workbook", ["month", "--month", "2022-09"]],
    ["month with an unknown option", ["month", "--workbook", "x.xlsx", "--month", "2022-09", "--force"]],
    ["checklists without --workbook", ["checklists"]],
    ["validate without files", ["validate", "--month", "2022-09"]],
    ["validate without --month", ["validate", "x.xlsx"]],
    ["validate with a bad month", ["validate", "--month", "9/2022", "x.xlsx"]],
    ["consolidate without files", ["consolidate", "--month", "2022-09", "--out", "n.xlsx"]],
    ["consolidate without --out", ["consolidate", "--month", "2022-09", "a.xlsx"]],
    ["consolidate with month 13", ["consolidate", "--month", "2022-13", "--out", "n.xlsx", "a.xlsx"]],
    [
      "consolidate with a value on --strict",
      ["consolidate", "--month", "2022-09", "--out", "n.xlsx", "--strict=yes", "a.xlsx"],
    ],
    ["calendar without --year", ["calendar"]],
    ["calendar with a two-digit year", ["calendar", "--year", "22"]],
    ["demo with a bad month", ["demo", "--out", "x", "--month", "2022-9"]],
  ])("%s", async (_, argv) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Usage: tilannekuva/);
  });

  it("checks the region's arguments before opening the template", async () => {
    const run = await runCli(["region", "--template", templatePath, "--out", join(dir, "x.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--region");
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });

  it("exits 2 for a bad month even when the workbook exists, and leaves the file alone", async () => {
    const before = await readFile(regionPath);
    const run = await runCli(["month", "--workbook", regionPath, "--month", "2022-13"]);
    expect(run.code).toBe(2);
    expect(Buffer.compare(before, await readFile(regionPath))).toBe(0);
  });

  it("exits 2 for a region code the programme does not know, and writes nothing", async () => {
    // README: 1 is an error in the data or a file that cannot be used; a wrong --region is a bad argument.
    const out = join(dir, "alue-99.xlsx");
    const run = await runCli(["region", "--template", templatePath, "--region", "99", "--out", out]);
    expect(run.stderr).toContain("99");
    expect(existsSync(out)).toBe(false);
    expect(run.code).toBe(2);
  });

  it("exits 1, not 2, for a workbook that does not exist", async () => {
    const run = await runCli(["month", "--workbook", join(dir, "ei-ole.xlsx"), "--month", "2022-09"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("ei-ole.xlsx");
  });
});

describe("tilannekuva calendar --year 2022 --json", () => {
  it("prints the twelve months with their due and publication days, exactly", async () => {
    const run = await runCli(["calendar", "--year", "2022", "--json"]);
    expect(run.code).toBe(0);
    // Worked out by hand from PRODUCT.md §4 (weekends, 1.5, 1.1 and the last working day of the month).
    expect(JSON.parse(run.stdout)).toEqual([
      { month: "2022-01", due: "2022-02-01", publishBy: "2022-02-28" },
      { month: "2022-02", due: "2022-03-01", publishBy: "2022-03-31" },
      { month: "2022-03", due: "2022-04-01", publishBy: "2022-04-29" },
      { month: "2022-04", due: "2022-05-02", publishBy: "2022-05-31" },
      { month: "2022-05", due: "2022-06-01", publishBy: "2022-06-30" },
      { month: "2022-06", due: "2022-07-01", publishBy: "2022-07-29" },
      { month: "2022-07", due: "2022-08-01", publishBy: "2022-08-31" },
      { month: "2022-08", due: "2022-09-01", publishBy: "2022-09-30" },
      { month: "2022-09", due: "2022-10-03", publishBy: "2022-10-31" },
      { month: "2022-10", due: "2022-11-01", publishBy: "2022-11-30" },
      { month: "2022-11", due: "2022-12-01", publishBy: "2022-12-30" },
      { month: "2022-12", due: "2023-01-02", publishBy: "2023-01-31" },
    ]);
    expect(run.stderr).toBe("");
  });
});

describe("files made by the commands", () => {
  it("template writes the template workbook", async () => {
    const workbook = await loadExcel(templatePath);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(
      expect.arrayContaining(["Ohjeet", "Tiekartta", "Asetukset"]),
    );
    const roadmap = workbook.getWorksheet("Tiekartta")!;
    const ids: string[] = [];
    roadmap.eachRow((row) => {
      const id = row.getCell(1).value;
      if (typeof id === "string" && /^\d+(\.\d+)+$/.test(id)) ids.push(id);
    });
    expect(ids).toEqual(REGIONAL.roadmap.map((t) => t.id));
  });

  it("region writes a workbook whose settings name the region", async () => {
    const workbook = await loadExcel(regionPath);
    const settings = workbook.getWorksheet("Asetukset")!;
    let region: unknown;
    settings.eachRow((row) => {
      if (row.getCell(5).value === "region") region = row.getCell(2).value;
    });
    expect(region).toBe("05");
  });

  it("month --out writes a new file and leaves the original as it was", async () => {
    const out = join(dir, "alue-05-syyskuu.xlsx");
    const before = await readFile(regionPath);
    const run = await runCli(["month", "--workbook", regionPath, "--month", "2022-09", "--out", out]);
    expect(run.code).toBe(0);
    expect((await loadExcel(out)).getWorksheet("2022-09")).toBeDefined();
    expect(Buffer.compare(before, await readFile(regionPath))).toBe(0);
    expect((await loadExcel(regionPath)).getWorksheet("2022-09")).toBeUndefined();
  });

  it("month without --out adds the month sheet in place", async () => {
    const path = join(dir, "alue-05-paikallaan.xlsx");
    await writeFile(path, await readFile(regionPath));
    const run = await runCli(["month", "--workbook", path, "--month", "2022-08"]);
    expect(run.code).toBe(0);
    const sheet = monthSheet(await loadExcel(path), "2022-08");
    expect(sheet.ids()).toEqual(REGIONAL.roadmap.map((t) => t.id));
    // The status sits beside the subtask and last month's status (issue 9); it was column J of row 16.
    expect(sheet.headerRow).toBe(9);
    expect(sheet.letter("status")).toBe("D");
  });

  it("creating a month that exists changes nothing", async () => {
    const path = join(dir, "alue-05-kahdesti.xlsx");
    await writeFile(path, await readFile(regionPath));
    expect((await runCli(["month", "--workbook", path, "--month", "2022-09"])).code).toBe(0);
    await editFile(path, (workbook) => {
      const sheet = monthSheet(workbook, "2022-09");
      sheet.setTask("1.1.1.1", { status: "Valmis", comment: "Tehty" });
      sheet.setTask("1.1.1.3", { status: "hmm?", owner: "Maija" });
      sheet.setRisk(0, { description: "Riski", severity: "Korkea" });
    });
    const before = sheetSnapshot((await loadExcel(path)).getWorksheet("2022-09")!);
    const run = await runCli(["month", "--workbook", path, "--month", "2022-09"]);
    expect(run.code).toBe(0);
    const after = sheetSnapshot((await loadExcel(path)).getWorksheet("2022-09")!);
    expect(after).toEqual(before);
    expect(after["D10"]).toBe(JSON.stringify("Valmis"));
  });

  it("checklists adds the 100+100 tabs", async () => {
    const out = join(dir, "alue-05-listat.xlsx");
    const run = await runCli(["checklists", "--workbook", regionPath, "--out", out]);
    expect(run.code).toBe(0);
    const names = (await loadExcel(out)).worksheets.map((ws) => ws.name);
    expect(names).toEqual(expect.arrayContaining(["Viimeiset 100", "Ensimmäiset 100"]));
  });
});

describe("tilannekuva validate", () => {
  let clean: string;
  let bad: string;
  let badCell: string;

  beforeAll(async () => {
    clean = join(dir, "validate-clean.xlsx");
    bad = join(dir, "validate-bad.xlsx");
    expect(
      (await runCli(["month", "--workbook", regionPath, "--month", "2022-09", "--out", clean])).code,
    ).toBe(0);
    await writeFile(bad, await readFile(clean));
    await editFile(bad, (workbook) => {
      const sheet = monthSheet(workbook, "2022-09");
      sheet.setTask("2.1.1.1", { status: "melkein valmis" });
      badCell = sheet.address("2.1.1.1", "status");
    });
  });

  it("exits 0 for a clean month sheet", async () => {
    const run = await runCli(["validate", "--month", "2022-09", clean]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("validate-clean.xlsx");
    expect(run.stdout).not.toContain("unknown_status");
  });

  it("exits 1 for an unknown status and lists its cell", async () => {
    expect(badCell).toMatch(/^D\d+$/);
    const run = await runCli(["validate", "--month", "2022-09", clean, bad]);
    expect(run.code).toBe(1);
    const line = run.stdout.split("\n").find((l) => l.includes("unknown_status"));
    expect(line).toBeDefined();
    expect(line).toContain(`2022-09!${badCell}`);
    expect(line).toContain("melkein valmis");
  });

  it("exits 1 for a workbook without the month sheet", async () => {
    const run = await runCli(["validate", "--month", "2022-10", clean]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("2022-10");
  });
});

describe("tilannekuva template --roadmap", () => {
  const HEADER =
    "Tunnus,Valmisteluryhmä,Tehtäväkokonaisuus,Tehtävä,Osatehtävä,Vaihe,Alkaa,Päättyy,Kriittinen";

  it("builds the template from a good CSV roadmap", async () => {
    const csv = join(dir, "tiekartta-hyva.csv");
    const out = join(dir, "pohja-hyva.xlsx");
    await writeFile(
      csv,
      `${HEADER}\n1.1.1.1,1,Alue,Tehtävä,Osa A,VATE,9/2021,12/2021,Kyllä\n1.1.1.2,1,Alue,Tehtävä,Osa B,VATE,1.3.2022,2022-06-30,Ei\n`,
    );
    const run = await runCli(["template", "--out", out, "--roadmap", csv]);
    expect(run.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it("exits 1 for a bad date, names the cell and writes nothing", async () => {
    const csv = join(dir, "tiekartta-huono.csv");
    const out = join(dir, "pohja-huono.xlsx");
    await writeFile(
      csv,
      `${HEADER}\n1.1.1.1,1,Alue,Tehtävä,Osa A,VATE,9/2021,12/2021,Kyllä\n1.1.1.2,1,Alue,Tehtävä,Osa B,VATE,syyskuu 2022,12/2022,Kyllä\n`,
    );
    const run = await runCli(["template", "--out", out, "--roadmap", csv]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("invalid_date");
    expect(run.stderr).toMatch(/!G3\b/);
    expect(run.stderr).toContain("syyskuu 2022");
    expect(existsSync(out)).toBe(false);
  });
});
