/**
 * Office.js's proxy-object model in miniature: every property write and method call is queued, and only
 * `context.sync()` sends the queue to the "document", in order. Reading a property that was not loaded
 * and synced throws `PropertyNotLoaded`, as Office.js does. Each sync is counted and the size of its
 * request estimated, and a request over Excel on the web's 5 MB limit fails the way the real one does.
 */
import type { FakeWorkbookModel } from "./model";
import { FakeError } from "./model";

/** Excel on the web refuses requests (and responses) larger than this. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** What one queued action costs beyond its arguments: the action record and its object path. */
const ACTION_OVERHEAD_BYTES = 100;

export interface FakeStats {
  syncCount: number;
  /** The estimated size of each request, in the order sent. */
  requestBytes: number[];
  largestRequestBytes: number;
  largestResponseBytes: number;
}

export interface FakeHost {
  readonly model: FakeWorkbookModel;
  readonly stats: FakeStats;
  /** Highest ExcelApi requirement set this host has, e.g. "1.12". */
  readonly apiVersion: string;
  /** Set while someone is typing in a cell: settles when they leave the cell. */
  cellEdit?: Promise<void> | null;
}

interface Action {
  readonly bytes: number;
  /** Applies the action; returns the bytes it sends back (loads). */
  readonly run: () => number | void;
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? 2 : 3;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

export function versionAtLeast(have: string, want: string): boolean {
  const [hMajor = 0, hMinor = 0] = have.split(".").map(Number);
  const [wMajor = 0, wMinor = 0] = want.split(".").map(Number);
  return hMajor > wMajor || (hMajor === wMajor && hMinor >= wMinor);
}

export class FakeRequestContext {
  private queue: Action[] = [];
  private created: ClientObject<unknown>[] = [];
  /** Set by the workbook module to avoid a circular import. */
  workbook!: unknown;
  /** `Excel.run({ delayForCellEdit: true }, …)`: wait while a cell is being edited instead of failing. */
  delayForCellEdit = false;

  constructor(readonly host: FakeHost) {}

  get pendingActions(): number {
    return this.queue.length;
  }

  _register(object: ClientObject<unknown>): void {
    this.created.push(object);
  }

  _enqueue(payload: unknown, run: () => number | void): void {
    this.queue.push({ bytes: jsonBytes(payload) + ACTION_OVERHEAD_BYTES, run });
  }

  _requireApi(version: string, what: string): void {
    if (!versionAtLeast(this.host.apiVersion, version)) {
      throw new FakeError(
        "ApiNotFound",
        `${what} needs ExcelApi ${version}; this Excel has ${this.host.apiVersion}.`,
      );
    }
  }

  async sync(): Promise<void> {
    // While a cell is being edited Excel refuses every batch, unless the run asked to wait for it.
    while (this.host.cellEdit) {
      if (!this.delayForCellEdit) {
        throw new FakeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
      }
      await this.host.cellEdit;
    }
    const actions = this.queue;
    const created = this.created;
    this.queue = [];
    this.created = [];
    const stats = this.host.stats;
    stats.syncCount += 1;
    const bytes = actions.reduce((sum, a) => sum + a.bytes, ACTION_OVERHEAD_BYTES);
    stats.requestBytes.push(bytes);
    stats.largestRequestBytes = Math.max(stats.largestRequestBytes, bytes);
    // A round trip: the caller's code goes on only after the "document" answered.
    await Promise.resolve();
    if (bytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit.`,
      );
    }
    let response = 0;
    try {
      for (const action of actions) response += action.run() ?? 0;
    } finally {
      for (const object of created) object._settle();
      stats.largestResponseBytes = Math.max(stats.largestResponseBytes, response);
    }
    // Excel on the web refuses an answer over 5 MB as it refuses a request: reads must be split too.
    if (response > PAYLOAD_LIMIT_BYTES) {
      throw new FakeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${response} bytes) has exceeded the limit.`,
      );
    }
  }
}

function notLoaded(property: string): FakeError {
  return new FakeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Base of every fake proxy: resolves its document object lazily, in queue order, during a sync. */
export abstract class ClientObject<T> {
  private resolved = false;
  private target: T | null = null;
  private nullState: boolean | undefined;
  protected loaded: Record<string, unknown> | undefined;

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: () => T | null,
    private readonly nullable = false,
  ) {
    context._register(this as ClientObject<unknown>);
  }

  /** Binds the proxy to a known document object (items of a loaded collection, results of add()). */
  _bind(target: T): this {
    this.resolved = true;
    this.target = target;
    this.nullState = false;
    return this;
  }

  _resolve(): T | null {
    if (!this.resolved) {
      this.target = this.resolver();
      this.resolved = true;
    }
    return this.target;
  }

  /** The document object for an action; a missing one fails the sync. */
  _target(): T {
    const target = this._resolve();
    if (target === null) {
      throw new FakeError(
        this.nullable ? "InvalidObjectPath" : "ItemNotFound",
        this.nullable
          ? "The object is a null object and cannot be used."
          : "The requested resource doesn't exist.",
      );
    }
    return target;
  }

  _settle(): void {
    try {
      this.nullState = this._resolve() === null;
    } catch {
      this.nullState = true;
    }
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  /** Snapshot of one property for `load`; subclasses list what they can load. */
  protected abstract readProperty(target: T, property: string): unknown;
  protected abstract scalarProperties(): readonly string[];

  load(properties?: string | readonly string[] | { select?: string }): this {
    const list = normalizeLoad(properties);
    this.context._enqueue(list, () => {
      // Loading a null object gives nothing; loading a missing object that is not a null object fails.
      const target = this.nullable ? this._resolve() : this._target();
      return target === null ? 0 : this._snapshot(target, list);
    });
    return this;
  }

  /** Copies the named properties (all scalar ones when none are named) into the proxy; returns their size. */
  _snapshot(target: T, names: readonly string[]): number {
    const snapshot: Record<string, unknown> = {};
    for (const name of names.length === 0 ? this.scalarProperties() : names) {
      snapshot[name] = this.readProperty(target, name);
    }
    this.loaded = { ...this.loaded, ...snapshot };
    return jsonBytes(snapshot);
  }

  protected get<V>(property: string): V {
    if (!this.loaded || !(property in this.loaded)) throw notLoaded(property);
    return this.loaded[property] as V;
  }

  protected set(property: string, value: unknown, apply: (target: T) => void): void {
    this.context._enqueue(value, () => {
      apply(this._target());
    });
    if (this.loaded && property in this.loaded) this.loaded[property] = value;
  }

  /** Queues a method call; what `apply` returns (a bound proxy, say) is no part of the response. */
  protected call(args: unknown, apply: (target: T) => unknown): void {
    this.context._enqueue(args, () => {
      apply(this._target());
    });
  }
}

export function normalizeLoad(
  properties: string | readonly string[] | { select?: string } | undefined,
): string[] {
  if (properties === undefined) return [];
  const text =
    typeof properties === "string"
      ? properties
      : Array.isArray(properties)
        ? properties.join(",")
        : ((properties as { select?: string }).select ?? "");
  return text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}
