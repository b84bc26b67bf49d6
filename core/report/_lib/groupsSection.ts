import { formatDayFi } from "../../_lib/day";
import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { interpolate } from "../../i18n/lang";
import type { Lang } from "../../i18n/lang";
import type { Programme } from "../../programme/ProgrammeSchema";
import { NATIONAL_LABELS as N } from "../../sheets/nationalLabels";
import { formatPercent } from "./format";
import type { Html } from "./html";
import { escaped } from "./html";
import { measureSeries, sharesOf } from "./measures";
import { REPORT_LABELS as R } from "./reportLabels";
import { displayName, isReporting } from "./readings";
import { shareCell } from "./tables";

/** The colour key: each band with its threshold, and the grey of "no figure". */
export function bandLegend(programme: Programme, lang: Lang): Html {
  const items = programme.bands.map((band, i) => {
    const higher = programme.bands[i - 1];
    const last = i === programme.bands.length - 1 && i > 0;
    const range =
      last && higher
        ? `< ${formatPercent(Math.round(higher.min * 100), lang)}`
        : `≥ ${formatPercent(Math.round(band.min * 100), lang)}`;
    return escaped`<li><span class="swatch band-${i}"></span>${band.name[lang]} ${range}</li>`;
  });
  return escaped`<ul class="band-legend" aria-label="${R.legend[lang]}">${items}<li><span class="swatch band-none">–</span>${R.noFigure[lang]}</li></ul>`;
}

/** Region × preparation group, both views, every cell in its colour band; the national row last. */
export function groupsSection(p: NationalPicture): Html {
  const { lang, programme } = p;
  const groups = programme.groups;
  if (!groups.length) return escaped``;
  const series = measureSeries(programme, lang);
  const target = formatDayFi(programme.target);
  const kinds = [R.startedShort[lang], R.doneShort[lang], R.startedShort[lang], R.doneShort[lang]];
  const head = escaped`<thead>
<tr><th scope="col" rowspan="3">${N.code[lang]}</th><th scope="col" rowspan="3">${programme.unitLabel[lang]}</th>${groups.map((g) => escaped`<th scope="colgroup" colspan="4" class="group-head">${g.id} ${g.name[lang]}</th>`)}</tr>
<tr>${groups.map(() => escaped`<th scope="colgroup" colspan="2">${R.schedule[lang]}</th><th scope="colgroup" colspan="2">${interpolate(R.readiness[lang], { target })}</th>`)}</tr>
<tr>${groups.map(() => kinds.map((kind, i) => escaped`<th scope="col" title="${series[i]?.long ?? ""}">${kind}</th>`))}</tr>
</thead>`;
  const rows = p.readings.map((r) => {
    const reporting = isReporting(r);
    const cells = groups.map((g) =>
      sharesOf(reporting ? r.groups[g.id] : null).map((s) => shareCell(s, programme, lang)),
    );
    return escaped`<tr><td>${r.code ?? ""}</td><th scope="row" class="${reporting ? "" : "muted-text"}">${displayName(p, r)}</th>${cells}</tr>`;
  });
  const national = groups.map((g) =>
    sharesOf(p.summary.groups[g.id]).map((s) => shareCell(s, programme, lang)),
  );
  return escaped`<section id="groups" class="page">
<h2>${N.groupsTitle[lang]}</h2>
${bandLegend(programme, lang)}
<table class="groups"><colgroup><col class="col-code"><col class="col-name"></colgroup>${head}<tbody>${rows}</tbody><tfoot><tr class="total"><td></td><th scope="row">${N.national[lang]}</th>${national}</tr></tfoot></table>
</section>`;
}
