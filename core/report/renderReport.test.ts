import { buildNationalPicture } from "../consolidation/buildNationalPicture";
import type { HistoryRow } from "../consolidation/history";
import { REGIONAL } from "../programme/builtins";
import { escapeHtml } from "./_lib/escapeHtml";
import { FORMULA_RISK, HOSTILE_MESSAGE, SCRIPT_COMMENT, picture, readings } from "./_test/fixtures";
import { count, headings, regionRow, section } from "./_test/markup";
import { renderReport } from "./index";

describe("renderReport", () => {
  const fi = renderReport(picture("fi"));

  it("is one HTML5 document in the picture's language", () => {
    expect(fi.startsWith('<!DOCTYPE html>\n<html lang="fi">')).toBe(true);
    expect(fi.trimEnd().endsWith("</html>")).toBe(true);
    expect(renderReport(picture("sv"))).toContain('<html lang="sv">');
    expect(count(fi, "<svg")).toBe(2);
  });

  it("loads nothing from anywhere: no scripts, links, imports, urls or images", () => {
    // The only address and tag-like text in the document are what regions typed, shown as text.
    const typed = [FORMULA_RISK, HOSTILE_MESSAGE].map(escapeHtml);
    for (const text of typed) expect(fi).toContain(text);
    const rest = typed.reduce((doc, text) => doc.split(text).join(""), fi).toLowerCase();
    const needles = [
      "http://",
      "https://",
      "<script",
      "<link",
      "@import",
      "url(",
      "<img",
      "<iframe",
      "<object",
      "src=",
      "href=",
    ];
    expect(needles.filter((needle) => rest.includes(needle))).toEqual([]);
  });

  it("shows region text literally, never as markup", () => {
    expect(fi).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(fi).not.toContain(SCRIPT_COMMENT);
    expect(fi).toContain("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)");
    expect(fi).toContain(escapeHtml(HOSTILE_MESSAGE));
    expect(fi).not.toContain("<img");
    expect(fi).toContain("Etenee &amp; &quot;hyvin&quot;");
  });

  it("escapes names and keeps colours out of the style sheet unless they are hex colours", () => {
    const programme = {
      ...REGIONAL,
      units: [{ code: "01", name: { fi: "Alue <b>&</b>", sv: "Alue <b>&</b>", en: "Alue <b>&</b>" } }],
      noFigure: { fill: "red}</style><script>alert(1)</script>", font: "#404040" },
    };
    const doc = renderReport(
      buildNationalPicture(readings().slice(0, 1), { programme, month: "2022-09", lang: "fi" }),
    );
    expect(doc).toContain("01 Alue &lt;b&gt;&amp;&lt;/b&gt;");
    expect(doc).not.toContain("<b>");
    expect(doc).not.toContain("<script");
    expect(doc).toContain(".band-none{background:#D9D9D9;color:#404040}");
  });

  it("names every region of the programme, reporting or not", () => {
    for (const unit of REGIONAL.units) expect(fi).toContain(escapeHtml(unit.name.fi));
    expect(section(fi, "regions")).toContain("Ei raportoinut");
    expect(fi).toContain("<dd>2/22</dd>");
  });

  it("shows the national shares with the change from last month", () => {
    const national = section(fi, "national");
    // 5/6, 1/2, 4/8 and 1/8 of regions 01 and 02 pooled; August pooled 3/6, 0/2, 3/8, 0/8.
    expect([...national.matchAll(/card-value [\w-]+">([^<]*)</g)].map((m) => m[1])).toEqual([
      "83 %",
      "50 %",
      "50 %",
      "13 %",
    ]);
    expect(national).toContain("+33,3 %-yks.");
    expect(national).toContain("+12,5 %-yks.");
    expect(national).toContain("5/6 tehtävää");
    const en = section(renderReport(picture("en")), "national");
    expect([...en.matchAll(/card-value [\w-]+">([^<]*)</g)].map((m) => m[1])).toEqual([
      "83%",
      "50%",
      "50%",
      "13%",
    ]);
    expect(en).toContain("+33.3 pp");
  });

  it("shows no change without last month's figures", () => {
    const national = section(renderReport(picture("fi", [])), "national");
    expect(count(national, 'kuukaudesta: <span class="nowrap">–</span>')).toBe(4);
  });

  it("colours shares by the programme's bands and greys missing figures", () => {
    const table = section(fi, "regions");
    expect(regionRow(table, "02")).toContain('<td class="num band-0" title="3/3">100 %</td>');
    expect(regionRow(table, "02")).toContain('<td class="num band-none" title="0/0">–</td>');
    expect(regionRow(table, "01")).toContain('<td class="num band-3" title="1/4">25 %</td>');
    expect(fi).toContain(`.band-0{background:${REGIONAL.bands[0]!.fill};color:#FFFFFF}`);
  });

  it("draws one bar per share with a figure and greys the regions that did not report", () => {
    const chart = section(fi, "regions");
    // Region 01 has four figures, region 02 three (nothing was due to be done); 20 regions did not report.
    expect(count(chart, '<rect class="bar"')).toBe(7);
    expect(count(chart, '<rect class="muted"')).toBe(20);
    expect(count(chart, '<text class="none"')).toBe(1);
    expect(chart).toMatch(
      /<svg class="chart"[^>]*role="img"[^>]*aria-labelledby="region-chart-title region-chart-desc"/,
    );
    expect(chart).toContain('<title id="region-chart-title">Valmiusasteet alueittain</title>');
    expect(chart).toContain('<desc id="region-chart-desc">');
    for (const tick of ["0 %", "25 %", "50 %", "75 %", "100 %"])
      expect(chart).toContain(`text-anchor="middle">${tick}</text>`);
  });

  it("draws bar lengths in proportion to the shares", () => {
    const chart = section(fi, "regions");
    const widths = [...chart.matchAll(/<rect class="bar" x="290" y="[\d.]+" width="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    // Plot width 686: region 01 at 2/3, 1/2, 3/4, 1/4; region 02 at 1, 1/4 and a hairline for 0.
    expect(widths).toEqual([457.3, 343, 514.5, 171.5, 686, 171.5, 1.5]);
  });

  it("shows the region × group table in both views with the national row", () => {
    const groups = section(fi, "groups");
    // 22 regions and the national row, 5 groups, 4 measures each.
    expect(count(groups, '<td class="num ')).toBe(23 * 5 * 4);
    expect(regionRow(groups, "03")).not.toMatch(/band-[0-9]/);
    expect(groups).toContain("1 Hallinto, talous ja tukipalvelut");
    expect(groups).toContain("Valmius 1.1.2023");
    expect(groups).toContain("Koko maa");
    expect(groups).toContain("Tummanvihreä ≥ 90 %");
    expect(groups).toContain("Punainen &lt; 50 %");
  });

  it("draws the national trend with one point per history month", () => {
    const trend = section(fi, "trend");
    for (let series = 0; series < 4; series++)
      expect(count(trend, `<circle class="point" data-series="${series}"`)).toBe(3);
    expect(count(trend, "<polyline")).toBe(4);
    for (const month of ["7/2022", "8/2022", "9/2022"]) expect(trend).toContain(`>${month}</text>`);
    expect(trend).toContain('<title id="trend-chart-title">Koko maan kehitys</title>');
  });

  it("leaves a gap, never a 0 % point, for a month no region reported", () => {
    const history = [
      {
        month: "2022-06",
        code: "01",
        name: "",
        reporting: true,
        counts: [
          [1, 3],
          [0, 2],
          [1, 4],
          [0, 4],
        ],
      },
      { month: "2022-07", code: "01", name: "", reporting: false, counts: null },
      {
        month: "2022-08",
        code: "01",
        name: "",
        reporting: true,
        counts: [
          [1, 3],
          [0, 2],
          [2, 4],
          [0, 4],
        ],
      },
    ] satisfies HistoryRow[];
    const trend = section(renderReport(picture("fi", history)), "trend");
    // June alone, then August–September joined: three points and one line per measure.
    for (let series = 0; series < 4; series++)
      expect(count(trend, `<circle class="point" data-series="${series}"`)).toBe(3);
    expect(count(trend, "<polyline")).toBe(4);
    expect(trend).not.toContain("<title>7/2022");
    expect(trend).toContain('<tr><td>7/2022</td><td class="num band-none">–</td>');
  });

  it("renders a single month's trend as points without lines", () => {
    const trend = section(renderReport(picture("fi", [])), "trend");
    expect(count(trend, '<circle class="point"')).toBe(4);
    expect(trend).not.toContain("<polyline");
    expect(trend).toContain(">9/2022</text>");
  });

  it("lists late tasks with comments, self-assessments, risks and issues", () => {
    const late = section(fi, "late");
    expect(late).toContain("01 Itä-Uudenmaan hyvinvointialue");
    expect(late).toContain("&lt;script&gt;alert(1)&lt;/script&gt;\nToinen rivi");
    expect(late).toContain("30.11.2022");
    expect(late).toContain("Ei aloitettu");
    const risks = section(fi, "risks");
    expect(risks).toContain('<td class="assessment-green">Vihreä</td>');
    expect(risks).toContain('<td class="severity-high">Korkea</td>');
    expect(risks).toContain("2 Johtaminen ja osaaminen");
    const issues = section(fi, "issues");
    expect(issues).toContain('<td class="nowrap">2022-09!J14</td>');
    expect(issues).toContain('<td class="code">month_missing</td>');
    expect(issues).toContain("03 Länsi-Uudenmaan hyvinvointialue");
    expect(issues).toContain("Virheitä 2, varoituksia 19.");
  });

  it("says so when there is nothing late and no issues", () => {
    const quiet = readings().slice(1, 2);
    const programme = { ...REGIONAL, units: REGIONAL.units.slice(1, 2) };
    const doc = renderReport(buildNationalPicture(quiet, { programme, month: "2022-09", lang: "en" }));
    expect(section(doc, "late")).toContain("No late critical tasks.");
    expect(section(doc, "issues")).toContain("Nothing to report.");
    expect(section(doc, "risks")).toContain("No risks.");
  });

  it("prints on A4 landscape with page breaks, whole rows and colours kept", () => {
    expect(fi).toContain("@page{size:A4 landscape");
    expect(fi).toContain("print-color-adjust:exact");
    expect(fi).toMatch(/@media print\{[^]*section\.page\{break-before:page/);
    expect(fi).toMatch(/tr,\.card\{break-inside:avoid/);
    // Page 1 holds the national figures and the executive summary; the change table follows the regions.
    expect(count(fi, '<section id="') - count(fi, 'class="page"')).toBe(3);
  });

  it("speaks Finnish, Swedish and English", () => {
    expect(headings(fi)).toMatchInlineSnapshot(`
      [
        "h1 Tilannekuva syyskuu 2022",
        "h2 Valmiusaste koko maassa",
        "h2 Tiivistelmä",
        "h3 Eniten jäljessä: valmisteluryhmät",
        "h3 Eniten jäljessä: alueet",
        "h3 Myöhässä olevat kriittiset tehtävät (1 tehtävä alueilla)",
        "h3 Avoimet riskit (1, joista korkeita 1)",
        "h2 Alueittain",
        "h3 Kaavion luvut taulukkona",
        "h2 Muutos alueittain",
        "h2 Valmisteluryhmittäin, molemmat näkymät",
        "h2 Koko maan kehitys",
        "h3 Kaavion luvut taulukkona",
        "h2 Myöhässä olevat kriittiset tehtävät (30.9.2022)",
        "h3 01 Itä-Uudenmaan hyvinvointialue (1)",
        "h2 Itsearviot ja riskit",
        "h3 Itsearviot",
        "h3 Riskit",
        "h2 Tilannekuvakeskustelut ja muu aineisto",
        "h2 Tietojen tarkistukset",
      ]
    `);
    expect(headings(renderReport(picture("sv")))).toMatchInlineSnapshot(`
      [
        "h1 Lägesbild september 2022",
        "h2 Beredskapsgrad i hela landet",
        "h2 Sammanfattning",
        "h3 Mest efter: beredningsgrupper",
        "h3 Mest efter: områden",
        "h3 Försenade kritiska uppgifter (1 uppgift i områdena)",
        "h3 Öppna risker (1, varav höga 1)",
        "h2 Per område",
        "h3 Diagrammets siffror som tabell",
        "h2 Förändring per område",
        "h2 Per beredningsgrupp, båda vyerna",
        "h2 Utvecklingen i hela landet",
        "h3 Diagrammets siffror som tabell",
        "h2 Försenade kritiska uppgifter (30.9.2022)",
        "h3 01 Östra Nylands välfärdsområde (1)",
        "h2 Självbedömningar och risker",
        "h3 Självbedömningar",
        "h3 Risker",
        "h2 Lägesbildsdiskussioner och annat material",
        "h2 Kontroller av uppgifterna",
      ]
    `);
    expect(headings(renderReport(picture("en")))).toMatchInlineSnapshot(`
      [
        "h1 Situational picture September 2022",
        "h2 National readiness",
        "h2 Summary",
        "h3 Furthest behind: workstreams",
        "h3 Furthest behind: regions",
        "h3 Late critical tasks (1 across regions)",
        "h3 Open risks (1, 1 high)",
        "h2 By region",
        "h3 Chart figures as a table",
        "h2 Change by region",
        "h2 By workstream, both views",
        "h2 National trend",
        "h3 Chart figures as a table",
        "h2 Late critical tasks (30.9.2022)",
        "h3 01 Itä-Uudenmaan hyvinvointialue (1)",
        "h2 Self-assessments and risks",
        "h3 Self-assessments",
        "h3 Risks",
        "h2 Discussions and other material",
        "h2 Data-quality checks",
      ]
    `);
  });
});

describe("the executive page's open risks", () => {
  it("gives a risk several regions report as one line saying in how many, not the same sentence per region", () => {
    const risk = { group: "3", severity: "high" as const, severityText: "Korkea", mitigation: "" };
    const shared = "Asiakastietojärjestelmät eivät valmistu";
    const all = readings().map((r, i) => ({
      ...r,
      risks: [
        { ...risk, description: i === 1 ? `  ${shared.toUpperCase()} ` : shared },
        ...(i === 0 ? [{ ...risk, severity: "low" as const, description: "Oma riski" }] : []),
      ],
    }));
    const html = renderReport(
      buildNationalPicture(all, { programme: REGIONAL, month: "2022-09", lang: "fi" }),
    );
    const items = [...section(html, "executive").matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]);
    expect(items).toContain(`${shared} – ${all.length} alueella`);
    expect(items).toContain("01: Oma riski");
    expect(items.filter((i) => i!.includes(shared))).toHaveLength(1);
  });
});
