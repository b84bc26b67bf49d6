/**
 * The checklist's "Päiviä jäljellä" in LibreOffice, with TODAY() inside the window: nothing for a task
 * marked Kyllä (or Ja), the days for the others, negative when late; and nothing once the window is over.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { IsoDay } from "../../core/_lib/day";
import { REGIONAL } from "../../core";
import type { Programme } from "../../core/programme/ProgrammeSchema";
import { buildChecklistSheets } from "../../core/sheets/checklistSheets";
import { ExcelJsWorkbook } from "../../cli/xlsx/ExcelJsWorkbook";
import { writeWorkbookFile } from "../../cli/xlsx/files";
import { csvCells } from "./_lib/csvCells";
import { run } from "./_lib/libreoffice";

/**
 * The day `offset` days from today as LibreOffice's TODAY() has it: the local date, in the time zone the
 * tests pin (Helsinki), which soffice inherits. The UTC date made this fail from 22:00 to midnight UTC.
 */
const day = (offset: number): IsoDay => {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` as IsoDay;
};

let work = "";
let rows: string[][] = [];
let ended: string[][] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "tilannekuva-days-"));
  // A programme whose last-100 window runs around today, and one whose windows ended long ago.
  const task = (id: string, end: IsoDay) => ({
    ...REGIONAL.roadmap[0]!,
    id,
    end,
    checklist: "last100" as const,
  });
  const roadmap = [
    task("1.1.1.1", day(10)),
    task("1.1.1.2", day(20)),
    task("1.1.1.3", day(-5)),
    task("1.1.1.4", day(30)),
  ];
  const around: Programme = {
    ...REGIONAL,
    checklist: { ...REGIONAL.checklist, last100: { start: day(-50), end: day(50) } },
  };
  const existing = [
    ["Tunnus", "Valmisteluryhmä", "Tehtävä", "Määräpäivä", "Päiviä jäljellä", "Tehty"],
    ["1.1.1.1", null, null, null, null, "Kyllä"],
    ["1.1.1.4", null, null, null, null, "ja"],
  ];
  const [open] = buildChecklistSheets({
    programme: around,
    roadmap,
    lang: "fi",
    existing: { last100: existing },
  });
  const [old] = buildChecklistSheets({ programme: REGIONAL, roadmap, lang: "fi" });
  const workbook = new ExcelJsWorkbook();
  await workbook.writeSheets([open!, { ...old!, name: "Päättynyt" }]);
  const path = join(work, "lista.xlsx");
  await writeWorkbookFile(workbook, path);
  const result = await run("soffice", [
    `-env:UserInstallation=file://${join(work, "profile")}`,
    "--headless",
    "--norestore",
    "--convert-to",
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
    "--outdir",
    work,
    path,
  ]);
  if (result.code !== 0) throw new Error(result.output);
  const sheet = async (suffix: string) => {
    const file = (await readdir(work)).find((f) => f.endsWith(`-${suffix}.csv`))!;
    return (await readFile(join(work, file), "utf8")).split("\n").map(csvCells);
  };
  rows = await sheet("Viimeiset 100");
  ended = await sheet("Päättynyt");
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("Päiviä jäljellä in LibreOffice", () => {
  const daysLeft = (table: string[][], id: string) => table.find((row) => row[0] === id)?.[4];

  it("is empty for a task marked done, in either language", () => {
    expect(daysLeft(rows, "1.1.1.1")).toBe("");
    expect(daysLeft(rows, "1.1.1.4")).toBe("");
  });

  it("counts the days of an open task, negative when it is late", () => {
    expect(daysLeft(rows, "1.1.1.2")).toBe("20");
    expect(daysLeft(rows, "1.1.1.3")).toBe("-5");
  });

  it("shows Kyllä and Ei, not TRUE and FALSE", () => {
    expect(rows.find((row) => row[0] === "1.1.1.1")?.[5]).toBe("Kyllä");
    expect(rows.find((row) => row[0] === "1.1.1.2")?.[5]).toBe("Ei");
  });

  it("is empty for every task once the window is over, not a red −1434", () => {
    const ids = ["1.1.1.1", "1.1.1.2", "1.1.1.3", "1.1.1.4"];
    expect(ids.map((id) => daysLeft(ended, id))).toEqual(["", "", "", ""]);
  });
});
