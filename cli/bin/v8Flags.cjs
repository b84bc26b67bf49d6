// V8 tunes its optimising compiler for programs that run for minutes. A command runs for a second or a
// few, and its own functions run hot only for that while: at V8's defaults about a third of its CPU went
// to compiling them on background threads, much of it on inlining large functions into each other.
// Compiling later (a larger interrupt budget) and inlining less cut the CPU of `consolidate`, `validate`
// and `month` by about a tenth, at 22 regions as at 300 × 24, with no loss of wall time. The launcher
// sets them (cli/bin/tilannekuva.cjs); `npm run bench` runs its floors under the same flags, so a ratio
// compares the work, not the engine's settings.
module.exports = { V8_FLAGS: "--interrupt-budget=150000 --max-inlined-bytecode-size-cumulative=300" };
