import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | null | undefined;

/**
 * Below this much heap a collection is not worth its time: the peak is small anyway, and at 22 regions
 * the two collections cost more CPU than they gave back (measured 0.85 against 0.82 s).
 */
const WORTH_COLLECTING = 64 * 1024 * 1024;

/**
 * A full garbage collection, where a run ends one phase and starts the next (every region read; the
 * national workbook about to be written). V8 lets the heap grow to a few times what was live at its
 * last full collection, so the garbage of reading 300 regions and then that of writing the national
 * workbook piled up to some 40 MB more resident memory at the peak (307–317 MB against 267 MB at 300
 * regions × 24 month sheets, measured with `npm run bench`) for no less CPU. Node gives `gc` only to a
 * process started with --expose-gc: the flag is set now and the function taken from a new context,
 * which is made with it. Where that fails nothing happens, and V8 collects when it will; below
 * WORTH_COLLECTING nothing is done either.
 */
export function collectGarbage(): void {
  if (process.memoryUsage().heapUsed < WORTH_COLLECTING) return;
  if (collect === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      collect = runInNewContext("gc") as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
