// Preloaded (`node -r`) into a measured process: prints, as the last stderr line, its peak resident
// memory and the CPU time it used (user + system), which a machine shared with others does not inflate.
process.on("exit", () => {
  const usage = process.resourceUsage();
  const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
  process.stderr.write(`\n${JSON.stringify({ peakRssMb: Math.round(usage.maxRSS / 1024), cpuMs })}\n`);
});
