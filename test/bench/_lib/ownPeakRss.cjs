// The peak resident memory of this process alone, in MB: on Linux VmHWM of /proc/self/status. The
// rusage figure (`process.resourceUsage().maxRSS`) keeps the peak of the process image before exec,
// the forked copy of its parent: a command run by the bench, or by a jest worker, read as large as its
// parent (a child of a 300 MB parent that peaked at 41 MB read 304 MB).
const { readFileSync } = require("node:fs");

function ownPeakRssMb() {
  try {
    const hwm = /^VmHWM:\s*(\d+) kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Math.round(Number(hwm[1]) / 1024);
  } catch {
    // Not Linux: the rusage figure below, an upper bound.
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

module.exports = { ownPeakRssMb };
