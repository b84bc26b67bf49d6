import { formatDayFi } from "../../../core/_lib/day";
import { REGIONAL } from "../../../core/programme/builtins";
import type { RoadmapRow } from "../../../core/programme/ProgrammeSchema";

const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** A roadmap as the ministry would save it from a spreadsheet: a CSV with Finnish headers. */
export function roadmapCsv(rows: readonly RoadmapRow[]): string {
  const header =
    "Tunnus,Valmisteluryhmä,Tehtäväkokonaisuus,Tehtävä,Osatehtävä,Vaihe,Alkaa,Päättyy,Kriittinen";
  const lines = rows.map((r) =>
    [
      r.id,
      REGIONAL.groups.find((g) => g.id === r.group)?.name.fi ?? "",
      r.area,
      r.task,
      r.subtask,
      r.phase,
      r.start ? formatDayFi(r.start) : "",
      r.end ? formatDayFi(r.end) : "",
      r.critical ? "Kyllä" : "Ei",
    ]
      .map(quote)
      .join(","),
  );
  return `${[header, ...lines].join("\n")}\n`;
}
