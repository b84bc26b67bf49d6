import type { IsoDay } from "../_lib/day";
import { addMonths, dayParts } from "../_lib/day";
import { reportingCalendar } from "../calendar/reportingCalendar";
import type { Programme, RoadmapRow, StatusCode } from "../programme/ProgrammeSchema";
import type { AssessmentCode, RiskSeverity } from "../sheets/labels";

/** What a simulated preparer types on a month sheet. */
export interface SimulatedEntry {
  status: StatusCode;
  /** Set when the demo mistypes a status on purpose, to show how issues look. */
  typed?: string;
  comment?: string;
  expected?: IsoDay;
  owner?: string;
}

export interface SimulatedMonth {
  entries: Map<string, SimulatedEntry>;
  assessments: Map<string, { code: AssessmentCode; note: string }>;
  risks: { group: string; severity: RiskSeverity; description: string; mitigation: string }[];
}

/** A small deterministic PRNG (mulberry32), so the demo is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function monthsBetween(a: IsoDay, b: IsoDay): number {
  const pa = dayParts(a);
  const pb = dayParts(b);
  return (pb.year - pa.year) * 12 + (pb.month - pa.month) + (pb.day - pa.day) / 30;
}

const OWNERS = [
  "Aino Virtanen",
  "Mikko Korhonen",
  "Laura Nieminen",
  "Juha Mäkinen",
  "Sanna Hämäläinen",
  "Anna Lindqvist",
];
const LATE_COMMENTS = [
  "Odottaa kansallista ohjeistusta.",
  "Hankinta viivästyi; uusi aikataulu sovittu.",
  "Resurssit siirretty ICT-valmisteluun, etenee syksyllä.",
  "Riippuu kuntien päätöksistä.",
];

/**
 * Plausible statuses of one region for one month: each region has its own pace, tasks start around their
 * start date and finish around their end date, progress never goes backwards except in rare, commented
 * cases, and a few tasks are not applicable. Deterministic for a region code and month.
 */
export function simulateMonth(
  programme: Programme,
  roadmap: readonly RoadmapRow[],
  regionCode: string,
  month: string,
): SimulatedMonth {
  const codeNumber = Number(regionCode) || 1;
  const pace = 0.75 + seededRandom(codeNumber * 7919)() * 0.6; // 0.75–1.35: how early this region works
  const { asOf } = reportingCalendar(month);
  const entries = new Map<string, SimulatedEntry>();
  roadmap.forEach((task, index) => {
    // One draw per task and region, fixed across months, so progress is monotonic.
    const r = seededRandom(codeNumber * 100_003 + index * 31)();
    const naDraw = seededRandom(codeNumber * 31_337 + index)();
    if (!task.critical && naDraw < 0.06) {
      entries.set(task.id, { status: "not_applicable", comment: "Ei koske alueen palvelurakennetta." });
      return;
    }
    const sinceStart = task.start ? monthsBetween(task.start, asOf) * pace : -1;
    const sinceEnd = task.end ? monthsBetween(task.end, asOf) * pace : -1;
    let status: StatusCode = "not_started";
    if (sinceStart > r * 7 - 1.5) status = "in_progress";
    if (sinceEnd > r * 5 - 1) status = "done";
    const entry: SimulatedEntry = { status };
    if (status !== "not_started") entry.owner = OWNERS[(index + codeNumber) % OWNERS.length]!;
    if (task.end && task.end <= asOf && status !== "done") {
      entry.comment = LATE_COMMENTS[(index + codeNumber) % LATE_COMMENTS.length]!;
      entry.expected = reportingCalendar(addMonths(month, 1 + Math.floor(r * 3))).asOf;
    }
    entries.set(task.id, entry);
  });
  // A few regions type a status the way people do, to show what the checks say.
  const typos = ["valmis ", "KÄYNNISSÄ", "Klar", "in progress", "valmis?"];
  if (codeNumber % 5 === 0) {
    const target = roadmap[(codeNumber * 3) % roadmap.length];
    const entry = target && entries.get(target.id);
    if (entry && entry.status !== "not_applicable") entry.typed = typos[(codeNumber / 5) % typos.length]!;
  }
  const assessments = new Map<string, { code: AssessmentCode; note: string }>();
  for (const group of programme.groups) {
    const g = seededRandom(codeNumber * 977 + Number(group.id) * 13 + Number(month.slice(5)))();
    const code: AssessmentCode = g < 0.55 ? "green" : g < 0.88 ? "yellow" : "red";
    assessments.set(group.id, {
      code,
      note: code === "green" ? "" : "Aikataulu tiukka; seurataan kuukausittain.",
    });
  }
  const risks = [
    {
      group: programme.groups[4]?.name.fi ?? "",
      severity: "high" as const,
      description: "Asiakas- ja potilastietojärjestelmien yhdistäminen ei valmistu ennen 1.1.2023.",
      mitigation: "Väliaikainen integraatioratkaisu ja varajärjestelyt.",
    },
    ...(codeNumber % 3 === 0
      ? [
          {
            group: programme.groups[1]?.name.fi ?? "",
            severity: "medium" as const,
            description: "Henkilöstön siirtojen yhteistoimintamenettelyt viivästyvät.",
            mitigation: "Lisäresurssit HR-valmisteluun.",
          },
        ]
      : []),
  ];
  return { entries, assessments, risks };
}
