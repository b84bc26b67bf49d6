import { createInflateRaw, inflateRawSync } from "node:zlib";
import type { InflateBytes, ZipEntry } from "./readZipEntries";
import { inflatesTooFar } from "./readZipEntries";

/**
 * Parts the directory says are at most this size are inflated in one call, which is several times
 * faster than a stream of chunks; a month sheet of 5,000 tasks is about 6 MB of XML.
 */
const WHOLE_PART_BYTES = 16 * 1024 * 1024;

/**
 * The bytes of a part inflated in one go, at most `size` bytes (what the directory claims); null when
 * more come out (the directory lied), and the caller then streams it under the real limit.
 */
function inflateWhole(data: Uint8Array, size: number): Buffer | null {
  try {
    // One output buffer of the claimed size (and a byte, to see the end): zlib's default 16 KB chunks
    // would be copied together once more at the end.
    return inflateRawSync(data, { maxOutputLength: Math.max(size, 1), chunkSize: Math.max(size + 1, 64) });
  } catch (error) {
    if ((error as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw error;
  }
}

/** Node's inflate (zlib): a small part in one call, a large one (or one whose size lied) in chunks. */
export const inflateNode: InflateBytes = async function* (data, entry, limit) {
  const whole = entry.size <= Math.min(limit, WHOLE_PART_BYTES) ? inflateWhole(data, entry.size) : null;
  if (whole !== null) {
    yield whole;
    return;
  }
  yield* inflateChunks(data, entry, limit);
};

/** The bytes of a part inflated a chunk at a time, up to `limit` bytes whatever the directory claims. */
async function* inflateChunks(data: Uint8Array, entry: ZipEntry, limit: number): AsyncIterable<Uint8Array> {
  const inflater = createInflateRaw({ chunkSize: 256 * 1024 });
  inflater.end(data);
  let total = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limit) throw inflatesTooFar(entry, limit);
      yield chunk;
    }
  } finally {
    inflater.destroy();
  }
}
