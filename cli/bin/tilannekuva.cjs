#!/usr/bin/env node
// Runs the command line compiled to JavaScript (cli/dist/main.cjs, built by `npm run build:cli`, which
// `npm install` and `npm start` run): transpiling TypeScript at every start cost about a second. When
// the build is missing or older than one of the source files it was built from (someone is editing, or
// pulled without building), it runs the TypeScript itself.
const { existsSync, readFileSync, statSync } = require("node:fs");
const { join } = require("node:path");

// Both flags are read by the compiler each time it compiles, so setting them before any of the command
// line's code has run is safe; a flag that sets up the heap (garbage collection) would not be.
require("node:v8").setFlagsFromString(require("./v8Flags.cjs").v8Flags(process.argv[2]));

const root = join(__dirname, "..", "..");
const compiled = join(root, "cli", "dist", "main.cjs");

/**
 * Whether the compiled file is as new as every source file it was built from: the build lists them in
 * cli/dist/inputs.json (paths from the root, with "/"). Only those are looked at: walking the source
 * folders stat'ed every file, tests too, and cost a hundredth of a second at every start.
 */
function fresh() {
  if (!existsSync(compiled)) return false;
  if (!existsSync(join(root, "core"))) return true; // an installed package ships no sources to compare
  const built = statSync(compiled).mtimeMs;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(join(root, "cli", "dist", "inputs.json"), "utf8"));
  } catch {
    return false;
  }
  return inputs.every((path) => {
    const source = statSync(`${root}/${path}`, { throwIfNoEntry: false });
    return source !== undefined && source.mtimeMs <= built;
  });
}

/**
 * The compiled command line, loaded with V8's code cache when there is one for this very file and
 * command: V8 then skips parsing its 0.7 MB and compiling the functions an earlier run of the command
 * compiled (about 0.03 s a start, a twelfth of `validate`). A cache is named by the file's size and time,
 * so a new build never meets an old cache (V8 itself checks only its version, flags and the source's
 * length), and by the command, whose functions it holds. `save` writes one after the command has run
 * when there was none or V8 refused it; where the folder cannot be written (an installed package), the
 * command runs without.
 */
function loadCompiled(command) {
  const { Module } = require("node:module");
  const vm = require("node:vm");
  const { readdirSync, renameSync, rmSync, writeFileSync } = require("node:fs");
  const { mtimeMs, size } = statSync(compiled);
  const dist = join(root, "cli", "dist");
  const build = `main-${Math.round(mtimeMs)}-${size}-`;
  const cacheName = `${build}${/^[a-z]{1,20}$/.test(command ?? "") ? command : "other"}.v8cache`;
  let cachedData;
  try {
    cachedData = readFileSync(join(dist, cacheName));
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(readFileSync(compiled, "utf8")), {
    filename: compiled,
    cachedData,
  });
  const module = new Module(compiled, null);
  module.filename = compiled;
  script.runInThisContext()(module.exports, Module.createRequire(compiled), module, compiled, dist);
  const save = () => {
    if (cachedData && !script.cachedDataRejected) return;
    try {
      const temporary = join(dist, `${cacheName}.${process.pid}`);
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, join(dist, cacheName));
      for (const name of readdirSync(dist))
        if (name.includes(".v8cache") && !name.startsWith(build)) rmSync(join(dist, name), { force: true });
    } catch {
      // A cache is only a shortcut: without one the next start parses the file, as now.
    }
  };
  return { main: module.exports.main, save };
}

let main;
let save = () => {};
if (fresh()) {
  ({ main, save } = loadCompiled(process.argv[2]));
} else {
  require("tsx/cjs");
  main = require("../main.ts").main;
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  save();
});
