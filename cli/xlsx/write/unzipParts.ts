import { inflateRawSync } from "node:zlib";
import type { PackageParts } from "../_lib/addCharts";
import type { ZipPart } from "./zipParts";

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
  const zip = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw new Error("not a zip file: no end of central directory");
  const parts: ZipPart[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0, count = zip.readUInt16LE(end + 10); i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error(`not a zip file: bad entry ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const path = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`not a zip file: bad header ${i}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    if (method !== STORED && method !== DEFLATED) throw new Error(`zip entry ${path}: method ${method}`);
    parts.push({ path, data: method === STORED ? data : inflateRawSync(data) });
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
      return typeof data === "string" || data === undefined ? data : Buffer.from(data).toString("utf8");
    },
    put: (path, text) => {
      const part = byPath.get(path);
      if (part) part.data = text;
      else byPath.set(path, parts[parts.push({ path, data: text }) - 1]!);
    },
    paths: () => [...byPath.keys()],
  };
}
