import { formatDayFi } from "../../_lib/day";
import type { NationalPicture } from "../../consolidation/buildNationalPicture";
import { interpolate } from "../../i18n/lang";
import { ASSESSMENTS, LABELS, SEVERITIES } from "../../sheets/labels";
import { NATIONAL_LABELS as N, lateTaskHeaders } from "../../sheets/nationalLabels";
import { issueLocation } from "../../issues/Issue";
import type { Html } from "./html";
import { escaped } from "./html";
import { unitName } from "./readings";
import { REPORT_LABELS as R } from "./reportLabels";
import { dataTable, emptyNote, td } from "./tables";

function groupName(p: NationalPicture, id: string | null): string {
  if (id === null) return "";
  const group = p.programme.groups.find((g) => g.id === id);
  return group ? `${group.id} ${group.name[p.lang]}` : id;
}

/** Critical tasks due by the situation day and not done, one table per region, with the regions' comments. */
export function lateSection(p: NationalPicture): Html {
  const { lang, programme } = p;
  const regions = p.readings.filter((r) => r.late.length);
  const headers = lateTaskHeaders(lang);
  const tables = regions.map(
    (r) => escaped`<h3>${unitName(p, r)} <span class="count">(${r.late.length})</span></h3>
${dataTable(
  headers,
  r.late.map((t) => [
    td(t.taskId, "nowrap"),
    td(groupName(p, t.group)),
    td(t.subtask),
    td(formatDayFi(t.end), "nowrap"),
    td(programme.statuses[t.status][lang], "nowrap"),
    td(t.comment, "text"),
    td(t.expected ? formatDayFi(t.expected) : "", "nowrap"),
    td(t.owner),
  ]),
  "list late",
)}`,
  );
  return escaped`<section id="late" class="page">
<h2>${interpolate(N.lateTitle[lang], { asOf: formatDayFi(p.summary.asOf) })}</h2>
${tables.length ? tables : emptyNote(N.noLate[lang])}
</section>`;
}

/** The regions' self-assessments per preparation group and their risk lists. */
export function risksSection(p: NationalPicture): Html {
  const { lang, programme } = p;
  const assessments = p.readings.flatMap((r) =>
    r.assessments
      .filter((a) => a.code || a.text || a.note)
      .map((a) => [
        td(unitName(p, r)),
        td(groupName(p, a.groupId)),
        td(a.code ? ASSESSMENTS[a.code][lang] : a.text, a.code ? `assessment-${a.code}` : ""),
        td(a.note, "text"),
      ]),
  );
  const risks = p.readings.flatMap((r) =>
    r.risks.map((k) => [
      td(unitName(p, r)),
      td(groupName(p, k.group || null)),
      td(
        k.severity ? SEVERITIES[k.severity][lang] : k.severityText,
        k.severity ? `severity-${k.severity}` : "",
      ),
      td(k.description, "text"),
      td(k.mitigation, "text"),
    ]),
  );
  const unit = programme.unitLabel[lang];
  return escaped`<section id="risks" class="page">
<h2>${R.risksSection[lang]}</h2>
<h3>${N.assessmentsTitle[lang]}</h3>
${assessments.length ? dataTable([unit, LABELS.group[lang], LABELS.assessment[lang], LABELS.assessmentNote[lang]], assessments, "list") : emptyNote(R.noAssessments[lang])}
<h3>${LABELS.risksTitle[lang]}</h3>
${risks.length ? dataTable([unit, LABELS.group[lang], LABELS.riskSeverity[lang], LABELS.riskDescription[lang], LABELS.riskMitigation[lang]], risks, "list") : emptyNote(R.noRisks[lang])}
</section>`;
}

/** Every data-quality issue with its region, severity, code, place and message. */
export function issuesSection(p: NationalPicture): Html {
  const { lang } = p;
  const names = new Map(p.readings.map((r) => [r.code, unitName(p, r)]));
  const issues = p.summary.issues;
  const errors = issues.filter((i) => i.severity === "error").length;
  const rows = issues.map((i) => [
    td(i.region ? (names.get(i.region) ?? i.region) : ""),
    td(i.severity === "error" ? N.error[lang] : N.warning[lang], `severity-${i.severity}`),
    td(i.code, "code"),
    td(issueLocation(i), "nowrap"),
    td(i.taskId ?? "", "nowrap"),
    td(i.message, "text"),
  ]);
  return escaped`<section id="issues" class="page">
<h2>${N.checksTitle[lang]}</h2>
${
  issues.length
    ? escaped`<p>${interpolate(R.issueCounts[lang], { errors, warnings: issues.length - errors })}</p>
${dataTable([p.programme.unitLabel[lang], N.severity[lang], N.issueCode[lang], R.location[lang], N.task[lang], N.message[lang]], rows, "list issues")}`
    : emptyNote(N.noIssues[lang])
}
</section>`;
}
