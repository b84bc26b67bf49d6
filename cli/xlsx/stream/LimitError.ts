/**
 * A file past one of the limits in `core/_lib/limits.ts`. Thrown by the streaming reader; the core
 * recognises it by its name (`"LimitError"`) and names the file, and the cell when one is to blame.
 */
export class LimitError extends Error {
  override readonly name = "LimitError";
  constructor(
    message: string,
    readonly sheet?: string,
    readonly cell?: string,
  ) {
    super(message);
  }
}
