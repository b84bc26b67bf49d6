import { crc32, inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { readZipEntries } from "../stream/readZipEntries";
import { ExcelJsWorkbook } from "../ExcelJsWorkbook";
import { unzipParts } from "./unzipParts";
import { DeflatingWriter, zipParts } from "./zipParts";

/** A copy of a zip with every entry deflated by Node's zlib: what the command line does to ExcelJS's stored parts. */
const deflateZip = (input: Uint8Array): Buffer => zipParts(unzipParts(input), new Date());

async function sample(): Promise<ExcelJsWorkbook> {
  const excel = new ExcelJS.Workbook();
  const sheet = excel.addWorksheet("2022-09");
  for (let r = 1; r <= 200; r++) sheet.addRow([`Tehtävä ${r}`, r, new Date(Date.UTC(2022, 8, (r % 28) + 1))]);
  excel.addWorksheet("Asetukset").getCell("A1").value = "Alue";
  return new ExcelJsWorkbook(excel);
}

/** Each entry's content, inflated when deflated. */
function contents(bytes: Uint8Array): Map<string, string> {
  const zip = Buffer.from(bytes);
  const out = new Map<string, string>();
  for (const entry of readZipEntries(zip).values()) {
    const at = entry.localOffset;
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    out.set(entry.name, (entry.method === 8 ? inflateRawSync(data) : data).toString("utf8"));
  }
  return out;
}

describe("unzipParts then zipParts", () => {
  it("deflates every stored part and keeps names, order and content", async () => {
    const stored = await (await sample()).toBuffer({ compression: "STORE" });
    const deflated = deflateZip(stored);
    const entries = [...readZipEntries(deflated).values()];
    expect(entries.map((e) => e.name)).toEqual([...readZipEntries(Buffer.from(stored)).keys()]);
    expect(entries.filter((e) => e.size > 0).every((e) => e.method === 8)).toBe(true);
    expect(deflated.length).toBeLessThan(stored.length / 2);
    expect(contents(deflated)).toEqual(contents(stored));
  });

  it("writes a workbook ExcelJS reads as it reads the one it compressed itself", async () => {
    const workbook = await sample();
    const ours = await ExcelJsWorkbook.fromBuffer(
      deflateZip(await workbook.toBuffer({ compression: "STORE" })),
    );
    const theirs = await ExcelJsWorkbook.fromBuffer(await workbook.toBuffer());
    const names = await theirs.sheetNames();
    expect(await ours.sheetNames()).toEqual(names);
    expect(await ours.readSheets(names)).toEqual(await theirs.readSheets(names));
  });

  it("rejects bytes that are not a zip", () => {
    expect(() => deflateZip(Buffer.from("not a zip at all, not even close to one"))).toThrow(/not a zip/);
  });
});

describe("DeflatingWriter", () => {
  it("deflates text written a piece at a time into one stream that inflates back, with its CRC and size", () => {
    const writer = new DeflatingWriter();
    const pieces = [
      "<sheetData>",
      ...Array.from(
        { length: 40_000 },
        (_, i) => `<row r="${i + 1}"><c t="inlineStr"><is><t>Myöhässä € 𝄞 ${i}</t></is></c></row>`,
      ),
      "x".repeat(300_000),
      "ä".repeat(100_000),
      "</sheetData>",
    ];
    for (const piece of pieces) writer.write(piece);
    const packed = writer.finish();
    const text = Buffer.from(pieces.join(""), "utf8");
    expect(packed.size).toBe(text.length);
    expect(packed.crc).toBe(crc32(text));
    expect(inflateRawSync(packed.data).equals(text)).toBe(true);
    expect(packed.data.length).toBeLessThan(text.length / 5);
    const zip = zipParts([{ path: "a.xml", data: packed }], new Date());
    expect(contents(zip).get("a.xml")).toBe(pieces.join(""));
  });
});
