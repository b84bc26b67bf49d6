import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExcelJsWorkbook } from "./ExcelJsWorkbook";
import { readWorkbookFile, writeWorkbookFile } from "./files";

describe("readWorkbookFile and writeWorkbookFile", () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), "tilannekuva-"))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("saves a workbook and opens it again, leaving no temporary file", async () => {
    const workbook = new ExcelJsWorkbook();
    await workbook.writeSheets([{ name: "2022-09", cells: [["Valmis", 3]] }]);
    const path = join(dir, "alue.xlsx");

    await writeWorkbookFile(workbook, path);
    const reopened = await readWorkbookFile(path);

    expect((await reopened.readSheets(["2022-09"])).get("2022-09")).toEqual([["Valmis", 3]]);
    expect(await readdir(dir)).toEqual(["alue.xlsx"]);
  });

  it("overwrites an existing file in place", async () => {
    const path = join(dir, "alue.xlsx");
    await writeFile(path, "old");
    await writeWorkbookFile(new ExcelJsWorkbook(), path);

    expect(await (await readWorkbookFile(path)).sheetNames()).toEqual([]);
  });

  it("rejects a file that is not an .xlsx workbook", async () => {
    const path = join(dir, "notes.txt");
    await writeFile(path, "not a workbook");
    await expect(readWorkbookFile(path)).rejects.toThrow();
  });
});
