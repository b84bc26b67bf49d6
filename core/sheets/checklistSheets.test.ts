import type { Grid } from "../_lib/cells";
import { REGIONAL, unitRoadmap } from "../programme/builtins";
import { buildChecklistSheets } from "./checklistSheets";

const roadmap = unitRoadmap(REGIONAL, "05");
const FIRST = 5; // the first task row: the header is row 4

describe("buildChecklistSheets", () => {
  const [last100] = buildChecklistSheets({
    programme: REGIONAL,
    roadmap,
    lang: "fi",
    unit: "Varsinais-Suomi",
  });

  it("offers Kyllä/Ei in the sheet's language, not TRUE/FALSE, and rejects anything else", () => {
    expect(last100!.checkboxes).toBeUndefined();
    expect(last100!.validations).toEqual([
      expect.objectContaining({
        values: ["Kyllä", "Ei"],
        strict: true,
        error: expect.stringContaining("Kyllä, Ei"),
      }),
    ]);
    expect(last100!.cells[FIRST - 1]![5]).toBe("Ei");
    const [sv] = buildChecklistSheets({ programme: REGIONAL, roadmap, lang: "sv" });
    expect(sv!.validations![0]!.values).toEqual(["Ja", "Nej"]);
    expect(sv!.cells[FIRST - 1]![5]).toBe("Nej");
  });

  it("counts days left only for undone tasks and only until the window ends", () => {
    const formula = (last100!.cells[FIRST - 1]![4] as { formula: string }).formula;
    expect(formula).toBe(
      `=IF(OR(F5="Kyllä",F5="Ja",F5="Yes",F5="x",F5=TRUE,D5=""),"",IF(TODAY()>DATE(2022,12,31),"",D5-TODAY()))`,
    );
  });

  it("keeps what was ticked on an older tab (TRUE, x, Kyllä, Ja) as done, in the sheet's language", () => {
    const ids = last100!.cells.slice(FIRST - 1).map((row) => String(row[0]));
    const header = last100!.cells[FIRST - 2]!.map(String);
    const existing: Grid = [
      header,
      [ids[0]!, null, null, null, null, true],
      [ids[1]!, null, null, null, null, "TRUE"],
      [ids[2]!, null, null, null, null, "ja"],
      [ids[3]!, null, null, null, null, "Kyllä"],
      [ids[4]!, null, null, null, null, "Ei", "Maija", "Kesken"],
    ];
    const [again] = buildChecklistSheets({
      programme: REGIONAL,
      roadmap,
      lang: "fi",
      existing: { last100: existing },
    });
    const done = again!.cells.slice(FIRST - 1, FIRST + 4).map((row) => [row[5], row[6]]);
    expect(done).toEqual([
      ["Kyllä", null],
      ["Kyllä", null],
      ["Kyllä", null],
      ["Kyllä", null],
      ["Ei", "Maija"],
    ]);
  });

  it("prints A4 landscape with the header repeated and the region in the footer", () => {
    expect(last100!.print).toMatchObject({
      orientation: "landscape",
      fitWide: 1,
      repeatRows: { from: 4, to: 4 },
      footer: { center: "Varsinais-Suomi" },
    });
  });
});
