import type { ZipSource } from "./readZipEntries";
import { bytesSource, readEntryData, readZipDirectory } from "./readZipEntries";

/** A zip of one stored entry whose local header carries `extra` bytes of extra field (as some tools write). */
function storedZip(name: string, data: Uint8Array, extra: number): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  const local = new Uint8Array(30 + nameBytes.length + extra + data.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(26, nameBytes.length, true);
  lv.setUint16(28, extra, true);
  local.set(nameBytes, 30);
  local.set(data, 30 + nameBytes.length + extra);
  const central = new Uint8Array(46 + nameBytes.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint32(20, data.length, true);
  cv.setUint32(24, data.length, true);
  cv.setUint16(28, nameBytes.length, true);
  central.set(nameBytes, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length, true);
  const zip = new Uint8Array(local.length + central.length + end.length);
  zip.set(local);
  zip.set(central, local.length);
  zip.set(end, local.length + central.length);
  return zip;
}

/** A source that counts its reads. */
function counted(zip: Uint8Array): ZipSource & { reads: number } {
  const source = bytesSource(zip);
  const result = {
    size: source.size,
    reads: 0,
    read(offset: number, length: number) {
      result.reads++;
      return source.read(offset, length);
    },
  };
  return result;
}

describe("readEntryData", () => {
  const data = new TextEncoder().encode("<worksheet>Tehtävä</worksheet>");

  it.each([0, 40, 511, 512, 513, 4000])(
    "finds an entry's data after a local extra field of %p bytes",
    (extra) => {
      const source = counted(storedZip("xl/worksheets/sheet1.xml", data, extra));
      const entry = readZipDirectory(source).get("xl/worksheets/sheet1.xml")!;
      source.reads = 0;
      expect(readEntryData(source, entry)).toEqual(data);
      // One read for the header and the data together, a second only past the usual header.
      expect(source.reads).toBe(extra + 24 > 512 ? 2 : 1);
    },
  );

  it("gives a cut entry cut, as the zip holds it", () => {
    const zip = storedZip("a.xml", data, 0);
    const entry = { ...readZipDirectory(bytesSource(zip)).get("a.xml")!, compressedSize: 10_000 };
    expect(readEntryData(bytesSource(zip), entry).length).toBe(zip.length - 30 - 5);
  });
});
