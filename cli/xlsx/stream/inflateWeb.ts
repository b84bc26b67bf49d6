import type { InflateBytes } from "./readZipEntries";
import { inflatesTooFar } from "./readZipEntries";

/** True where the platform inflates raw deflate itself (Chromium 103+, Safari 16.4+, Firefox 113+, Node 18+). */
export function canInflateWeb(): boolean {
  try {
    new DecompressionStream("deflate-raw");
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser's inflate (DecompressionStream "deflate-raw"), a chunk at a time, so the task pane reads
 * a region file as the command line does: only the parts asked for, never one whole in memory.
 */
export const inflateWeb: InflateBytes = async function* (data, entry, limit) {
  const input = new Blob([data as Uint8Array<ArrayBuffer>]).stream();
  const reader = input.pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) throw inflatesTooFar(entry, limit);
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
};
