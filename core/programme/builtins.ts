import { NATIONAL_ACTORS_CSV, REGIONS_CSV, ROADMAP_CSV } from "../../templates/content/defaultContent";
import { parseCsv } from "../_lib/csv";
import { parseRoadmap } from "../roadmap/parseRoadmap";
import type { Group, Programme, ReportingUnit, RoadmapRow } from "./ProgrammeSchema";

class BuiltinContentError extends Error {
  override name = "BuiltinContentError";
}

/** The five preparation groups of the sote reform (PRODUCT.md §2). */
export const PREPARATION_GROUPS: Group[] = [
  {
    id: "1",
    name: {
      fi: "Hallinto, talous ja tukipalvelut",
      sv: "Förvaltning, ekonomi och stödtjänster",
      en: "Administration, finance and support services",
    },
  },
  {
    id: "2",
    name: { fi: "Johtaminen ja osaaminen", sv: "Ledning och kompetens", en: "Management and competence" },
  },
  {
    id: "3",
    name: { fi: "Palveluiden järjestäminen", sv: "Organisering av tjänster", en: "Organisation of services" },
  },
  { id: "4", name: { fi: "Yhdyspinnat", sv: "Gränsytor", en: "Interfaces" } },
  { id: "5", name: { fi: "ICT-valmistelu", sv: "IKT-beredning", en: "ICT preparation" } },
];

const COMMON = {
  phases: [
    {
      id: "VATE",
      name: { fi: "VATE", sv: "Temporärt beredningsorgan", en: "Temporary preparatory body" },
      start: "2021-07-01",
      end: "2022-02-28",
    },
    {
      id: "Aluevaltuusto",
      name: { fi: "Aluevaltuusto", sv: "Områdesfullmäktige", en: "Regional council" },
      start: "2022-03-01",
      end: "2022-12-31",
    },
    {
      id: "Järjestämisvastuu",
      name: { fi: "Järjestämisvastuu", sv: "Organiseringsansvar", en: "Organising responsibility" },
      start: "2023-01-01",
      end: null,
    },
  ],
  statuses: {
    not_started: { fi: "Ei aloitettu", sv: "Inte påbörjad", en: "Not started" },
    in_progress: { fi: "Käynnissä", sv: "Pågår", en: "In progress" },
    done: { fi: "Valmis", sv: "Klar", en: "Done" },
    not_applicable: { fi: "Ei koske", sv: "Berör inte", en: "Not applicable" },
  },
  target: "2023-01-01",
  // Told apart by lightness as well as hue, so readers with a red-green deficiency see four bands and
  // "no figure" (checked with a deuteranopia and protanopia simulation in bandPalette.test.ts).
  bands: [
    {
      id: "dark_green",
      min: 0.9,
      fill: "#00441B",
      font: "#FFFFFF",
      name: { fi: "Tummanvihreä", sv: "Mörkgrön", en: "Dark green" },
    },
    {
      id: "green",
      min: 0.75,
      fill: "#74C476",
      font: "#000000",
      name: { fi: "Vihreä", sv: "Grön", en: "Green" },
    },
    {
      id: "yellow",
      min: 0.5,
      fill: "#FFE699",
      font: "#000000",
      name: { fi: "Keltainen", sv: "Gul", en: "Yellow" },
    },
    { id: "red", min: 0, fill: "#E34A33", font: "#000000", name: { fi: "Punainen", sv: "Röd", en: "Red" } },
  ],
  noFigure: { fill: "#E8E8E8", font: "#404040" },
  checklist: {
    last100: { start: "2022-09-23", end: "2022-12-31" },
    first100: { start: "2023-01-01", end: "2023-04-10" },
  },
  templateVersion: "1.0",
} satisfies Omit<Programme, "id" | "name" | "unitLabel" | "unitsCounted" | "units" | "groups" | "roadmap">;

/**
 * A built-in programme as written here. Its schema is checked by builtins.test.ts, not at every start:
 * parsing both programmes with zod was a tenth of the command line's start-up, for content that cannot
 * change after the build.
 */
function builtIn(programme: Programme): Programme {
  return programme;
}

/**
 * `make`, run on first use and remembered: the built-in roadmaps are parsed from their CSV only by a
 * command that uses them (a consolidation measures against the national workbook's own roadmap).
 */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

function roadmapFromCsv(csv: string, groups: Group[], sheet: string): RoadmapRow[] {
  const parsed = parseRoadmap(parseCsv(csv), { groups, sheet });
  if (!parsed.ok) {
    const first = parsed.issues[0];
    throw new BuiltinContentError(`Built-in roadmap ${sheet} does not parse: ${first?.message ?? "?"}`);
  }
  return parsed.value;
}

function regionsFromCsv(csv: string): ReportingUnit[] {
  return parseCsv(csv)
    .slice(1)
    .filter((row) => row[0])
    .map(([code = "", fi = "", sv = ""]) => ({ code, name: { fi, sv: sv || fi, en: fi } }));
}

/** The default programme: 22 regions reporting on the example roadmap towards 1.1.2023. */
export const REGIONAL: Programme = builtIn({
  ...COMMON,
  id: "regional",
  name: {
    fi: "Sote-uudistuksen toimeenpano",
    sv: "Genomförandet av social- och hälsovårdsreformen",
    en: "Health and social services reform implementation",
  },
  unitLabel: { fi: "Alue", sv: "Område", en: "Region" },
  unitsCounted: { fi: "aluetta", sv: "områden", en: "regions" },
  units: regionsFromCsv(REGIONS_CSV),
  groups: PREPARATION_GROUPS,
  get roadmap() {
    return regionalRoadmap();
  },
});

const regionalRoadmap = once(() =>
  roadmapFromCsv(ROADMAP_CSV, PREPARATION_GROUPS, "tiekartta-esimerkki.csv"),
);
const nationalActorRoadmap = once(() =>
  roadmapFromCsv(NATIONAL_ACTORS_CSV, [], "kansalliset-toimijat-esimerkki.csv"),
);

/** National actors (ministries and agencies) as reporting units, each reporting on its own tasks. */
export const NATIONAL_ACTORS: Programme = builtIn({
  ...COMMON,
  id: "national-actors",
  name: {
    fi: "Kansallisten toimijoiden tiekartta",
    sv: "De nationella aktörernas färdplan",
    en: "National actors' roadmap",
  },
  unitLabel: { fi: "Toimija", sv: "Aktör", en: "Actor" },
  unitsCounted: { fi: "toimijaa", sv: "aktörer", en: "actors" },
  get units() {
    return nationalActors();
  },
  groups: [],
  get roadmap() {
    return nationalActorRoadmap();
  },
});

const nationalActors = once((): ReportingUnit[] =>
  [...new Set(nationalActorRoadmap().map((row) => row.owner))].map((code) => ({
    code,
    name: { fi: code, sv: code, en: code },
  })),
);

export const BUILTIN_PROGRAMMES = { regional: REGIONAL, "national-actors": NATIONAL_ACTORS } as const;
export type BuiltinProgrammeId = keyof typeof BUILTIN_PROGRAMMES;

/**
 * `programme` with the fields of `patch` in place of its own. Unlike a spread it reads none of the
 * others, so a built-in roadmap that is replaced (by the workbook's own) is never parsed.
 * @example withFields(REGIONAL, { roadmap: ownRoadmap }).roadmap === ownRoadmap // true
 */
export function withFields(programme: Programme, patch: Partial<Programme>): Programme {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(programme)) as Programme;
  return Object.assign(
    Object.defineProperties(
      copy,
      Object.fromEntries(
        Object.keys(patch).map((key) => [
          key,
          { value: undefined, writable: true, enumerable: true, configurable: true },
        ]),
      ),
    ),
    patch,
  );
}

/** The tasks a unit reports on: its own where tasks have owners, otherwise all. */
export function unitRoadmap(programme: Programme, unitCode: string): RoadmapRow[] {
  return programme.roadmap.filter((row) => row.owner === "" || row.owner === unitCode);
}
