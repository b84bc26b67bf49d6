/**
 * Runs one `tilannekuva` command in this process and prints, as the last line of stderr, the process's
 * peak resident memory (its own, not its parent's: ownPeakRss.cjs) and its time: `{"peakRssMb":…,"ms":…,"code":…}`. Used in a child process by the
 * bench and by the flat-memory test, so each measurement is a whole process of its own.
 * Usage: node -r tsx/cjs test/bench/_lib/peakRss.ts consolidate --month … FILES
 */
import { main } from "../../../cli/main";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- shared with usage.cjs, a preload in CommonJS
const { ownPeakRssMb } = require("./ownPeakRss.cjs") as { ownPeakRssMb: () => number };

const started = process.hrtime.bigint();
void main(process.argv.slice(2)).then((code) => {
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const peakRssMb = ownPeakRssMb();
  process.stderr.write(`\n${JSON.stringify({ peakRssMb, ms: Math.round(ms), code })}\n`);
  process.exitCode = code;
});
