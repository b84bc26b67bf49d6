import { readFileSync, statSync } from "node:fs";
import { checkFileSize } from "./checkWorkbookLimits";
import { inflateNode } from "./inflateNode";
import { StreamingWorkbook } from "./StreamingWorkbook";

/**
 * Opens a file with the streaming reader: checks its size (MAX_FILE_BYTES) before reading a byte, then
 * reads the zip directory and the list of sheets. Rejects on a bad file.
 * @example const workbook = await openStreamingWorkbook("01.xlsx");
 */
export async function openStreamingWorkbook(path: string): Promise<StreamingWorkbook> {
  checkFileSize(statSync(path).size);
  // In one call: files are read one at a time anyway, and the promise API reads in 512 KB pieces.
  return streamingWorkbookOf(readFileSync(path));
}

/** The streaming reader over the bytes of an .xlsx file, inflating with Node's zlib. */
export function streamingWorkbookOf(bytes: Uint8Array): Promise<StreamingWorkbook> {
  return StreamingWorkbook.fromBytes(bytes, inflateNode);
}
