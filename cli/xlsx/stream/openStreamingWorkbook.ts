import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import { checkFileSize } from "./checkWorkbookLimits";
import { inflateNode } from "./inflateNode";
import type { ZipSource } from "./readZipEntries";
import { StreamingWorkbook } from "./StreamingWorkbook";

/**
 * Opens a file with the streaming reader: checks its size (MAX_FILE_BYTES) before reading a byte, then
 * reads the zip directory and the list of sheets. Rejects on a bad file.
 * @example const workbook = await openStreamingWorkbook("01.xlsx");
 */
export async function openStreamingWorkbook(path: string): Promise<StreamingWorkbook> {
  const { size, mtimeMs } = statSync(path);
  checkFileSize(size);
  return StreamingWorkbook.fromSource(fileSource(path, size, mtimeMs), inflateNode);
}

/** The streaming reader over the bytes of an .xlsx file, inflating with Node's zlib. */
export function streamingWorkbookOf(bytes: Uint8Array): Promise<StreamingWorkbook> {
  return StreamingWorkbook.fromBytes(bytes, inflateNode);
}

/**
 * A file on disk read where its parts lie, not whole: a region's workbook late in the programme is
 * mostly month sheets consolidation never reads. Each read opens the file and closes it again (a few a
 * file), so no handle outlives the reading whoever drops the workbook; a file saved over meanwhile (its
 * size or time changed) is refused rather than read half old, half new.
 */
function fileSource(path: string, size: number, mtimeMs: number): ZipSource {
  return {
    size,
    read(offset, length) {
      const bytes = Buffer.allocUnsafe(Math.max(0, Math.min(length, size - offset)));
      const fd = openSync(path, "r");
      try {
        const now = fstatSync(fd);
        if (now.size !== size || now.mtimeMs !== mtimeMs)
          throw new Error(`${path} changed while it was read`);
        let done = 0;
        while (done < bytes.length) {
          const read = readSync(fd, bytes, done, bytes.length - done, offset + done);
          if (read === 0) break;
          done += read;
        }
        return done < bytes.length ? bytes.subarray(0, done) : bytes;
      } finally {
        closeSync(fd);
      }
    },
  };
}
