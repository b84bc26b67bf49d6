import type { RegionInput, RegionSource } from "./types";

/**
 * The region's workbook, opened now when the source is lazy. Never throws: a failure to open becomes the
 * source's error, which readRegion reports as an unreadable file.
 */
export async function openRegionInput(input: RegionInput): Promise<RegionSource> {
  if (!("open" in input)) return input;
  try {
    return { label: input.label, workbook: await input.open() };
  } catch (error) {
    return {
      label: input.label,
      workbook: { error: error instanceof Error ? error.message : String(error) },
    };
  }
}
