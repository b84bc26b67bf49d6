/**
 * A file past one of the limits in `core/_lib/limits.ts`. Thrown by the streaming reader and caught by
 * the host, which names the file (and the cell, when one is known) in an issue.
 */
export class LimitError extends Error {
  override readonly name = "LimitError";
  constructor(
    message: string,
    /** `2022-09!XFD1048576` when a cell is to blame. */
    readonly location?: string,
  ) {
    super(message);
  }
}
