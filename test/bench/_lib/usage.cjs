// Preloaded (`node -r`) into a measured process: prints its peak resident memory as the last stderr line.
process.on("exit", () => {
  process.stderr.write(
    `\n${JSON.stringify({ peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
  );
});
