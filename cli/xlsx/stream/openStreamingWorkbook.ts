import { readFile, stat } from "node:fs/promises";
import { checkFileSize } from "./checkWorkbookLimits";
import { inflateNode } from "./inflateNode";
import { StreamingWorkbook } from "./StreamingWorkbook";

/**
 * Opens a file with the streaming reader: checks its size (MAX_FILE_BYTES) before reading a byte, then
 * reads the zip directory and the list of sheets. Rejects on a bad file.
 * @example const workbook = await openStreamingWorkbook("01.xlsx");
 */
export async function openStreamingWorkbook(path: string): Promise<StreamingWorkbook> {
  checkFileSize((await stat(path)).size);
  return streamingWorkbookOf(await readFile(path));
}

/** The streaming reader over the bytes of an .xlsx file, inflating with Node's zlib. */
export function streamingWorkbookOf(bytes: Uint8Array): Promise<StreamingWorkbook> {
  return StreamingWorkbook.fromBytes(bytes, inflateNode);
}
