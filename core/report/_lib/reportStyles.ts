import type { Programme } from "../../programme/ProgrammeSchema";
import { ASSESSMENT_FILLS } from "../../sheets/bandRules";
import { bandCss } from "./bands";
import { LAYOUT_STYLES } from "./layoutStyles";

// Local system fonts only: the report must open and print without a network.
const BASE = `
*{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}
html{color-scheme:light}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:14px;line-height:1.4;color:#1A1A1A;background:#FFFFFF;margin:0 auto;padding:24px;max-width:1280px}
h1{font-size:26px;margin:0 0 12px}
h2{font-size:20px;margin:32px 0 12px;padding-bottom:4px;border-bottom:2px solid #08519C}
h3{font-size:16px;margin:20px 0 8px}
.programme{margin:0;color:#404040;font-size:15px}
.facts{display:flex;flex-wrap:wrap;gap:8px 32px;margin:0 0 8px}
.facts div{display:flex;gap:8px}
.facts dt{font-weight:600}
.facts dd{margin:0}
.missing{color:#404040;font-size:13px}
.cards{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}
.card{border:1px solid #BFBFBF;border-radius:6px;padding:10px 12px;break-inside:avoid;page-break-inside:avoid}
.card-label{font-weight:600;min-height:2.8em}
.card-value{font-size:30px;font-weight:700;text-align:center;border-radius:4px;margin:6px 0;padding:4px 0;white-space:nowrap}
.card-count,.card-change{font-size:13px;color:#404040}
figure.chart-box{margin:0;break-inside:avoid;page-break-inside:avoid}
svg.chart{display:block;width:100%;height:auto;font-family:inherit;font-size:12px}
svg.chart .grid{stroke:#BFBFBF;stroke-width:1}
svg.chart .tick{fill:#404040;font-size:11px}
svg.chart .none{fill:#404040;font-size:9px}
table{border-collapse:collapse;width:100%;margin:0 0 12px;font-size:13px}
th,td{border:1px solid #BFBFBF;padding:3px 6px;text-align:left;vertical-align:top}
thead th{background:#DDEBF7}
tbody th{font-weight:normal}
tfoot th,tfoot td{font-weight:700}
td.num{text-align:right;white-space:nowrap}
table.groups{font-size:11px;table-layout:fixed}
table.groups .col-code{width:3.5em}
table.groups .col-name{width:17em}
table.groups td.num{text-align:center;padding:2px 3px}
table.groups thead th{text-align:center}
table.figures{width:auto}
.nowrap{white-space:nowrap}
td.text{white-space:pre-line;overflow-wrap:anywhere}
td.code{font-family:ui-monospace,Consolas,monospace;font-size:12px}
.muted-text{color:#767676}
.count{font-weight:normal;color:#404040}
.empty{font-style:italic;color:#404040}
.band-legend{display:flex;flex-wrap:wrap;gap:6px 20px;list-style:none;padding:0;margin:0 0 10px;font-size:13px}
.band-legend li{display:flex;align-items:center;gap:6px}
.swatch{display:inline-block;min-width:28px;height:16px;border:1px solid #BFBFBF;text-align:center;line-height:14px}
.assessment-green{background:${ASSESSMENT_FILLS.green}}
.assessment-yellow{background:${ASSESSMENT_FILLS.yellow}}
.assessment-red{background:${ASSESSMENT_FILLS.red}}
.severity-high,.severity-error{background:#F4B6B6}
.severity-medium,.severity-warning{background:#FFE699}
@page{size:A4 landscape;margin:12mm}
@media print{
body{max-width:none;padding:0;font-size:10pt}
h2{margin-top:0}
section.page{break-before:page;page-break-before:always}
h2,h3{break-after:avoid;page-break-after:avoid}
tr,.card{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
tfoot{display:table-row-group}
table{font-size:9pt}
table.groups{font-size:7.5pt}
table.groups th,table.groups td{padding:1px 2px}
table.groups .col-code{width:8mm}
table.groups .col-name{width:48mm}
svg.chart{max-height:170mm}
}
`;

/** The report's whole style sheet: layout, print rules and the programme's colour bands. */
export function reportStyles(programme: Programme): string {
  return `${BASE.trim()}\n${LAYOUT_STYLES.trim()}\n${bandCss(programme)}`;
}
