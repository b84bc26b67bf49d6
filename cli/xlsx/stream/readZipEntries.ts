import { createInflateRaw, inflateRawSync } from "node:zlib";
import { LimitError } from "./LimitError";

/** One file inside a zip, found through the central directory without inflating anything. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The entries of a zip held in memory, by name. Rejects what is not a zip, and zip64 archives: an .xlsx
 * past 4 GB is beyond every limit we read anyway.
 */
export function readZipEntries(zip: Buffer): Map<string, ZipEntry> {
  // The end-of-central-directory record is in the last 22 + 65,535 (comment) bytes.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error("not a zip file (an .xlsx workbook is one)");
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL)
      throw new Error("broken zip directory");
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const entry: ZipEntry = {
      name: zip.toString("utf8", offset + 46, offset + 46 + nameLength),
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      size: zip.readUInt32LE(offset + 24),
      localOffset: zip.readUInt32LE(offset + 42),
    };
    if (entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) {
      throw new Error("zip64 archives are not read");
    }
    entries.set(entry.name, entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Parts the directory says are at most this size are inflated in one call, which is several times
 * faster than a stream of chunks; a month sheet of 5,000 tasks is about 6 MB of XML.
 */
const WHOLE_PART_BYTES = 16 * 1024 * 1024;

/**
 * The text of a part inflated in one go, at most `size` bytes (what the directory claims); null when
 * more comes out (the directory lied), and the caller then streams it under the real limit.
 */
function inflateWhole(data: Buffer, size: number): string | null {
  let bytes: Buffer;
  try {
    bytes = inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
  } catch (error) {
    if ((error as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw error;
  }
  const text = bytes.toString("utf8");
  // As TextDecoder does on the streamed path: a byte order mark is not text.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The text of an entry, inflated a chunk at a time, so a part is scanned without ever being whole in
 * memory. Stops with a LimitError once more than `limit` bytes come out, whatever size the directory
 * claims (a zip bomb can lie there).
 */
export async function* entryText(zip: Buffer, entry: ZipEntry, limit: number): AsyncGenerator<string> {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL)
    throw new Error(`broken zip entry ${entry.name}`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  const tooBig = () =>
    new LimitError(`${entry.name} inflates to more than ${Math.round(limit / 1024 / 1024)} MB`);
  const decoder = new TextDecoder("utf-8");
  if (entry.method === 0) {
    if (data.length > limit) throw tooBig();
    yield decoder.decode(data);
    return;
  }
  if (entry.method !== 8) throw new Error(`${entry.name}: unsupported zip compression ${entry.method}`);
  const whole = entry.size <= Math.min(limit, WHOLE_PART_BYTES) ? inflateWhole(data, entry.size) : null;
  if (whole !== null) {
    yield whole;
    return;
  }
  const inflater = createInflateRaw({ chunkSize: 256 * 1024 });
  inflater.end(data);
  let total = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limit) throw tooBig();
      yield decoder.decode(chunk, { stream: true });
    }
  } finally {
    inflater.destroy();
  }
  yield decoder.decode();
}
