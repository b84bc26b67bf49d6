import { formatDayFi } from "../../_lib/day";
import { formatMonthLong } from "../../calendar/formatMonthLong";
import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { interpolate } from "../../i18n/lang";
import type { Share } from "../../readiness/Share";
import { LABELS } from "../../sheets/labels";
import { NATIONAL_LABELS as N } from "../../sheets/nationalLabels";
import { bandClass, noFigureColours } from "./bands";
import { barChart } from "./barChart";
import { formatChange, formatPercent, formatShare } from "./format";
import type { Html } from "./html";
import { escaped } from "./html";
import { measureSeries, sharesOf } from "./measures";
import { displayName, isReporting, unitName } from "./readings";
import { REPORT_LABELS as R } from "./reportLabels";
import { EXECUTIVE_LABELS as E } from "./executiveLabels";
import { dataTable, shareCell, td } from "./tables";
import { changeBasis } from "../../consolidation/changeBasis";
import { roadmapChangeNote } from "../../revisions/roadmapChangeNote";

/** The report's title: `Tilannekuva syyskuu 2022`. */
export function reportTitle(p: NationalPicture): string {
  return interpolate(N.title[p.lang], { month: formatMonthLong(p.month, p.lang) });
}

/** Title block: programme, month, situation day, target day, who reported. */
export function headerSection(p: NationalPicture): Html {
  const { lang, summary } = p;
  const missing = p.readings.filter((r) => !isReporting(r));
  return escaped`<header>
<p class="programme">${p.programme.name[lang]}</p>
<h1>${reportTitle(p)}</h1>
<dl class="facts">
<div><dt>${LABELS.asOf[lang]}</dt><dd>${formatDayFi(summary.asOf)}</dd></div>
${summary.publishBy ? escaped`<div><dt>${E.publishBy[lang]}</dt><dd>${formatDayFi(summary.publishBy)}</dd></div>` : ""}
<div><dt>${LABELS.target[lang]}</dt><dd>${formatDayFi(summary.target)}</dd></div>
<div><dt>${N.reporting[lang]}</dt><dd>${summary.reporting.count}/${summary.reporting.of}</dd></div>
</dl>
${missing.length ? escaped`<p class="missing"><strong>${R.notReportingList[lang]}:</strong> ${missing.map((r) => unitName(p, r)).join(", ")}</p>` : ""}
</header>`;
}

/** The four national shares, each with its count and the change from last month. */
export function nationalSection(p: NationalPicture): Html {
  const { lang, programme } = p;
  const series = measureSeries(programme, lang);
  const basis = changeBasis(p).national;
  const before = sharesOf(basis.before ?? null);
  const now = sharesOf(basis.now ?? null);
  const cards = sharesOf(p.summary.national).map((share, i) => {
    const value = share?.share ?? null;
    return escaped`<div class="card">
<div class="card-label">${series[i]?.long ?? ""}</div>
<div class="card-value ${bandClass(value, programme)}">${formatShare(value, lang)}</div>
<div class="card-count">${share ? interpolate(R.tasks[lang], { count: share.count, of: share.of }) : ""}</div>
<div class="card-change">${R.changeFromPrevious[lang]}: <span class="nowrap">${formatChange(now[i], before[i], lang)}</span></div>
</div>`;
  });
  return escaped`<section id="national">
<h2>${R.nationalTitle[lang]}</h2>
<div class="cards">${cards}</div>
${p.roadmapChange ? escaped`<p class="roadmap-change">${roadmapChangeNote(p.roadmapChange, lang)}</p>` : ""}
</section>`;
}

function barText(label: string, share: Share | null, lang: NationalPicture["lang"]): string {
  const figure = formatShare(share?.share ?? null, lang);
  return share && share.share !== null
    ? `${label}: ${figure} (${share.count}/${share.of})`
    : `${label}: ${figure}`;
}

/** The four shares per region as a bar chart, with the same figures as a table for print and screen readers. */
export function regionsSection(p: NationalPicture): Html {
  const { lang, programme } = p;
  const series = measureSeries(programme, lang);
  const noFigure = noFigureColours(programme);
  const rows = p.readings.map((r) => {
    const shares = sharesOf(r.measures);
    return {
      label: unitName(p, r),
      muted: !isReporting(r),
      values: shares.map((s) => s?.share ?? null),
      texts: shares.map((s, i) => `${unitName(p, r)} – ${barText(series[i]?.short ?? "", s, lang)}`),
    };
  });
  const chart = barChart({
    id: "region-chart",
    title: N.chartShares[lang],
    desc: R.barChartDesc[lang],
    series: series.map((s) => ({ label: s.short, colour: s.colour })),
    rows,
    tick: (percent) => formatPercent(percent, lang),
    muted: { ...noFigure, text: R.notReporting[lang] },
  });
  const yes = LABELS.yes[lang];
  const table = dataTable(
    [N.code[lang], programme.unitLabel[lang], ...series.map((s) => s.short), N.reports[lang]],
    p.readings.map((r) => {
      const reporting = isReporting(r);
      return [
        td(r.code ?? ""),
        td(displayName(p, r), reporting ? "" : "muted-text"),
        ...sharesOf(reporting ? r.measures : null).map((s) => shareCell(s, programme, lang)),
        td(reporting ? yes : R.notReporting[lang], reporting ? "" : "band-none"),
      ];
    }),
    "figures",
  );
  return escaped`<section id="regions" class="page">
<h2>${N.regionsTitle[lang]}</h2>
<figure class="chart-box">${chart}</figure>
<h3>${R.chartTable[lang]}</h3>
${table}
</section>`;
}
