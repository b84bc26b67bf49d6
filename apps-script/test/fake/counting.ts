/**
 * What makes the fake Apps Script honest about cost: every method call on a service object is counted
 * (and takes simulated time), and an execution that runs past six minutes dies the way Apps Script
 * kills it.
 */

/** Apps Script's limit for one execution (consumer accounts). */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

/** Apps Script's message for an execution it cut off. */
export const KILLED = "Exceeded maximum execution time";

/** A clock the tests move: service calls advance it by their latency, tests by `advance`. */
export class FakeClock {
  constructor(private ms: number) {}
  now(): number {
    return this.ms;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

/** Every service call, in order, by "Type.method". */
export class CallLog {
  readonly calls: string[] = [];

  get total(): number {
    return this.calls.length;
  }

  /** Counts by "Type.method", sorted by name so a test can compare whole breakdowns. */
  byMethod(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const call of [...this.calls].sort()) counts[call] = (counts[call] ?? 0) + 1;
    return counts;
  }

  /** Runs `work` and returns the calls it made. */
  async measure(work: () => unknown): Promise<CallLog> {
    const start = this.calls.length;
    await work();
    const log = new CallLog();
    log.calls.push(...this.calls.slice(start));
    return log;
  }

  reset(): void {
    this.calls.length = 0;
  }
}

/** Where an execution is running: UI calls may use the Ui service, triggers may not. */
export type ExecutionKind = "ui" | "trigger";

/** The shared state every fake object reports to. */
export class FakeRuntime {
  readonly log = new CallLog();
  readonly clock: FakeClock;
  /** Simulated milliseconds per call of "Type.method" (or "Type.*"); unlisted calls take `defaultLatencyMs`. */
  latencyMs: Record<string, number> = {};
  defaultLatencyMs = 0;
  /**
   * The execution under way. `killed` is set once it ran past the limit: Apps Script ends such an
   * execution on the spot, so no `catch` or `finally` of the script gets to do anything: from then on
   * every service call throws again and has no effect.
   */
  execution: { kind: ExecutionKind; startedAt: number; killed?: boolean } | null = null;
  currentUser = "analyst@example.fi";
  /** The Date class of the fake's values and of scripts loaded in a vm: `new Date()` reads the clock. */
  readonly DateCtor: DateConstructor;

  constructor(start: number) {
    this.clock = new FakeClock(start);
    this.DateCtor = clockDate(this.clock);
  }

  /** Calls that will fail once with the given Apps Script error, by "Type.method". */
  readonly failNext = new Map<string, string>();

  record(type: string, method: string): void {
    const name = `${type}.${method}`;
    const failure = this.failNext.get(name);
    if (failure !== undefined) {
      this.failNext.delete(name);
      throw new Error(failure);
    }
    if (this.execution?.killed) throw new Error(KILLED);
    if (this.execution && this.clock.now() - this.execution.startedAt > EXECUTION_LIMIT_MS) {
      this.execution.killed = true;
      throw new Error(KILLED);
    }
    this.log.calls.push(name);
    this.clock.advance(this.latencyMs[name] ?? this.latencyMs[`${type}.*`] ?? this.defaultLatencyMs);
  }
}

const RAW = Symbol("fake.raw");
const proxies = new WeakMap<object, object>();

/** A fake service object: its public methods are the service's, helpers start with `_` and are free. */
export abstract class FakeObject {
  constructor(
    readonly _runtime: FakeRuntime,
    readonly _type: string,
  ) {}
}

function wrapResult(value: unknown): unknown {
  if (value instanceof FakeObject) return counted(value);
  if (Array.isArray(value)) return value.map(wrapResult);
  return value;
}

/** The fake behind a counted proxy (or the value itself). Tests use it to look without paying. */
export function raw<T>(value: T): T {
  if (value && typeof value === "object" && RAW in (value as object))
    return (value as Record<symbol, T>)[RAW]!;
  return value;
}

function unwrapArgument(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrapArgument);
  return raw(value);
}

/**
 * The proxy scripts see: each call of a public method costs one service call. Internal calls between
 * fakes go to the raw objects and cost nothing, like work done on Google's side.
 */
export function counted<T extends FakeObject>(target: T): T {
  const existing = proxies.get(target);
  if (existing) return existing as T;
  const proxy = new Proxy(target, {
    has(t, prop) {
      return prop === RAW || Reflect.has(t, prop);
    },
    get(t, prop) {
      if (prop === RAW) return t;
      const value: unknown = Reflect.get(t, prop, t);
      if (
        typeof prop === "symbol" ||
        typeof value !== "function" ||
        prop.startsWith("_") ||
        prop === "constructor"
      ) {
        return value;
      }
      return (...args: unknown[]) => {
        t._runtime.record(t._type, prop);
        return wrapResult((value as (...a: unknown[]) => unknown).apply(t, args.map(unwrapArgument)));
      };
    },
  });
  proxies.set(target, proxy);
  return proxy;
}

/** A Date class whose `now` and `new Date()` read the fake clock, for code loaded in a vm. */
export function clockDate(clock: FakeClock): DateConstructor {
  class ClockDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(clock.now());
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return clock.now();
    }
  }
  return ClockDate as unknown as DateConstructor;
}
