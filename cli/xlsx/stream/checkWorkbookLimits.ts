import { inflateRawSync } from "node:zlib";
import { MAX_FILE_BYTES, MAX_PART_BYTES, MAX_WORKBOOK_XML_BYTES } from "../../../core/_lib/limits";
import { LimitError } from "./LimitError";
import { entryData, readZipEntries } from "./readZipEntries";

const MB = 1024 * 1024;

/** Throws a LimitError for a file of more than MAX_FILE_BYTES, before a byte of it is read. */
export function checkFileSize(size: number): void {
  if (size > MAX_FILE_BYTES) {
    throw new LimitError(
      `the file is ${Math.round(size / MB)} MB, more than the ${MAX_FILE_BYTES / MB} MB read`,
    );
  }
}

/**
 * Throws a LimitError when a part of the zip inflates past MAX_PART_BYTES, or all of them together past
 * MAX_WORKBOOK_XML_BYTES, whatever sizes its directory claims. For a workbook about to be loaded whole
 * (by ExcelJS, which holds every part and then some ten times its size in objects): inflating each part
 * once more, natively and let go at once, costs a small part of that load. Rejects what is not a zip.
 * @example checkInflatedSizes(await readFile("01.xlsx"));
 */
export function checkInflatedSizes(zip: Uint8Array): void {
  let total = 0;
  for (const entry of readZipEntries(zip).values()) {
    const data = entryData(zip, entry);
    let size = data.length;
    if (entry.method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES }).length;
      } catch (error) {
        if ((error as { code?: unknown }).code !== "ERR_BUFFER_TOO_LARGE") throw error;
        size = MAX_PART_BYTES + 1;
      }
    }
    if (size > MAX_PART_BYTES)
      throw new LimitError(`${entry.name} inflates to more than ${MAX_PART_BYTES / MB} MB`);
    total += size;
    if (total > MAX_WORKBOOK_XML_BYTES)
      throw new LimitError(`its parts inflate to more than ${MAX_WORKBOOK_XML_BYTES / MB} MB together`);
  }
}
