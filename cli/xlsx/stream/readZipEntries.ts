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

/** The bytes first read from a zip's end: the directory of a workbook of 24 month sheets is about 8 KB. */
const TAIL_BYTES = 16 * 1024;

/** Bytes read beyond a local header's fixed 30, for its name and extra field, in the same read as the data. */
const HEADER_SLACK = 512;

/**
 * The bytes of a zip where they lie: a file read whole into memory, or one on disk read a part at a
 * time, so that of a workbook of 24 month sheets only the few parts consolidation reads are read at all.
 */
export interface ZipSource {
  /** The zip's size in bytes. */
  readonly size: number;
  /** Up to `length` bytes from `offset`: fewer past the end. */
  read(offset: number, length: number): Uint8Array;
}

/** A zip held in memory as a ZipSource. */
export function bytesSource(zip: Uint8Array): ZipSource {
  return { size: zip.length, read: (offset, length) => zip.subarray(offset, offset + length) };
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The entries of a zip held in memory, by name. Rejects what is not a zip, and zip64 archives: an .xlsx
 * past 4 GB is beyond every limit we read anyway.
 */
export function readZipEntries(zip: Uint8Array): Map<string, ZipEntry> {
  return readZipDirectory(bytesSource(zip));
}

/** Where the end-of-central-directory record starts in `tail`, the zip's last bytes; -1 when nowhere. */
function endRecord(tail: Uint8Array): number {
  const view = viewOf(tail);
  for (let i = tail.length - 22; i >= 0; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

/** The entries of a zip, by name, read from its end only (as readZipEntries). */
export function readZipDirectory(source: ZipSource): Map<string, ZipEntry> {
  // The end-of-central-directory record ends the zip, unless a comment (up to 65,535 bytes) follows it;
  // the directory before it is a few kilobytes, so one read of the last ones usually has both.
  let tailStart = Math.max(0, source.size - TAIL_BYTES);
  let tail = source.read(tailStart, source.size - tailStart);
  let end = endRecord(tail);
  if (end < 0 && tailStart > 0) {
    tailStart = Math.max(0, source.size - 22 - 65_535);
    tail = source.read(tailStart, source.size - tailStart);
    end = endRecord(tail);
  }
  if (end < 0) throw new Error("not a zip file (an .xlsx workbook is one)");
  const tailView = viewOf(tail);
  const count = tailView.getUint16(end + 10, true);
  const start = tailView.getUint32(end + 16, true);
  // The directory runs up to the record (and as before, whatever it claims, no further than the end).
  const directory =
    start >= tailStart ? tail.subarray(start - tailStart) : source.read(start, source.size - start);
  const view = viewOf(directory);
  const entries = new Map<string, ZipEntry>();
  let offset = 0;
  for (let i = 0; i < count; i++) {
    if (offset + 46 > directory.length || view.getUint32(offset, true) !== CENTRAL)
      throw new Error("broken zip directory");
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const entry: ZipEntry = {
      name: utf8.decode(directory.subarray(offset + 46, offset + 46 + nameLength)),
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
  return readEntryData(bytesSource(zip), entry);
}

/** The bytes of an entry as stored, read from its source: its local header, then its data. */
export function readEntryData(source: ZipSource, entry: ZipEntry): Uint8Array {
  // The header and the data in one read, unless the header's name and extra field are unusually long.
  const wanted = 30 + HEADER_SLACK + entry.compressedSize;
  const bytes = source.read(entry.localOffset, wanted);
  if (bytes.length < 30 || viewOf(bytes).getUint32(0, true) !== LOCAL)
    throw new Error(`broken zip entry ${entry.name}`);
  const view = viewOf(bytes);
  const start = 30 + view.getUint16(26, true) + view.getUint16(28, true);
  // All the data was read, or all the zip had after the header (a cut entry is cut as the zip is).
  if (start + entry.compressedSize <= bytes.length || bytes.length < wanted)
    return bytes.subarray(start, start + entry.compressedSize);
  return source.read(entry.localOffset + start, entry.compressedSize);
}

/** The error of an entry that inflates past `limit` bytes. */
export function inflatesTooFar(entry: ZipEntry, limit: number): LimitError {
  return new LimitError(`${entry.name} inflates to more than ${Math.round(limit / 1024 / 1024)} MB`);
}

/**
 * The bytes of an entry (its `data` as stored), a chunk at a time: a stored one as it is, a deflated one
 * through `inflate`. Stops with a LimitError past `limit` bytes, whatever size the directory claims (a
 * zip bomb can lie).
 */
export function entryBytes(
  data: Uint8Array,
  entry: ZipEntry,
  limit: number,
  inflate: InflateBytes,
): AsyncIterable<Uint8Array> {
  if (entry.method === 0) {
    if (data.length > limit) throw inflatesTooFar(entry, limit);
    return (async function* () {
      yield data;
    })();
  }
  if (entry.method !== 8) throw new Error(`${entry.name}: unsupported zip compression ${entry.method}`);
  return inflate(data, entry, limit);
}
