import { syntheticPicture } from "../../test/support/syntheticPicture";
import type { Summary } from "../consolidation/SummarySchema";
import { storeTasks } from "./_lib/storedTasks";
import { readSummaryStore, summaryStoreSheet } from "./summaryStore";

/** A summary whose regions report every task, one with a comment longer than a store cell. */
function summaryWithTasks(units: number): Summary {
  const { summary } = syntheticPicture(units);
  const regions = summary.regions.map((region, r) => ({
    ...region,
    tasks: Array.from({ length: 400 }, (_, t) => ({
      id: `${1 + (t % 7)}.${t}`,
      status: (["done", "in_progress", "not_started"] as const)[(t + r) % 3]!,
      comment: r === 1 && t === 5 ? "pitkä ".repeat(12_000) : t % 10 === 0 ? `Huomio ${t} "lainaus"` : "",
      expected: t % 50 === 0 ? "2023-01-31" : null,
      owner: t % 2 ? "Vastuuhenkilö" : "",
    })),
  }));
  return { ...summary, regions };
}

describe("summaryStoreSheet", () => {
  const summary = summaryWithTasks(30);
  const sheet = summaryStoreSheet(summary, "fi");
  const texts = sheet.cells.slice(1).map((row) => row[1] as string);

  it("keeps the compact JSON, every cell under a cell's limit, and reads back the summary", () => {
    const { regions, ...rest } = summary;
    expect(texts.join("")).toBe(JSON.stringify({ ...rest, ...storeTasks(regions) }));
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(30_000);
    expect(sheet.cells.slice(1).map((row) => row[0])).toEqual(texts.map((_, i) => i));
    expect(readSummaryStore(sheet.cells as never)).toEqual(summary);
  });

  it("cuts between regions where it can: a region's text is in one cell unless it is longer than one", () => {
    const { regions } = storeTasks(summary.regions);
    const whole = regions.map((r) => JSON.stringify(r)).filter((json) => json.length <= 30_000);
    expect(whole.length).toBe(regions.length - 1);
    for (const json of whole) expect(texts.some((text) => text.includes(json))).toBe(true);
  });
});
