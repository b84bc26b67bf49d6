/**
 * Runs one `tilannekuva` command in this process and prints, as the last line of stderr, the process's
 * peak resident memory and its time: `{"peakRssMb":…,"ms":…,"code":…}`. Used in a child process by the
 * bench and by the flat-memory test, so each measurement is a whole process of its own.
 * Usage: node -r tsx/cjs test/bench/_lib/peakRss.ts consolidate --month … FILES
 */
import { main } from "../../../cli/main";

const started = process.hrtime.bigint();
void main(process.argv.slice(2)).then((code) => {
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stderr.write(`\n${JSON.stringify({ peakRssMb, ms: Math.round(ms), code })}\n`);
  process.exitCode = code;
});
