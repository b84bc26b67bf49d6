// V8 tunes its optimising compiler for programs that run for minutes. A command runs for a second or a
// few, and its own functions run hot only for that while: at V8's defaults about a third of its CPU went
// to compiling them on background threads, much of it on inlining large functions into each other.
// Inlining less, and compiling later (a larger interrupt budget), cut that. How much later pays depends
// on how long a command runs (`npm run bench`, CPU of whole processes, several runs in turns):
// - `consolidate` and `validate` read and finish in a second or a few: at a budget of 1,000,000 their CPU
//   fell by about a sixth from V8's defaults (22 regions: about 1.0 → 0.8 s; 300 × 24: 5.7 → 4.1 s;
//   validate of 5,000 tasks: 0.49 → 0.40 s), the wall time with it; 3,000,000 was slower again.
// - `month`, `checklists` and the others spend their time in ExcelJS loading and saving a workbook for
//   10–20 s at 5,000 tasks: there code that is compiled later runs slower for longer (1,000,000 cost a
//   tenth more than 150,000, which was itself a tenth below the defaults).
// The launcher sets them (cli/bin/tilannekuva.cjs); `npm run bench` runs each floor under the flags of
// the command it is the floor of, so a ratio compares the work, not the engine's settings.
const SHORT_RUNS = new Set(["consolidate", "validate"]);

/** The V8 flags for `command` (the command line's first argument). */
function v8Flags(command) {
  const budget = SHORT_RUNS.has(command) ? 1000000 : 150000;
  return `--interrupt-budget=${budget} --max-inlined-bytecode-size-cumulative=300`;
}

module.exports = { v8Flags };
