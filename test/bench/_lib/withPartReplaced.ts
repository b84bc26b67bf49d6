import { crc32, deflateRawSync } from "node:zlib";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;

/**
 * A copy of a zip with one part's text replaced (deflated anew by Node's zlib); every other part is
 * copied byte for byte, so a copy of a large workbook costs a memcpy and one small deflate. The zip
 * must carry sizes and CRCs in its headers (no data descriptors), as writeWorkbookFile's zips do.
 */
export function withPartReplaced(zip: Buffer, name: string, text: string): Buffer {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw new Error("not a zip");
  const count = zip.readUInt16LE(end + 10);
  const bytes = Buffer.from(text, "utf8");
  const data = deflateRawSync(bytes);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  let found = false;
  for (let i = 0, at = zip.readUInt32LE(end + 16); i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error(`bad zip entry ${i}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const centralLength = 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const central = Buffer.from(zip.subarray(at, at + centralLength));
    const local = zip.readUInt32LE(at + 42);
    const headerLength = 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const header = Buffer.from(zip.subarray(local, local + headerLength));
    let body = zip.subarray(local + headerLength, local + headerLength + central.readUInt32LE(20));
    if (zip.toString("utf8", at + 46, at + 46 + nameLength) === name) {
      found = true;
      body = data;
      // The local header holds the same fields as the central one, two bytes earlier.
      for (const [record, shift] of [
        [header, 0],
        [central, 2],
      ] as const) {
        record.writeUInt16LE(8, 8 + shift);
        record.writeUInt32LE(crc32(bytes), 14 + shift);
        record.writeUInt32LE(data.length, 18 + shift);
        record.writeUInt32LE(bytes.length, 22 + shift);
      }
    }
    central.writeUInt32LE(offset, 42);
    locals.push(header, body);
    centrals.push(central);
    offset += header.length + body.length;
    at += centralLength;
  }
  if (!found) throw new Error(`no part ${name} in the zip`);
  const directory = Buffer.concat(centrals);
  const tail = Buffer.from(zip.subarray(end, end + 22));
  tail.writeUInt32LE(directory.length, 12);
  tail.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, tail]);
}
