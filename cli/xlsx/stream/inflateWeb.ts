import type { InflateText } from "./readZipEntries";
import { inflatesTooFar, latin1Text, withoutMark } from "./readZipEntries";

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
export const inflateWeb: InflateText = async function* (data, entry, limit, encoding = "utf-8") {
  const input = new Blob([data as Uint8Array<ArrayBuffer>]).stream();
  const reader = input.pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  const decoder = new TextDecoder("utf-8");
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const first = total === 0;
      total += value.length;
      if (total > limit) throw inflatesTooFar(entry, limit);
      if (encoding === "utf-8") yield decoder.decode(value, { stream: true });
      else yield first ? withoutMark(latin1Text(value), encoding) : latin1Text(value);
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  if (encoding === "utf-8") yield decoder.decode();
};
