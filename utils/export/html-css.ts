// The HTML export's style sheet. One colour per verdict everywhere (summary, table of contents, sections): red for
// violations and failures, amber for warnings (never green), green only for clean/passed, violet for "not audited",
// grey for waived findings. Long URLs, hosts, cookie names and hashes wrap: no horizontal scrolling at 1,200 px.
export const HTML_CSS = `:root{color-scheme:light}
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;padding:2rem;color:#1b1b1b;background:#fff;max-width:72rem;overflow-wrap:anywhere}
h1{font-size:1.7rem;margin:0 0 .2rem}h2{font-size:1.35rem;margin:2rem 0 .5rem;padding-top:.8rem;border-top:3px solid #ddd}
h3{font-size:1.15rem;margin:1.6rem 0 .4rem}h4{font-size:1.02rem;margin:1.2rem 0 .4rem}h5{font-size:1rem;margin:0 0 .3rem}
.sub{color:#444;margin:.1rem 0}
.badge{display:inline-block;padding:.1rem .55rem;border-radius:.3rem;font-weight:700;white-space:nowrap}
p.badge{white-space:normal}
.v-violations,.v-not-answered,.v-incomplete,.r-fail,.s-violation{background:#fde2e1;color:#8a0000}
.v-warnings,.s-warning{background:#fff1d6;color:#6b4500}
.v-clean,.r-pass{background:#dcf2e2;color:#0a5a1f}.s-info{background:#e8eef7;color:#1d3f72}
.v-error,.r-error{background:#ece6f6;color:#45207a}
.w-waived{background:#eceff1;color:#37474f}.w-expired{background:#fde2e1;color:#8a0000}
.lead{font-size:1.05rem;margin:.4rem 0}
.counts{display:flex;flex-wrap:wrap;gap:.4rem 1.4rem;padding:0;list-style:none}.counts b{font-size:1.2rem}
dl.kv{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2rem 1rem;margin:.4rem 0}dl.kv dt{font-weight:600}dl.kv dd{margin:0;min-width:0}
table{border-collapse:collapse;margin:.4rem 0 1rem;width:100%;table-layout:auto}
th,td{border:1px solid #ccc;padding:.25rem .45rem;text-align:left;vertical-align:top;overflow-wrap:anywhere;word-break:break-word}
th{background:#f2f2f2}
.finding{border:1px solid #ccc;border-left:6px solid #888;border-radius:.3rem;padding:.55rem .8rem;margin:.7rem 0}
.finding.violation{border-left-color:#b00020}.finding.warning{border-left-color:#c77800}.finding.info{border-left-color:#3d6fb4}
.finding.waived{border-left-style:dashed;background:#fafafa}
.finding p{margin:.3rem 0}.finding ul{margin:.2rem 0 .2rem 1.2rem;padding:0}
.meta{color:#555;font-size:.9rem}
code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all;overflow-wrap:anywhere}
figure{margin:.5rem 0}.timeline{width:100%;height:auto;max-width:60rem}figcaption{color:#555;font-size:.9rem}
details{margin:.4rem 0}summary{cursor:pointer;font-weight:600}
.toc ol{margin:.2rem 0 .2rem 1.2rem;padding:0}.toc li{margin:.15rem 0}.toc .badge{font-size:.8rem;padding:0 .4rem;margin-left:.3rem}
.page>h2 code{font-size:1.05rem}
.integrity{margin-top:2.5rem;border-top:3px solid #ddd;padding-top:.5rem}.hash{font:12px ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
.none{color:#555}
@media print{body{padding:0;max-width:none;font-size:10.5pt}h2{break-before:auto}h2,h3,h4,h5{break-after:avoid}
.page{break-before:page}.finding,figure,tr,dl.kv{break-inside:avoid}.badge{border:1px solid currentColor}th{background:#eee}
details>summary{list-style:none}}`;
