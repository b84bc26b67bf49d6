import { existsSync } from "node:fs";
import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { removeDir, tempDir, writeRegionSet } from "./_support/regionFiles";
import { runCli } from "./_support/runCli";

jest.setTimeout(120_000);

const MONTH = "2022-09";
let dir: string;
let a01: string;
let a02: string;
let template: string;
let national: string;

beforeAll(async () => {
  dir = await tempDir("tilannekuva-guard-");
  ({ "01": a01, "02": a02 } = (await writeRegionSet(dir, { months: [MONTH], codes: ["01", "02"] })) as {
    "01": string;
    "02": string;
  });
  template = join(dir, "pohja.xlsx");
  expect((await runCli(["template", "--out", template])).code).toBe(0);
  national = join(dir, "kansallinen.xlsx");
  expect((await runCli(["consolidate", "--month", MONTH, "--out", national, a01, a02])).code).toBe(0);
});

afterAll(() => removeDir(dir));

/** Runs the command and checks it was refused with exit 2, the message, and that `keep` kept its bytes. */
async function expectRefused(argv: string[], message: RegExp, keep: string[] = [a01, a02]) {
  const before = await Promise.all(keep.map((path) => readFile(path)));
  const run = await runCli(argv);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/EISDIR|ENOENT|at .*\.ts:\d+/);
  expect(run.code).toBe(2);
  const after = await Promise.all(keep.map((path) => readFile(path)));
  after.forEach((bytes, i) => expect(Buffer.compare(bytes, before[i]!)).toBe(0));
  return run;
}

describe("consolidate never writes over a region's workbook", () => {
  it("refuses --out that is one of the inputs", async () => {
    await expectRefused(["consolidate", "--month", MONTH, "--out", a02, a01, a02], /--out .*also an input/);
  });

  it("refuses --out written another way (./, ..) that is an input", async () => {
    const sameFile = join(dir, ".", "..", dir.split("/").pop()!, "alue-02.xlsx");
    await expectRefused(["consolidate", "--month", MONTH, "--out", sameFile, a01, a02], /also an input/);
  });

  it("refuses --out through a symlink that points at an input", async () => {
    const link = join(dir, "linkki.xlsx");
    await symlink(a02, link);
    await expectRefused(["consolidate", "--month", MONTH, "--out", link, a01, a02], /also an input/);
  });

  it("refuses --out that is an existing region workbook even when it is not an input", async () => {
    await expectRefused(["consolidate", "--month", MONTH, "--out", a02, a01], /region's workbook/);
  });

  it.each([
    ["--json", () => a01],
    ["--report", () => a02],
  ])("refuses %s onto an input", async (flag, target) => {
    await expectRefused(
      ["consolidate", "--month", MONTH, "--out", join(dir, "k1.xlsx"), flag, target(), a01, a02],
      new RegExp(`${flag} .*also an input`),
    );
    expect(existsSync(join(dir, "k1.xlsx"))).toBe(false);
  });

  it("refuses --report through a symlink to a region workbook that is not an input", async () => {
    const link = join(dir, "raportti-linkki.html");
    await symlink(a02, link);
    await expectRefused(
      ["consolidate", "--month", MONTH, "--out", join(dir, "k2.xlsx"), "--report", link, a01],
      /--report .*region's workbook/,
    );
  });

  it("refuses --json onto --previous and two outputs onto one file", async () => {
    await expectRefused(
      ["consolidate", "--month", MONTH, "--previous", national, "--out", join(dir, "k3.xlsx")].concat([
        "--json",
        national,
        a01,
      ]),
      /--json .*also an input/,
      [national],
    );
    const same = join(dir, "sama.json");
    await expectRefused(
      ["consolidate", "--month", MONTH, "--out", join(dir, "k4.xlsx"), "--json", same, "--report", same, a01],
      /--report and --json name the same file/,
    );
    expect(existsSync(same)).toBe(false);
  });

  it("lets --out be the --previous national workbook", async () => {
    const run = await runCli([
      "consolidate",
      "--month",
      MONTH,
      "--previous",
      national,
      "--out",
      national,
      a01,
    ]);
    expect(run.stderr).not.toContain("also an input");
    expect(run.code).toBe(0);
  });

  it("lets --out replace last run's national workbook", async () => {
    const run = await runCli(["consolidate", "--month", MONTH, "--out", national, a01, a02]);
    expect(run.code).toBe(0);
  });

  it("says so when --out is a folder, without a stack trace", async () => {
    const folder = join(dir, "kansio");
    await mkdir(folder);
    await expectRefused(
      ["consolidate", "--month", MONTH, "--out", folder, a01],
      /--out .*kansio is a folder/,
    );
  });

  it("says so when the folder of --out does not exist", async () => {
    await expectRefused(
      ["consolidate", "--month", MONTH, "--out", join(dir, "ei", "k.xlsx"), a01],
      /folder not found/,
    );
  });
});

describe("the other commands guard what they write too", () => {
  it("month --out refuses another region's workbook, and writes nothing", async () => {
    await expectRefused(
      ["month", "--workbook", a01, "--month", "2022-10", "--out", a02],
      /region's workbook/,
    );
  });

  it("month --out may name its own --workbook (in place)", async () => {
    const own = join(dir, "oma.xlsx");
    await writeFile(own, await readFile(a01));
    const run = await runCli(["month", "--workbook", own, "--month", "2022-10", "--out", own]);
    expect(run.code).toBe(0);
  });

  it("checklists --out refuses a symlink to another region's workbook", async () => {
    const link = join(dir, "listat-linkki.xlsx");
    await symlink(a02, link);
    await expectRefused(["checklists", "--workbook", a01, "--out", link], /region's workbook/);
  });

  it("region --out refuses an existing region workbook and the template itself", async () => {
    await expectRefused(
      ["region", "--template", template, "--region", "02", "--out", a02],
      /region's workbook/,
    );
    await expectRefused(
      ["region", "--template", template, "--region", "02", "--out", template],
      /also an input/,
      [template],
    );
  });

  it("template --out refuses a region workbook and a folder", async () => {
    await expectRefused(["template", "--out", a01], /region's workbook/);
    await expectRefused(["template", "--out", dir], /is a folder/);
  });
});

describe("demo never writes over a real region's workbook", () => {
  it("refuses a folder whose alueet/ holds a region workbook the demo did not write", async () => {
    const out = join(dir, "demo-oikea");
    await mkdir(join(out, "alueet"), { recursive: true });
    const real = join(out, "alueet", "alue-05.xlsx");
    await writeFile(real, await readFile(a01));
    await expectRefused(
      ["demo", "--out", out, "--months", "1"],
      /alue-05\.xlsx is a region's workbook the demo did not write/,
      [real],
    );
    expect(existsSync(join(out, "kansallinen.xlsx"))).toBe(false);
  });

  it("replaces its own files when run again into the same folder", async () => {
    const out = join(dir, "demo-kahdesti");
    expect((await runCli(["demo", "--out", out, "--months", "1"])).code).toBe(0);
    expect((await runCli(["demo", "--out", out, "--months", "1"])).code).toBe(0);
  });
});
