import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";
import { ACTION_LABELS } from "../../core/actions/actionLabels";
import { COMMANDS } from "../../cli/main";
import { loadExcel, removeDir, tempDir } from "./_support/regionFiles";
import { runCli } from "./_support/runCli";

jest.setTimeout(120_000);

const ROOT = join(__dirname, "..", "..");
let dir: string;
let template: string;

beforeAll(async () => {
  dir = await tempDir("tilannekuva-messages-");
  template = join(dir, "pohja.xlsx");
  expect((await runCli(["template", "--out", template])).code).toBe(0);
});

afterAll(() => removeDir(dir));

describe("a file that is not an .xlsx workbook", () => {
  async function ods(): Promise<Uint8Array> {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
    zip.file("content.xml", "<office:document-content/>");
    return zip.generateAsync({ type: "uint8array" });
  }

  it.each([
    ["alue-05.pdf", () => Buffer.from("%PDF-1.7\n1 0 obj\n"), /PDF-tiedosto, ei Excel-työkirja \(\.xlsx\)/],
    [
      "alue-05.csv",
      () => Buffer.from("Tunnus;Tila\n1.1.1.1;Valmis\n"),
      /CSV.*Tallenna nimellä → Excel-työkirja/,
    ],
    [
      "alue-05.xls",
      () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      /vanhassa Excel-muodossa \(\.xls\).*Tallenna nimellä → Excel-työkirja \(\*\.xlsx\)/,
    ],
    ["alue-05.ods", ods, /OpenDocument.*\(\.ods\).*Tallenna nimellä → Excel 2007-365 \(\.xlsx\)/],
    // Named .xlsx but really a CSV export: the bytes tell.
    ["alue-05.xlsx", () => Buffer.from("Tunnus,Tila\n"), /ei ole Excel-työkirja \(\.xlsx\)/],
  ])(
    "%s says what it is and how to save it as .xlsx, without JSZip's words",
    async (name, bytes, message) => {
      const path = join(dir, name);
      await writeFile(path, await bytes());
      const run = await runCli(["validate", "--month", "2022-09", path]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(message);
      expect(run.stdout).not.toMatch(/central directory|jszip|zip file/i);
    },
  );

  it("speaks the --lang language", async () => {
    const path = join(dir, "region.pdf");
    await writeFile(path, "%PDF-1.4");
    const run = await runCli(["month", "--workbook", path, "--month", "2022-09", "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("is a PDF file, not an Excel workbook (.xlsx)");
  });
});

describe("tilannekuva --version", () => {
  it("prints the package's version and exits 0", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-V"]) {
      const run = await runCli([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`tilannekuva ${version}\n`);
    }
  });
});

describe("tilannekuva region --region 5", () => {
  it("means region 05", async () => {
    const out = join(dir, "alue-5.xlsx");
    const run = await runCli(["region", "--template", template, "--region", "5", "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const settings = (await loadExcel(out)).getWorksheet("Asetukset")!;
    let region: unknown;
    settings.eachRow((row) => {
      if (row.getCell(5).value === "region") region = row.getCell(2).value;
    });
    expect(region).toBe("05");
  });
});

describe("month sheets stay in month order", () => {
  it("puts 2022-08 before 2022-09 and 2022-10 when it is made last", async () => {
    const path = join(dir, "alue-05-kuut.xlsx");
    expect((await runCli(["region", "--template", template, "--region", "05", "--out", path])).code).toBe(0);
    for (const month of ["2022-09", "2022-10", "2022-08"])
      expect((await runCli(["month", "--workbook", path, "--month", month])).code).toBe(0);
    const names = (await loadExcel(path)).worksheets.map((ws) => ws.name);
    const months = names.filter((name) => /^\d{4}-\d{2}$/.test(name));
    expect(months).toEqual(["2022-08", "2022-09", "2022-10"]);
    // The months sit together where the first month sheet went, each followed by its self-assessment
    // sheet, before the hidden lists sheet.
    const from = names.indexOf("2022-08");
    expect(names.slice(from, from + 7)).toEqual([
      "2022-08",
      "2022-08 arvio",
      "2022-09",
      "2022-09 arvio",
      "2022-10",
      "2022-10 arvio",
      "_lists",
    ]);
  });
});

describe("--lang en speaks English on every line", () => {
  it("demo progress lines are in English", async () => {
    const run = await runCli(["demo", "--out", join(dir, "demo-en"), "--months", "1", "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^Region 1\/22 … /m);
    expect(run.stderr).toMatch(/^National picture 2022-09 …/m);
    expect(run.stderr).not.toMatch(/Alue |Kansallinen/);
    expect(run.stdout).not.toMatch(/virhe|varoitus|raportoi/);
  });

  it("consolidate progress and result lines are in English, with plurals", async () => {
    const region = join(dir, "alue-05-en.xlsx");
    expect((await runCli(["region", "--template", template, "--region", "05", "--out", region])).code).toBe(
      0,
    );
    expect((await runCli(["month", "--workbook", region, "--month", "2022-09"])).code).toBe(0);
    const run = await runCli([
      "consolidate",
      "--month",
      "2022-09",
      "--out",
      join(dir, "n-en.xlsx"),
      "--lang",
      "en",
      region,
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^Region 1\/1 … /m);
    expect(run.stdout).toMatch(/1\/22 regions reported, 0 errors, \d+ warnings?\./);
  });
});

describe("help and README say what the project has", () => {
  it("no command's help cites PRODUCT.md, which is not in the project", () => {
    for (const command of COMMANDS) expect(command.usage).not.toMatch(/PRODUCT\.md|§/);
  });

  it("the README names the pane button as the manifest and the ribbon do", async () => {
    const readme = await readFile(join(ROOT, "README.md"), "utf8");
    expect(readme).toContain(`"${ACTION_LABELS.showPane.fi}" opens the pane`);
    expect(readme).not.toContain("Näytä paneeli");
  });
});
