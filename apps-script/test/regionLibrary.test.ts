/**
 * The region code as a library behind a thin bound script: one push and a new library version update
 * every region. Both built files run as Apps Script runs them: each project in its own global scope,
 * the library reaching the shell as one identifier (`TilannekuvaLib`) holding the library's enumerable
 * globals, less those whose names end in an underscore (the libraries guide's rule for private names).
 */
import { readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import vm from "node:vm";
import type { BuiltProject } from "../scripts/build";
import { buildProjects, LIBRARY_ID_PLACEHOLDER, LIBRARY_SYMBOL } from "../scripts/build";
import { pushPlan } from "../scripts/push";
import type { Bundle } from "./bundleHarness";
import { buildIntoTemp, call, loadBundle } from "./bundleHarness";
import { createFakeAppsScript } from "./fakeSpreadsheetApp";

const APPS_SCRIPT = resolve(__dirname, "..");
const LIBRARY_ID = "1LibraryScriptIdForTheTest_0123456789";

let outDir: string;
let built: BuiltProject[];
let code: (project: string) => string;

beforeAll(async () => {
  ({ outDir, built, code } = await buildIntoTemp());
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const manifestOf = (dir: string, project: string) =>
  JSON.parse(readFileSync(join(dir, project, "appsscript.json"), "utf8")) as {
    oauthScopes: string[];
    dependencies: { libraries?: Record<string, unknown>[] };
  };

/** What a script that includes the library sees under its identifier: what the library's code declared. */
function libraryIdentifier(library: Bundle, services: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(library)
      .filter((name) => !name.endsWith("_") && !(name in services) && name !== "console")
      .map((name) => [name, library[name]]),
  );
}

/** A region spreadsheet whose bound shell includes the library: the library's scope has the services and Sidebar.html. */
function regionWithShell() {
  const env = createFakeAppsScript({
    htmlFiles: { Sidebar: readFileSync(join(APPS_SCRIPT, "src", "sidebar", "Sidebar.html"), "utf8") },
  });
  const spreadsheet = env.addSpreadsheet("Alueen seuranta", { active: true, locale: "fi_FI" });
  const library = loadBundle(code("region-library"), env);
  // The shell's own scope has no service at all: whatever it did besides calling the library would throw.
  const shell = vm.createContext({
    [LIBRARY_SYMBOL]: libraryIdentifier(library, env.globals),
  }) as unknown as Bundle;
  vm.runInContext(code("region-shell"), shell, { filename: "Code.js" });
  return { env, spreadsheet, library, shell };
}

describe("the region library and its thin bound script", () => {
  it("the shell declares every entry point of the library, and nothing else", () => {
    const globalsOf = (project: string) => built.find((b) => b.project === project)!.globals;
    expect(globalsOf("region-shell")).toEqual(globalsOf("region"));
    expect(globalsOf("region-library")).toEqual(globalsOf("region"));
    const shell = code("region-shell");
    expect([...shell.matchAll(/^function (\w+)\(\) \{$/gm)].map((m) => m[1])).toEqual(globalsOf("region"));
    // Comments and one line per entry point: no code of its own to update in 300 copies.
    const statements = shell.split("\n").filter((line) => line.trim() && !line.startsWith("//"));
    expect(statements).toHaveLength(globalsOf("region").length * 3);
    expect(Buffer.byteLength(shell)).toBeLessThan(2 * 1024);
  });

  it("each global of the shell calls the library's function of that name, with the same arguments and result", () => {
    const calls: [string, unknown[]][] = [];
    const spy = new Proxy(
      {},
      {
        get:
          (_, name: string) =>
          (...args: unknown[]) => {
            calls.push([name, args]);
            return `${name} answered`;
          },
      },
    );
    const shell = vm.createContext({ [LIBRARY_SYMBOL]: spy }) as unknown as Bundle;
    vm.runInContext(code("region-shell"), shell);
    const names = built.find((b) => b.project === "region-shell")!.globals;
    const answers = names.map((name) => shell[name]!({ authMode: "LIMITED" }, 2));
    expect(answers).toEqual(names.map((name) => `${name} answered`));
    expect(calls).toEqual(names.map((name) => [name, [{ authMode: "LIMITED" }, 2]]));
  });

  it("opens the menu, runs an action from the menu and from the sidebar through the library", async () => {
    const { env, spreadsheet, library, shell } = regionWithShell();
    await call(env, shell, "onOpen", { authMode: "LIMITED" });
    const items = env.ui.menus[0]!.items.flatMap((i) => ("functionName" in i ? [i.functionName] : []));
    expect(items.filter((name) => typeof shell[name] !== "function")).toEqual([]);

    await call(env, shell, "menuSetupTemplate");
    expect(env.ui.alerts.at(-1)?.prompt).toContain("Pohja on valmis");
    expect(spreadsheet.getSheetByName("Tiekartta")).not.toBeNull();

    await call(env, shell, "showTilannekuvaSidebar");
    expect(env.ui.sidebars.at(-1)!.html).toContain('"project":"region"');
    // google.script.run reaches the bound script's globals: the shell's, which reach the library.
    const outcome = await call(env, shell, "sidebarRun", { action: "setRegion", region: "05", id: "r1" });
    expect(outcome).toMatchObject({
      ok: true,
      message: "Työkirja on valmis: Varsinais-Suomen hyvinvointialue.",
    });
    expect(await call(env, shell, "sidebarOutcome", "r1")).toEqual(outcome);
    await call(env, shell, "menuCreateMonthSheet");
    expect(spreadsheet.getSheetByName("2022-09")).not.toBeNull();
    // The library's whole code was evaluated in the library's scope only.
    expect(typeof library["Tilannekuva"]).toBe("object");
    expect(Object.keys(shell).filter((name) => !(name in library))).toEqual([LIBRARY_SYMBOL]);
  });

  it("hides its loader from the scripts that include it (names ending in _)", () => {
    const { library } = regionWithShell();
    expect(Object.keys(library).filter((name) => name.endsWith("_"))).toEqual([
      "tilannekuva_",
      "loadTilannekuva_",
    ]);
  });
});

describe("manifests", () => {
  it("the library asks for the region project's scopes, runs on V8 in Helsinki time, and depends on nothing", () => {
    expect(manifestOf(outDir, "region-library")).toEqual(manifestOf(outDir, "region"));
  });

  it("the shell lists every scope the library uses and follows the library's latest version", () => {
    const shell = manifestOf(outDir, "region-shell");
    expect(shell).toEqual({
      timeZone: "Europe/Helsinki",
      dependencies: {
        libraries: [
          {
            userSymbol: LIBRARY_SYMBOL,
            libraryId: LIBRARY_ID_PLACEHOLDER,
            version: "stable",
            developmentMode: false,
          },
        ],
      },
      exceptionLogging: "STACKDRIVER",
      runtimeVersion: "V8",
      oauthScopes: manifestOf(outDir, "region-library").oauthScopes,
    });
  });

  it("takes the library's script id and a pinned version from the build, and refuses a version that is none", async () => {
    const dir = join(outDir, "pinned");
    await buildProjects({
      outDir: dir,
      projects: ["region-shell"],
      library: { id: LIBRARY_ID, version: "12" },
    });
    expect(manifestOf(dir, "region-shell").dependencies.libraries).toEqual([
      { userSymbol: LIBRARY_SYMBOL, libraryId: LIBRARY_ID, version: "12", developmentMode: false },
    ]);
    await expect(
      buildProjects({ outDir: dir, projects: ["region-shell"], library: { version: "latest" } }),
    ).rejects.toThrow('"latest" is no library version');
  });
});

describe("gas:push", () => {
  it("pushes the library and makes a new version of it: the one step that updates every region", () => {
    expect(pushPlan(["region-library", "--script-id", LIBRARY_ID, "--description", "Syyskuu"], {})).toEqual({
      project: "region-library",
      scriptId: LIBRARY_ID,
      clasp: [
        ["push", "--force"],
        ["create-version", "Syyskuu"],
      ],
    });
    expect(
      pushPlan(["region-library", "--dry-run"], { TILANNEKUVA_REGION_LIBRARY_SCRIPT_ID: LIBRARY_ID }).clasp,
    ).toEqual([["show-file-status"]]);
  });

  it("pushes the shell (once, to the region template) only with the library's script id", () => {
    const template = "1TemplateScriptIdForTheTest_0123456789";
    expect(() => pushPlan(["region-shell", "--script-id", template], {})).toThrow(/--library-id/);
    expect(
      pushPlan(["region-shell", "--script-id", template], {
        TILANNEKUVA_REGION_LIBRARY_SCRIPT_ID: LIBRARY_ID,
      }),
    ).toEqual({
      project: "region-shell",
      scriptId: template,
      library: { id: LIBRARY_ID },
      clasp: [["push", "--force"]],
    });
    expect(
      pushPlan(
        ["region-shell", "--script-id", template, "--library-id", LIBRARY_ID, "--library-version", "3"],
        {},
      ).library,
    ).toEqual({ id: LIBRARY_ID, version: "3" });
  });

  it("still pushes the bound copies, as before", () => {
    expect(pushPlan(["region", "--script-id", LIBRARY_ID], {}).clasp).toEqual([["push", "--force"]]);
    expect(() => pushPlan(["national"], {})).toThrow("TILANNEKUVA_NATIONAL_SCRIPT_ID");
  });
});
