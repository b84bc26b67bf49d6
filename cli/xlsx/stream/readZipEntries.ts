import { LimitError } from "./LimitError";

/** One file inside a zip, found through the central directory without inflating anything. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/**
 * Inflates an entry's bytes (`data`, as `entryData` gives them) a chunk at a time, stopping with a
 * LimitError once more than `limit` bytes come out. One for Node (inflateNode), one for the browser
 * (inflateWeb): the reader itself runs on both, and reads the parts' XML as the bytes they are.
 */
export type InflateBytes = (data: Uint8Array, entry: ZipEntry, limit: number) => AsyncIterable<Uint8Array>;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const utf8 = new TextDecoder("utf-8");

/**
 * The entries of a zip held in memory, by name. Rejects what is not a zip, and zip64 archives: an .xlsx
 * past 4 GB is beyond every limit we read anyway.
 */
export function readZipEntries(zip: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // The end-of-central-directory record is in the last 22 + 65,535 (comment) bytes.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error("not a zip file (an .xlsx workbook is one)");
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > zip.length || view.getUint32(offset, true) !== CENTRAL)
      throw new Error("broken zip directory");
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const entry: ZipEntry = {
      name: utf8.decode(zip.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    };
    if (entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) {
      throw new Error("zip64 archives are not read");
    }
    entries.set(entry.name, entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of an entry as stored (deflated or not), found through its local header. */
export function entryData(zip: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = entry.localOffset;
  if (at + 30 > zip.length || view.getUint32(at, true) !== LOCAL)
    throw new Error(`broken zip entry ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return zip.subarray(start, start + entry.compressedSize);
}

/** The error of an entry that inflates past `limit` bytes. */
export function inflatesTooFar(entry: ZipEntry, limit: number): LimitError {
  return new LimitError(`${entry.name} inflates to more than ${Math.round(limit / 1024 / 1024)} MB`);
}

/**
 * The bytes of an entry, a chunk at a time: a stored one as it is, a deflated one through `inflate`.
 * Stops with a LimitError past `limit` bytes, whatever size the directory claims (a zip bomb can lie).
 */
export function entryBytes(
  zip: Uint8Array,
  entry: ZipEntry,
  limit: number,
  inflate: InflateBytes,
): AsyncIterable<Uint8Array> {
  const data = entryData(zip, entry);
  if (entry.method === 0) {
    if (data.length > limit) throw inflatesTooFar(entry, limit);
    return (async function* () {
      yield data;
    })();
  }
  if (entry.method !== 8) throw new Error(`${entry.name}: unsupported zip compression ${entry.method}`);
  return inflate(data, entry, limit);
}
