import { constants, crc32, deflateRawSync } from "node:zlib";
import { dosDateTime } from "../withFixedZipDates";

/** One file of a zip: its path inside the package and its content. */
export interface ZipPart {
  path: string;
  data: string | Uint8Array;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const DEFLATED = 8;
/** General purpose flag bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;

/**
 * A zip file of the parts, each deflated by Node's zlib at its fastest level, in the order given (an .xlsx reader wants
 * `[Content_Types].xml` first). Every entry is dated `date` (UTC), so the same parts give the same bytes.
 * @example await writeFile(path, zipParts([{ path: "a.xml", data: "<a/>" }], new Date()));
 */
export function zipParts(parts: readonly ZipPart[], date: Date): Buffer {
  const stamp = dosDateTime(date);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.path, "utf8");
    const data = typeof part.data === "string" ? Buffer.from(part.data, "utf8") : part.data;
    // The fastest level: half the time of the default for a tenth more bytes (measured on a national
    // workbook of 22 regions: 96 KB against 84 KB).
    const packed = deflateRawSync(data, { level: constants.Z_BEST_SPEED });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(20, 4); // version needed to extract: 2.0, deflate
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(DEFLATED, 8);
    local.writeUInt16LE(stamp.time, 10);
    local.writeUInt16LE(stamp.date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(CENTRAL_HEADER, 0);
    entry.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS
    local.copy(entry, 6, 4, 30); // the same fields from "version needed" to the name's length
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, packed);
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
