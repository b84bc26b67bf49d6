import { deflateRawSync } from "node:zlib";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

function findEndOfCentralDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error("not a zip file: no end of central directory");
}

/**
 * A copy of a zip whose stored (uncompressed) entries are deflated by Node's zlib. ExcelJS compresses
 * through JSZip's JavaScript deflate (pako), which took a third of a consolidation's fixed cost; it
 * writes stored entries when asked, and this compresses them natively. Names, dates, CRCs and the order
 * of entries are kept; an entry deflated already is copied as it is.
 * @example await writeFile(path, deflateZip(await workbook.toBuffer({ compression: "STORE" })));
 */
export function deflateZip(input: Uint8Array): Buffer {
  const zip = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const end = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error(`not a zip file: bad entry ${i}`);
    const centralLength =
      46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const central = Buffer.from(zip.subarray(at, at + centralLength));
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`not a zip file: bad header ${i}`);
    if (zip.readUInt16LE(local + 6) & 0x08) throw new Error("zip entries with data descriptors are not read");
    const headerLength = 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const header = Buffer.from(zip.subarray(local, local + headerLength));
    const stored = zip.subarray(local + headerLength, local + headerLength + zip.readUInt32LE(at + 20));
    let data: Buffer = stored;
    if (zip.readUInt16LE(at + 10) === STORED && stored.length > 0) {
      data = deflateRawSync(stored);
      for (const [record, base] of [
        [header, 0],
        [central, 2],
      ] as const) {
        record.writeUInt16LE(20, base + 4); // version needed to extract: 2.0, deflate
        record.writeUInt16LE(DEFLATED, base + 8);
        record.writeUInt32LE(data.length, base + 18);
      }
    }
    central.writeUInt32LE(offset, 42);
    locals.push(header, data);
    centrals.push(central);
    offset += header.length + data.length;
    at += centralLength;
  }
  const directory = Buffer.concat(centrals);
  const tail = Buffer.from(zip.subarray(end));
  tail.writeUInt32LE(directory.length, 12);
  tail.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, tail]);
}
