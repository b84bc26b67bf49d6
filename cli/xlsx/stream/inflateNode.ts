import { createInflateRaw, inflateRawSync } from "node:zlib";
import type { InflateText, TextEncoding, ZipEntry } from "./readZipEntries";
import { inflatesTooFar, withoutMark } from "./readZipEntries";

/**
 * Parts the directory says are at most this size are inflated in one call, which is several times
 * faster than a stream of chunks; a month sheet of 5,000 tasks is about 6 MB of XML.
 */
const WHOLE_PART_BYTES = 16 * 1024 * 1024;

/**
 * The text of a part inflated in one go, at most `size` bytes (what the directory claims); null when
 * more comes out (the directory lied), and the caller then streams it under the real limit.
 */
function inflateWhole(data: Uint8Array, size: number, encoding: TextEncoding): string | null {
  let bytes: Buffer;
  try {
    // One output buffer of the claimed size (and a byte, to see the end): zlib's default 16 KB chunks
    // would be copied together once more at the end.
    bytes = inflateRawSync(data, { maxOutputLength: Math.max(size, 1), chunkSize: Math.max(size + 1, 64) });
  } catch (error) {
    if ((error as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw error;
  }
  // As TextDecoder does on the streamed path: a byte order mark is not text.
  return withoutMark(bytes.toString(encoding === "latin1" ? "latin1" : "utf8"), encoding);
}

/** Node's inflate (zlib): a small part in one call, a large one (or one whose size lied) in chunks. */
export const inflateNode: InflateText = async function* (data, entry, limit, encoding = "utf-8") {
  const whole =
    entry.size <= Math.min(limit, WHOLE_PART_BYTES) ? inflateWhole(data, entry.size, encoding) : null;
  if (whole !== null) {
    yield whole;
    return;
  }
  if (encoding === "latin1") {
    yield* inflateChunks(data, entry, limit, (chunk, first) =>
      first ? withoutMark(chunk.toString("latin1"), encoding) : chunk.toString("latin1"),
    );
    return;
  }
  const decoder = new TextDecoder("utf-8");
  yield* inflateChunks(data, entry, limit, (chunk) => decoder.decode(chunk, { stream: true }));
  yield decoder.decode();
};

/** The text of a part inflated a chunk at a time, up to `limit` bytes whatever the directory claims. */
async function* inflateChunks(
  data: Uint8Array,
  entry: ZipEntry,
  limit: number,
  text: (chunk: Buffer, first: boolean) => string,
): AsyncIterable<string> {
  const inflater = createInflateRaw({ chunkSize: 256 * 1024 });
  inflater.end(data);
  let total = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      const first = total === 0;
      total += chunk.length;
      if (total > limit) throw inflatesTooFar(entry, limit);
      yield text(chunk, first);
    }
  } finally {
    inflater.destroy();
  }
}
