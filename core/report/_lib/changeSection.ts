import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { LABELS } from "../../sheets/labels";
import { NATIONAL_LABELS as N } from "../../sheets/nationalLabels";
import { formatChange } from "./format";
import type { Html } from "./html";
import { escaped } from "./html";
import { EXECUTIVE_LABELS as E } from "./executiveLabels";
import { measureSeries, sharesOf } from "./measures";
import { displayName, isReporting } from "./readings";
import { dataTable, td } from "./tables";

/** Per region: the change of each share from last month, and how many tasks started, finished or went back. */
export function changeSection(p: NationalPicture): Html {
  const { lang, programme } = p;
  const series = measureSeries(programme, lang);
  const rows = p.readings.map((r) => {
    const now = sharesOf(isReporting(r) ? r.measures : null);
    const before = sharesOf(r.code ? p.previous.regions.get(r.code) : null);
    const count = (n: number | undefined) => td(n === undefined ? LABELS.noFigure[lang] : String(n), "num");
    return [
      td(r.code ?? ""),
      td(displayName(p, r)),
      ...now.map((s, i) => td(formatChange(s, before[i], lang), "num")),
      count(r.change?.newStarts),
      count(r.change?.newCompletions),
      td(
        r.change ? String(r.change.regressions) : LABELS.noFigure[lang],
        r.change?.regressions ? "num severity-high" : "num",
      ),
    ];
  });
  const headers = [
    N.code[lang],
    programme.unitLabel[lang],
    ...series.map((s) => s.short),
    E.newStarts[lang],
    E.newCompletions[lang],
    E.regressions[lang],
  ];
  return escaped`<section id="change">
<h2>${E.changeTitle[lang]}</h2>
<div class="scroll">${dataTable(headers, rows, "change")}</div>
</section>`;
}
