import type { PackageParts } from "../_lib/addCharts";
import type { RawZipPart, ZipPart } from "./zipParts";
import { contentBytes } from "./zipParts";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * The parts of a zip the program wrote itself (ExcelJS's, stored or deflated), in its order: for adding
 * parts and writing it again with `zipParts`. Not for files from elsewhere: the region reader
 * (cli/xlsx/stream) bounds what they may inflate to.
 * @example zipParts(unzipParts(await workbook.toBuffer({ compression: "STORE" })), new Date())
 */
export function unzipParts(input: Uint8Array): ZipPart[] {
  return rawZipParts(input).map((part) => ({ path: part.path, data: contentBytes(part.raw) }));
}

/**
 * The entries of a zip as they are, still compressed, in its order: for copying the parts a new file
 * keeps unchanged without inflating them. Rejects what is not a zip, and methods other than stored
 * and deflated (what .xlsx files use).
 * @example zipParts(rawZipParts(bytes).filter((p) => p.path !== "xl/calcChain.xml"), new Date())
 */
export function rawZipParts(input: Uint8Array): RawZipPart[] {
  const zip = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw new Error("not a zip file: no end of central directory");
  const parts: RawZipPart[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0, count = zip.readUInt16LE(end + 10); i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error(`not a zip file: bad entry ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const path = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`not a zip file: bad header ${i}`);
    if (method !== STORED && method !== DEFLATED) throw new Error(`zip entry ${path}: method ${method}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    parts.push({
      path,
      raw: {
        method,
        crc: zip.readUInt32LE(at + 16),
        size: zip.readUInt32LE(at + 24),
        data: zip.subarray(start, start + compressed),
      },
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return parts;
}

/** Parts in memory as a package to read and write text in; a part put anew goes last. */
export function partsPackage(parts: ZipPart[]): PackageParts {
  const byPath = new Map(parts.map((part) => [part.path, part]));
  return {
    text: async (path) => {
      const data = byPath.get(path)?.data;
      return typeof data === "string" || data === undefined ? data : contentBytes(data).toString("utf8");
    },
    put: (path, text) => {
      const part = byPath.get(path);
      if (part) part.data = text;
      else byPath.set(path, parts[parts.push({ path, data: text }) - 1]!);
    },
    paths: () => [...byPath.keys()],
  };
}
