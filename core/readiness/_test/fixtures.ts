// Builders shared by the readiness tests; not part of the core API.
import type { IsoDay } from "../../_lib/day";
import type { Programme, RoadmapRow } from "../../programme/ProgrammeSchema";

/** The statuses of the default programme (PRODUCT.md §2), spelled out so the tests do not need the built-ins. */
export const STATUSES: Programme["statuses"] = {
  not_started: { fi: "Ei aloitettu", sv: "Inte påbörjad", en: "Not started" },
  in_progress: { fi: "Käynnissä", sv: "Pågår", en: "In progress" },
  done: { fi: "Valmis", sv: "Klar", en: "Done" },
  not_applicable: { fi: "Ei koske", sv: "Berör inte", en: "Not applicable" },
};

/** A roadmap row with only what readiness looks at. */
export function task(
  id: string,
  start: IsoDay | null,
  end: IsoDay | null,
  more: { critical?: boolean; group?: string | null } = {},
): RoadmapRow {
  return {
    id,
    group: more.group === undefined ? "1" : more.group,
    area: "",
    task: "",
    subtask: "",
    phase: "",
    start,
    end,
    critical: more.critical ?? true,
    checklist: null,
    legalBasis: "",
    nationalSupport: "",
    owner: "",
    links: [],
  };
}
