import { buildNationalPicture } from "../consolidation/buildNationalPicture";
import { REGIONAL } from "../programme/builtins";
import { measures, picture, readings } from "./_test/fixtures";
import { count, regionRow, section } from "./_test/markup";
import { renderReport } from "./index";

describe("renderReport share formatting", () => {
  const nearly = (lang: "fi" | "en") => {
    const [first] = readings();
    const almost = {
      ...first!,
      measures: measures([
        [199, 200],
        [1, 200],
        [0, 5],
        [5, 5],
      ]),
      late: [],
      risks: [],
      issues: [],
    };
    return section(
      renderReport(buildNationalPicture([almost], { programme: REGIONAL, month: "2022-09", lang })),
      "national",
    );
  };

  it("never rounds an unfinished share up to 100 % or a started one down to 0 %", () => {
    expect([...nearly("fi").matchAll(/card-value [\w-]+">([^<]*)</g)].map((m) => m[1])).toEqual([
      "99 %",
      "1 %",
      "0 %",
      "100 %",
    ]);
    expect([...nearly("en").matchAll(/card-value [\w-]+">([^<]*)</g)].map((m) => m[1])).toEqual([
      "99%",
      "1%",
      "0%",
      "100%",
    ]);
  });

  it("shows – for a share without a figure, never 0 % or 100 %", () => {
    const table = section(renderReport(picture("fi")), "regions");
    const none = regionRow(table, "05");
    expect(count(none, ">–</td>")).toBe(4);
    expect(none).not.toMatch(/\d %/);
  });
});
