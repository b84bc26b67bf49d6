/**
 * Keeps every request under Excel on the web's 5 MB payload limit. Office.js does not tell the size of
 * what is queued, so each caller estimates its action (JSON of the arguments plus the action's own
 * record) and reserves room before queueing it; when it would not fit, what is queued is sent first.
 * For workbooks of ordinary size nothing is ever sent early, so the round trips stay constant.
 */
export const DEFAULT_REQUEST_LIMIT_BYTES = 4 * 1024 * 1024;

/** The action record and object path Office.js sends with every queued call, generously. */
const ACTION_OVERHEAD_BYTES = 256;

/** UTF-8 size of the JSON of `value`. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
}

/** The estimated request size of one action whose argument is `value`. */
export function estimateBytes(value: unknown): number {
  return jsonBytes(value) + ACTION_OVERHEAD_BYTES;
}

/** The estimated request size of an action without a sizeable argument. */
export const SMALL_ACTION_BYTES = ACTION_OVERHEAD_BYTES * 2;

export class RequestBudget {
  private used = 0;

  constructor(
    private readonly context: { sync(): Promise<unknown> },
    readonly limit: number = DEFAULT_REQUEST_LIMIT_BYTES,
  ) {}

  /** Call before queueing an action of about `bytes`. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) await this.flush();
    this.used += bytes;
  }

  /** Sends what is queued. */
  async flush(): Promise<void> {
    await this.context.sync();
    this.used = 0;
  }
}
