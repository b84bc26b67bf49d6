import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import type { SheetSpec } from "../../../core/sheets/SheetSpec";
import { ALL_FEATURES, MONTH_RUN, nationalSpecs, previousFile } from "../../../test/support/workbookCases";
import { charts, load, rowBreaks, sheetModel } from "../../../test/support/xlsxModel";
import { LISTS_SHEET } from "../_lib/applyValidations";
import { ExcelJsWorkbook } from "../ExcelJsWorkbook";
import { openNationalWorkbook } from "../../io";
import { KeptWorkbook } from "./KeptWorkbook";
import { PatchedWorkbook } from "./PatchedWorkbook";
import { sheetParts } from "../_lib/addCharts";
import { partsPackage, rawZipParts, unzipParts } from "./unzipParts";
import { contentBytes, zipParts } from "./zipParts";

const DATE = new Date(Date.UTC(2022, 10, 3, 12));

async function patched(bytes: Uint8Array): Promise<PatchedWorkbook> {
  const workbook = await PatchedWorkbook.open(bytes);
  if (!workbook) throw new Error("not patchable");
  return workbook;
}

async function bothWays() {
  const previous = await previousFile();
  const exceljs = await ExcelJsWorkbook.fromBuffer(previous);
  await exceljs.writeSheets(MONTH_RUN);
  const patch = await patched(previous);
  await patch.writeSheets(MONTH_RUN);
  const [exceljsBytes, patchedBytes] = [await exceljs.toBuffer(), await patch.toXlsx(DATE)];
  return {
    previous,
    exceljsBytes,
    patchedBytes,
    exceljs: await load(exceljsBytes),
    patched: await load(patchedBytes),
  };
}

describe("PatchedWorkbook", () => {
  let books: Awaited<ReturnType<typeof bothWays>>;
  beforeAll(async () => {
    books = await bothWays();
  }, 120_000);

  it("keeps the sheets of the file and adds the new ones, in ExcelJS's order and visibility", () => {
    const names = (excel: ExcelJS.Workbook) => excel.worksheets.map((ws) => [ws.name, ws.state]);
    expect(names(books.patched)).toEqual(names(books.exceljs));
    expect(names(books.patched)).toContainEqual(["Omat muistiinpanot", "visible"]);
  });

  it("gives every sheet, kept or written, what ExcelJS alone gives it", () => {
    for (const ws of books.exceljs.worksheets)
      expect(sheetModel(books.patched.getWorksheet(ws.name)!)).toEqual(sheetModel(ws));
  });

  it("has the same print names, recalculation, charts and page breaks", async () => {
    const names = (excel: ExcelJS.Workbook) =>
      (excel.definedNames as unknown as { model: { name: string }[] }).model;
    const sorted = (excel: ExcelJS.Workbook) =>
      [...names(excel)].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(sorted(books.patched)).toEqual(sorted(books.exceljs));
    expect(books.patched.calcProperties.fullCalcOnLoad).toBe(books.exceljs.calcProperties.fullCalcOnLoad);
    expect(await charts(books.patchedBytes)).toEqual(await charts(books.exceljsBytes));
    expect(await rowBreaks(books.patchedBytes)).toEqual(await rowBreaks(books.exceljsBytes));
  });

  it("reads back what it was given, before the file is saved", async () => {
    const patch = await patched(books.previous);
    await patch.writeSheets(MONTH_RUN);
    const exceljs = await ExcelJsWorkbook.fromBuffer(books.previous);
    await exceljs.writeSheets(MONTH_RUN);
    // The hidden sheet of long drop-down lists is made when the file is saved, as in SpecWorkbook.
    const names = (await exceljs.sheetNames()).filter((name) => name !== LISTS_SHEET);
    expect(await patch.sheetNames()).toEqual(names);
    expect(await patch.readSheets(names)).toEqual(await exceljs.readSheets(names));
  });

  it("copies the parts it does not rewrite byte for byte, still compressed", () => {
    const before = new Map(rawZipParts(books.previous).map((p) => [p.path, p.raw]));
    const after = new Map(rawZipParts(books.patchedBytes).map((p) => [p.path, p.raw]));
    for (const path of ["xl/sharedStrings.xml", "xl/theme/theme1.xml", "docProps/core.xml"]) {
      expect(after.get(path)?.crc).toBe(before.get(path)!.crc);
      expect(Buffer.from(after.get(path)!.data).equals(Buffer.from(before.get(path)!.data))).toBe(true);
    }
  });

  it("stays the same size month after month: strings, styles and parts do not pile up", async () => {
    const month = async (bytes: Uint8Array) => {
      const patch = await patched(bytes);
      await patch.writeSheets(nationalSpecs(300));
      return patch.toXlsx(DATE);
    };
    const first = await month(books.previous);
    const second = await month(first);
    const third = await month(second);
    const parts = (bytes: Uint8Array) => rawZipParts(bytes).map((p) => [p.path, p.raw.size]);
    expect(parts(third)).toEqual(parts(second));
    expect(third.equals(second)).toBe(true);
    const strings = (bytes: Uint8Array) =>
      rawZipParts(bytes).find((p) => p.path === "xl/sharedStrings.xml")!.raw.crc;
    expect(strings(third)).toBe(strings(books.previous));
    // The charts of the month before are gone with its Kaaviot: one set, not three.
    expect(rawZipParts(third).filter((p) => p.path.startsWith("xl/charts/")).length).toBe(
      nationalSpecs(300).reduce((n, spec) => n + (spec.charts?.length ?? 0), 0),
    );
  });

  it("takes no file whose styles part is not as the writers make it: the command line opens it with ExcelJS", async () => {
    const parts = unzipParts(books.previous);
    const pkg = partsPackage(parts);
    // Lists without their counts, which Excel does not need and the patch adds to.
    pkg.put("xl/styles.xml", (await pkg.text("xl/styles.xml"))!.replace(/<fonts count="\d+"/, "<fonts"));
    const bytes = zipParts(parts, DATE);
    expect(await PatchedWorkbook.open(bytes)).toBeNull();
    const dir = await mkdtemp(join(tmpdir(), "tilannekuva-patched-"));
    try {
      const path = join(dir, "edellinen.xlsx");
      await writeFile(path, bytes);
      expect(await openNationalWorkbook(path)).toBeInstanceOf(KeptWorkbook);
      await writeFile(path, books.previous);
      expect(await openNationalWorkbook(path)).toBeInstanceOf(PatchedWorkbook);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  describe("on a file a person has worked in", () => {
    /**
     * Last month's file as Excel may leave it: a calculation chain, a picture on the user's own sheet,
     * a comment on Yhteenveto (which is written over), names of the user's, and the lists sheet last.
     */
    async function workedIn(): Promise<{ bytes: Uint8Array; plain: Uint8Array }> {
      const exceljs = new ExcelJsWorkbook();
      await exceljs.writeSheets([
        ...nationalSpecs(22),
        ALL_FEATURES,
        { name: "Omat muistiinpanot", cells: [["Kokous", 1]] },
      ]);
      const plain = await exceljs.toBuffer();
      const parts = unzipParts(plain);
      const pkg = partsPackage(parts);
      const located = await sheetParts(pkg);
      const own = located.get("Omat muistiinpanot")!;
      const summary = located.get("Yhteenveto")!;
      const rels = (part: string, items: string) =>
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
      const relsPath = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");
      pkg.put(
        relsPath(own),
        rels(own, `<Relationship Id="rId1" Type="${REL}/image" Target="../media/kuva.png"/>`),
      );
      parts.push({ path: "xl/media/kuva.png", data: PICTURE });
      pkg.put(
        relsPath(summary),
        rels(summary, `<Relationship Id="rId1" Type="${REL}/comments" Target="../comments9.xml"/>`),
      );
      pkg.put("xl/comments9.xml", "<comments/>");
      pkg.put("xl/calcChain.xml", '<calcChain><c r="A1" i="1"/></calcChain>');
      const types = (await pkg.text("[Content_Types].xml"))!;
      pkg.put(
        "[Content_Types].xml",
        types.replace(
          "</Types>",
          '<Default Extension="png" ContentType="image/png"/>' +
            `<Override PartName="/xl/comments9.xml" ContentType="${OFFICE}.spreadsheetml.comments+xml"/>` +
            `<Override PartName="/xl/calcChain.xml" ContentType="${OFFICE}.spreadsheetml.calcChain+xml"/></Types>`,
        ),
      );
      const workbookRels = (await pkg.text("xl/_rels/workbook.xml.rels"))!;
      pkg.put(
        "xl/_rels/workbook.xml.rels",
        workbookRels.replace(
          "</Relationships>",
          `<Relationship Id="rId99" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
        ),
      );
      const names = await exceljs.sheetNames();
      const workbook = (await pkg.text("xl/workbook.xml"))!;
      const userNames =
        "<definedName name=\"Kokous\">'Omat muistiinpanot'!$B$1</definedName>" +
        `<definedName name="Listat_A" localSheetId="${names.indexOf(LISTS_SHEET)}">_lists!$A$1:$A$60</definedName>`;
      pkg.put(
        "xl/workbook.xml",
        workbook.includes("</definedNames>")
          ? workbook.replace("</definedNames>", `${userNames}</definedNames>`)
          : workbook.replace("<calcPr", `<definedNames>${userNames}</definedNames><calcPr`),
      );
      return { bytes: zipParts(parts, DATE), plain };
    }
    const NEW_LIST = Array.from({ length: 40 }, (_, i) => `Uusi pitkä vaihtoehto ${i + 1}`);
    const run: SheetSpec[] = [
      ...nationalSpecs(22).slice(0, 3),
      ALL_FEATURES,
      {
        name: "Uusi",
        cells: [["x"]],
        validations: [{ range: "A1", values: NEW_LIST, strict: true }],
        active: true,
      },
    ];
    /** The file before it was worked in: what ExcelJS, which cannot read the comment made up here, reads. */
    let plain: Uint8Array;
    let after: Buffer;
    beforeAll(async () => {
      const before = await workedIn();
      plain = before.plain;
      const patch = await patched(before.bytes);
      await patch.writeSheets(run);
      after = await patch.toXlsx(DATE);
    });
    const paths = (bytes: Uint8Array) => rawZipParts(bytes).map((p) => p.path);
    const text = (bytes: Uint8Array, path: string) => {
      const part = unzipParts(bytes).find((p) => p.path === path);
      return part ? contentBytes(part.data).toString("utf8") : undefined;
    };

    it("keeps what a kept sheet refers to, and drops what only a rewritten sheet did, and the calculation chain", () => {
      expect(paths(after)).toContain("xl/media/kuva.png");
      expect(paths(after)).not.toContain("xl/comments9.xml");
      expect(paths(after)).not.toContain("xl/calcChain.xml");
      const types = text(after, "[Content_Types].xml")!;
      expect(types).not.toMatch(/comments9|calcChain/);
      expect(types).toContain('Extension="png"');
      expect(text(after, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
      // Every part the content types name is in the file, once.
      const overrides = [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(overrides).size).toBe(overrides.length);
      for (const part of overrides) expect(paths(after)).toContain(part);
    });

    it("moves a user's names with their sheets, and keeps the lists a kept sheet's drop-downs use", async () => {
      const excel = await load(after);
      const names = excel.worksheets.map((ws) => ws.name);
      expect(names.at(-1)).toBe(LISTS_SHEET);
      const workbook = text(after, "xl/workbook.xml")!;
      expect(workbook).toContain('<definedName name="Kokous">');
      expect(workbook).toContain(`<definedName name="Listat_A" localSheetId="${names.length - 1}">`);
      // The lists the file had stay in their columns (a kept sheet's drop-downs refer to them); a new one goes after.
      const old = (await load(plain)).getWorksheet(LISTS_SHEET)!;
      const lists = excel.getWorksheet(LISTS_SHEET)!;
      const column = (ws: ExcelJS.Worksheet, c: number) =>
        Array.from({ length: 60 }, (_, r) => ws.getCell(r + 1, c).value ?? null);
      expect(old.columnCount).toBe(2);
      for (const c of [1, 2]) expect(column(lists, c)).toEqual(column(old, c));
      expect(column(lists, 3).slice(0, 40)).toEqual(NEW_LIST);
      const features = excel.getWorksheet(ALL_FEATURES.name) as unknown as {
        dataValidations: { model: Record<string, { formulae: string[] }> };
      };
      expect(features.dataValidations.model["D4"]!.formulae[0]).toContain("$B$1:$B$60");
      const added = excel.getWorksheet("Uusi") as unknown as {
        dataValidations: { model: Record<string, { formulae: string[] }> };
      };
      expect(added.dataValidations.model["A1"]!.formulae[0]).toContain("$C$1:$C$40");
    });

    it("opens on the active sheet, with no other tab selected", async () => {
      // ExcelJS does not give a loaded sheet's tabSelected back: read from the parts.
      const pkg = partsPackage(unzipParts(after));
      const located = await sheetParts(pkg);
      const selected: string[] = [];
      for (const [name, part] of located)
        if ((await pkg.text(part))!.includes('tabSelected="1"')) selected.push(name);
      expect(selected).toEqual(["Uusi"]);
      const view = /<workbookView\b[^>]*>/.exec((await pkg.text("xl/workbook.xml"))!)![0];
      expect(view.match(/activeTab=/g)).toHaveLength(1);
      expect(view).toContain(`activeTab="${[...located.keys()].indexOf("Uusi")}"`);
    });
  });
});

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const OFFICE = "application/vnd.openxmlformats-officedocument";
/** The bytes of a picture: copied, never read. */
const PICTURE = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
