import { picture } from "../../report/_test/fixtures";
import { nationalSheets } from "./nationalSheets";

describe("nationalSheets print setup", () => {
  it("prints every national sheet A4 landscape, one page wide, with a national footer and the month", () => {
    for (const lang of ["fi", "sv", "en"] as const) {
      const p = picture(lang);
      for (const sheet of nationalSheets(p)) {
        expect(sheet.print).toMatchObject({ orientation: "landscape", paper: "A4", fitWide: 1 });
        expect(sheet.print?.footer.left).toBe(p.programme.name[lang]);
        expect(sheet.print?.footer.center).toContain(p.month);
      }
    }
  });

  it("fits the summary on one page and repeats the frozen header rows of the others", () => {
    const [summary, ...rest] = nationalSheets(picture("fi"));
    expect(summary!.print?.fitTall).toBe(1);
    for (const sheet of rest) {
      expect(sheet.print?.fitTall).toBeUndefined();
      if (sheet.frozen?.rows)
        expect(sheet.print?.repeatRows).toEqual({ from: sheet.frozen.rows, to: sheet.frozen.rows });
    }
  });
});
