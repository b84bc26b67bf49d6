#!/usr/bin/env node
// Runs the TypeScript command line straight from source, so `npx tilannekuva` works right after `npm install`.
require("tsx/cjs");
require("../main.ts")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
