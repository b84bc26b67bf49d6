/**
 * Runs the built Code.js the way Apps Script does: one classic script in a fresh global scope holding
 * the (fake) services, its entry points called by name. The sidebar's script runs in a second vm with
 * a small DOM, its google.script.run calls going to the bundle as separate executions.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import type { BuiltProject } from "../scripts/build";
import { buildProjects } from "../scripts/build";
import type { FakeAppsScript } from "./fakeSpreadsheetApp";
import { MiniDocument } from "./fake/miniDom";

export type Bundle = Record<string, (...args: unknown[]) => unknown>;

const builds: string[] = [];
// A test file that imports this removes its builds when it ends, so runs leave nothing in the temp folder.
afterAll(() => {
  for (const dir of builds.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Builds both projects into a new temporary folder (the real build, not a copy of dist/). */
export async function buildIntoTemp(): Promise<{
  outDir: string;
  built: BuiltProject[];
  code: (project: string) => string;
}> {
  const outDir = mkdtempSync(join(tmpdir(), "tilannekuva-gas-"));
  builds.push(outDir);
  const built = await buildProjects({ outDir });
  return { outDir, built, code: (project) => readFileSync(join(outDir, project, "Code.js"), "utf8") };
}

/** Loads Code.js into a new global scope holding the fake services; returns its globals. */
export function loadBundle(code: string, env: FakeAppsScript): Bundle {
  const context = vm.createContext({ ...env.globals, console });
  vm.runInContext(code, context, { filename: "Code.js" });
  return context as unknown as Bundle;
}

/** Calls a global function of the bundle as one execution (menu click or google.script.run). */
export function call(
  env: FakeAppsScript,
  bundle: Bundle,
  name: string,
  ...args: unknown[]
): Promise<unknown> {
  const fn = bundle[name];
  if (typeof fn !== "function") throw new Error(`Code.js has no global function ${name}`);
  return env.execute("ui", () => fn(...args));
}

const json = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

export interface SidebarHarness {
  document: MiniDocument;
  /** Every google.script.run call the sidebar made: function name and (JSON) argument. */
  calls: { name: string; args: unknown[] }[];
  /** Runs the timers due within `ms` of simulated browser time, then lets the calls settle. */
  advance(ms: number): Promise<void>;
  /** Waits for the sidebar's pending server calls (and what they trigger) to finish. */
  idle(): Promise<void>;
  button(text: string): { click(): void; disabled: boolean };
  /** The text of the status area under the buttons. */
  status(): string;
  /** The element with role="alert" in the status area, if any. */
  alert(): string | null;
}

/**
 * Runs the sidebar's script (from the HTML the bundle's HtmlService template produced). Its
 * google.script.run goes to `server`, which by default calls the bundle; `server` may replace a function
 * (e.g. to make it fail as the network would).
 */
export function loadSidebar(
  html: string,
  server: (name: string, args: unknown[]) => Promise<unknown>,
): SidebarHarness {
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!script) throw new Error("The sidebar has no script");
  const document = new MiniDocument();
  document.body.appendChild(document.createElement("main")).setAttribute("id", "app");
  const calls: SidebarHarness["calls"] = [];
  let now = 0;
  let nextTimer = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();

  function runner(success?: (v: unknown) => void, failure?: (e: unknown) => void): object {
    return new Proxy(
      {},
      {
        get(_, prop: string) {
          if (prop === "withSuccessHandler") return (fn: (v: unknown) => void) => runner(fn, failure);
          if (prop === "withFailureHandler") return (fn: (e: unknown) => void) => runner(success, fn);
          return (...args: unknown[]) => {
            calls.push({ name: prop, args: json(args) });
            void server(prop, json(args)).then(
              (value) => success?.(json(value)),
              (error: unknown) =>
                failure?.({
                  name: "ScriptError",
                  message: error instanceof Error ? error.message : String(error),
                }),
            );
          };
        },
      },
    );
  }

  const window = {
    setTimeout: (fn: () => void, ms: number) => {
      const id = nextTimer++;
      timers.set(id, { at: now + (ms || 0), fn });
      return id;
    },
    clearTimeout: (id: number) => timers.delete(id),
  };
  vm.runInNewContext(script, {
    document,
    window,
    google: {
      script: {
        get run() {
          return runner();
        },
      },
    },
    console,
  });

  // The fake services answer at once, so a call settles within one macrotask; calls a test holds back
  // (to look at the sidebar meanwhile) stay pending without blocking.
  async function idle(): Promise<void> {
    for (let round = 0; round < 10; round++) await new Promise((resolve) => setImmediate(resolve));
  }

  return {
    document,
    calls,
    idle,
    async advance(ms) {
      const until = now + ms;
      await idle();
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, t]) => t.at <= until)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].fn();
        await idle();
      }
      now = until;
    },
    button(text) {
      const found = document.byText("button", text);
      if (!found) throw new Error(`No button "${text}"`);
      return found;
    },
    status: () => document.getElementById("status")?.textContent ?? "",
    alert: () =>
      document
        .getElementById("status")
        ?.descendants()
        .find((e) => e.getAttribute("role") === "alert")?.textContent ?? null,
  };
}
