#!/usr/bin/env node
// Runs the command line compiled to JavaScript (cli/dist/main.cjs, built by `npm run build:cli`, which
// `npm install` and `npm start` run): transpiling TypeScript at every start cost about a second. When
// the build is missing or older than a source file (someone is editing), it runs the TypeScript itself.
const { existsSync, readdirSync, statSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..", "..");
const compiled = join(root, "cli", "dist", "main.cjs");

/** The newest modification time of the .ts files under `dir` (tests excluded). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "dist" && entry.name !== "node_modules")
        newest = Math.max(newest, newestSource(path));
    } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

function fresh() {
  if (!existsSync(compiled)) return false;
  if (!existsSync(join(root, "core"))) return true; // an installed package ships no sources to compare
  const built = statSync(compiled).mtimeMs;
  return ["cli", "core", "templates"].every(
    (dir) => !existsSync(join(root, dir)) || newestSource(join(root, dir)) <= built,
  );
}

let main;
if (fresh()) {
  main = require(compiled).main;
} else {
  require("tsx/cjs");
  main = require("../main.ts").main;
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
