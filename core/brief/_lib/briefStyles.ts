import { ASSESSMENT_FILLS } from "../../sheets/bandRules";
// One A4 portrait page per region: sizes in points and millimetres so print matches the screen, lists
// capped by the builder and texts clipped visibly so a page never spills onto a second one.
export const BRIEF_STYLES = `
*{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}
@page{size:A4 portrait;margin:10mm}
html{color-scheme:light}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:8pt;line-height:1.2;color:#1A1A1A;background:#FFFFFF;margin:0}
.page{width:190mm;height:276mm;overflow:hidden;margin:0 auto;padding:0;break-after:page;page-break-after:always}
.page:last-child{break-after:auto;page-break-after:auto}
@media screen{body{background:#E7E7E7}.page{background:#FFFFFF;margin:8mm auto;padding:6mm;height:auto;min-height:276mm;box-shadow:0 0 4px #999}}
header{display:flex;justify-content:space-between;align-items:baseline;border-bottom:2px solid #08519C;margin-bottom:2mm}
h1{font-size:12pt;margin:0}
h2{font-size:9pt;margin:2mm 0 0.8mm;color:#08519C}
.sub{color:#404040;font-size:8pt;text-align:right}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:4mm}
table{border-collapse:collapse;width:100%;font-size:7.5pt}
th,td{border:0.5pt solid #BFBFBF;padding:0.4mm 1.2mm;text-align:left;vertical-align:top}
thead th{background:#DDEBF7}
td.n{text-align:right;white-space:nowrap}
.flag{color:#9C0006;font-weight:600}
.green{background:${ASSESSMENT_FILLS.green}}.yellow{background:${ASSESSMENT_FILLS.yellow}}.red{background:${ASSESSMENT_FILLS.red}}
ul{margin:0;padding-left:4mm}
li{margin:0 0 0.4mm}
.none,.more{color:#595959;font-style:italic}
.alert{background:#FFC7CE;padding:1.5mm;font-weight:600}
.tag{display:inline-block;font-size:6.5pt;border:0.5pt solid #7F7F7F;border-radius:1mm;padding:0 1mm;margin-right:1mm}
`;
