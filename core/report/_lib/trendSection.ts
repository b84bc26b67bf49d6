import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { pooledHistory } from "../../consolidation/buildNationalPicture";
import { LABELS } from "../../sheets/labels";
import { NATIONAL_LABELS as N } from "../../sheets/nationalLabels";
import { formatMonthShort, formatPercent, formatShare } from "./format";
import type { Html } from "./html";
import { escaped } from "./html";
import { lineChart } from "./lineChart";
import { measureSeries, sharesOf } from "./measures";
import { REPORT_LABELS as R } from "./reportLabels";
import { dataTable, emptyNote, shareCell, td } from "./tables";

/** The national shares month by month over the history, as a line chart and a table. */
export function trendSection(p: NationalPicture): Html {
  const { lang, programme } = p;
  const months = [...new Set(p.history.map((row) => row.month))].sort();
  if (!months.length) {
    return escaped`<section id="trend" class="page"><h2>${N.trendTitle[lang]}</h2>${emptyNote(R.noHistory[lang])}</section>`;
  }
  const national = months.map((month) => sharesOf(pooledHistory(p.history, month)));
  const labels = months.map(formatMonthShort);
  const series = measureSeries(programme, lang).map((s, k) => ({
    label: s.short,
    colour: s.colour,
    dash: s.dash,
    values: national.map((shares) => shares[k]?.share ?? null),
    texts: national.map(
      (shares, m) => `${labels[m] ?? ""} – ${s.short}: ${formatShare(shares[k]?.share ?? null, lang)}`,
    ),
  }));
  const chart = lineChart({
    id: "trend-chart",
    title: N.trendTitle[lang],
    desc: R.trendDesc[lang],
    xLabels: labels,
    series,
    tick: (percent) => formatPercent(percent, lang),
  });
  const table = dataTable(
    [LABELS.month[lang], ...series.map((s) => s.label)],
    months.map((month, m) => [
      td(formatMonthShort(month)),
      ...(national[m] ?? []).map((s) => shareCell(s, programme, lang)),
    ]),
    "figures trend",
  );
  return escaped`<section id="trend" class="page">
<h2>${N.trendTitle[lang]}</h2>
<figure class="chart-box">${chart}</figure>
<h3>${R.chartTable[lang]}</h3>
${table}
</section>`;
}
