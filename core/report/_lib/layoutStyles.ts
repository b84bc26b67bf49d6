// The executive page's grid, a phone-width layout and a compact first page in print (issue #10 §3).
// Wide tables and charts scroll inside their own box on a narrow screen, so the page itself never gets
// wider than the screen and chart labels keep a readable size.
export const LAYOUT_STYLES = `
.exec-grid{display:grid;grid-template-columns:1fr 1fr;gap:4px 24px}
.exec-grid ul{margin:0;padding-left:18px}
.exec-grid h3{margin:10px 0 4px}
#executive p{margin:4px 0}
.scroll{overflow-x:auto}
@media (max-width:700px){
body{padding:12px}
h1{font-size:22px}
.cards{grid-template-columns:1fr 1fr;gap:8px}
.card-value{font-size:24px}
.exec-grid{grid-template-columns:1fr}
figure.chart-box{overflow-x:auto}
figure.chart-box svg.chart{min-width:880px}
table{display:block;overflow-x:auto;max-width:100%}
}
@media print{
h1{font-size:18pt;margin:0 0 4px}
.facts{margin:0 0 4px}
.cards{gap:6px}
.card{padding:3px 8px}
.card-label{min-height:0;font-size:9pt}
.card-value{font-size:18pt;margin:2px 0;padding:1px 0}
.card-count,.card-change{font-size:8.5pt}
#national h2,#executive h2{margin:6px 0 4px}
#executive{font-size:9pt}
#executive h3{font-size:10pt;margin:6px 0 2px}
.scroll{overflow:visible}
}
`;
