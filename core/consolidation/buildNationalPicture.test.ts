import { readGrid, typeCells } from "../../test/roadmap/_support/demoRegions";
import { MemoryWorkbook } from "../../test/support/MemoryWorkbook";
import { consolidate, createMonthSheet, createRegionWorkbook, setupTemplate } from "../actions";
import { simulatedCells } from "../demo/simulatedCells";
import { simulateMonth } from "../demo/simulateMonth";
import type { DiscussionEntry } from "../discussion/DiscussionSchema";
import { REGIONAL, unitRoadmap } from "../programme/builtins";
import type { RoadmapRevision } from "../revisions/RoadmapRevision";
import { assessmentSheetName } from "../sheets/assessmentSheet";
import { buildNationalPicture } from "./buildNationalPicture";
import type { RegionReading } from "./RegionReading";
import { SummarySchema } from "./SummarySchema";

jest.setTimeout(60_000);

const CODES = ["01", "05", "12"];

/** Three regions read by the real reader for September 2022, their sheets typed by the demo simulator. */
async function septemberReadings(): Promise<RegionReading[]> {
  const template = new MemoryWorkbook();
  await setupTemplate(template, { lang: "fi" });
  const sources = [];
  for (const code of CODES) {
    const workbook = new MemoryWorkbook();
    await createRegionWorkbook(template, workbook, { region: code });
    for (const month of ["2022-08", "2022-09"]) {
      await createMonthSheet(workbook, { month });
      const simulated = simulateMonth(REGIONAL, unitRoadmap(REGIONAL, code), code, month);
      // The statuses on the month sheet, the self-assessment and risks on the month's own sheet.
      for (const sheet of [month, assessmentSheetName(month, "fi")]) {
        const typed = simulatedCells(await readGrid(workbook, sheet), simulated, REGIONAL, "fi");
        await typeCells(workbook, sheet, typed);
      }
    }
    sources.push({ label: `${code}.xlsx`, workbook });
  }
  const result = await consolidate(new MemoryWorkbook(), sources, { month: "2022-09" });
  return result.picture!.readings.filter((r) => r.code && CODES.includes(r.code));
}

// Keys in another order than the schemas': the summary must put them in the schemas' order itself.
const DISCUSSIONS: DiscussionEntry[] = [
  {
    carriedFrom: null,
    link: "",
    source: null,
    done: false,
    due: "2022-10-31",
    who: "Alue",
    text: "Alue toimittaa päivitetyn ICT-siirtosuunnitelman",
    date: "2022-09-14",
    kind: "action",
    month: "2022-09",
    region: "01",
  },
  {
    region: "05",
    month: "2022-10",
    kind: "discussion",
    date: "2022-10-12",
    text: "Lokakuun keskustelu, joka ei kuulu syyskuun kuvaan",
    who: "",
    due: null,
    done: false,
    source: null,
    link: "",
    carriedFrom: null,
  },
];
const REVISION: RoadmapRevision = {
  critical: 2,
  dates: 1,
  moved: 1,
  renamed: 1,
  retired: 2,
  added: 2,
  to: "2022-09",
  from: "1.0",
  month: "2022-09",
};

describe("buildNationalPicture", () => {
  it("builds the summary exactly as SummarySchema.parse would give it, key order included", async () => {
    const readings = await septemberReadings();
    // A second file of region 05 (an issue, not counted); every other unit of the programme is missing.
    const picture = buildNationalPicture([...readings, { ...readings[1]!, label: "05-kopio.xlsx" }], {
      programme: REGIONAL,
      month: "2022-09",
      lang: "fi",
      discussions: { entries: DISCUSSIONS, unreadable: [] },
      revision: REVISION,
    });
    const { summary } = picture;
    // What the comparison covers: figures, details, missing regions, issues, discussions and a revision.
    const read = summary.regions.filter((r) => r.reporting);
    expect(read.map((r) => r.code)).toEqual(CODES);
    expect(summary.regions).toHaveLength(REGIONAL.units.length);
    for (const region of read) {
      expect(region.late!.length).toBeGreaterThan(0);
      expect(region.tasks!.length).toBeGreaterThan(0);
      expect(region.assessments!.length).toBeGreaterThan(0);
      expect(region.change).not.toBeNull();
    }
    expect(read.some((r) => r.risks!.length > 0)).toBe(true);
    expect(summary.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(["duplicate_region", "region_missing"]),
    );
    expect(summary.discussions).toHaveLength(1);
    expect(summary.roadmapChange).toEqual(REVISION);

    expect(JSON.stringify(summary)).toBe(JSON.stringify(SummarySchema.parse(summary)));
  });
});
