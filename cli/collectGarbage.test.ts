import { collectGarbage } from "./collectGarbage";

describe("collectGarbage", () => {
  it("collects what is no longer referenced, in a process started without --expose-gc", () => {
    let garbage: number[][] | null = Array.from({ length: 300 }, () =>
      Array.from({ length: 50_000 }, (_, i) => i),
    );
    const held = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(300);
    garbage = null;
    collectGarbage();
    // 300 × 50,000 numbers: over 100 MB (past WORTH_COLLECTING) that only a collection gives back.
    expect(held - process.memoryUsage().heapUsed).toBeGreaterThan(30 * 1024 * 1024);
    expect(garbage).toBeNull();
  });
});
