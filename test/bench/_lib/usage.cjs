// Preloaded (`node -r`) into a measured process: prints, as the last stderr line, its peak resident
// memory (its own, see ownPeakRss.cjs) and the CPU time it used (user + system), which a machine shared
// with others does not inflate.
const { ownPeakRssMb } = require("./ownPeakRss.cjs");

process.on("exit", () => {
  const usage = process.resourceUsage();
  const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
  process.stderr.write(`\n${JSON.stringify({ peakRssMb: ownPeakRssMb(), cpuMs })}\n`);
});
