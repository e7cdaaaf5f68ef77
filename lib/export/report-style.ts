import { LABEL_FONT } from './curve-labels';
import { REPORT_TABLE } from './report-curve';

/**
 * The HTML report's stylesheet. The table fills the window (no sideways scrolling at 1280 px): the lane
 * names' column and the collapsed stages have the widths the curve is laid out with (REPORT_TABLE), the
 * other stages share the rest. Dark when the reader's screen is; printed light, on landscape pages, no
 * picture, note or finding cut across two.
 */
export const REPORT_CSS = `
@page { size: landscape; margin: 10mm; }
:root {
  color-scheme: light dark;
  --bg: #f6f7f5; --surface: #fff; --ink: #1d2420; --muted: #5d6861; --border: #dfe3dc; --soft: #eef1ec; --head: #e3f1e8;
  --accent: #2f7a55; --danger: #b4382f; --friction: #9a5800; --pain: #c0392b; --opportunity: #2766b0; --delight: #2f7a55;
  --key: #c98a00; --key-ink: #6e4a00; --key-bg: #fff1cc; --shadow: rgba(0, 0, 0, .08);
}
@media screen and (prefers-color-scheme: dark) {
  :root {
    --bg: #131715; --surface: #1c2220; --ink: #e4e9e5; --muted: #a2ada6; --border: #34403a; --soft: #252d29; --head: #1f3a2c;
    --accent: #5cc28c; --danger: #ff8f83; --friction: #e3a653; --pain: #ff8070; --opportunity: #86b6f0; --delight: #5cc28c;
    --key: #f0b93a; --key-ink: #ffd98a; --key-bg: #46360c; --shadow: rgba(0, 0, 0, .4);
  }
}
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { max-width: 1880px; margin: 0 auto; padding: 16px; font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: var(--ink); background: var(--bg); }
a { color: inherit; text-decoration: underline dotted var(--muted); text-underline-offset: 2px; }
a:hover { text-decoration-style: solid; }
header { background: var(--surface); border: 1px solid var(--border); border-radius: 10px; padding: 16px 20px; margin-bottom: 16px; }
h1 { margin: 0; font-size: 24px; }
header .where { color: var(--muted); margin: 4px 0 8px; }
.figures { display: flex; flex-wrap: wrap; gap: 8px; margin: 10px 0 0; }
.figures div { background: var(--soft); border-radius: 8px; padding: 6px 10px; min-width: 120px; }
.figures dt { font-size: 11px; font-weight: 700; text-transform: uppercase; color: var(--muted); }
.figures dd { margin: 0; font-weight: 700; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; background: var(--surface); border: 1px solid var(--border); }
col.lanes { width: ${REPORT_TABLE.lanes}px; }
col.collapsed { width: ${REPORT_TABLE.collapsed}px; }
caption { text-align: left; color: var(--muted); padding: 4px 0; }
th, td { border: 1px solid var(--border); padding: 8px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
thead th { background: var(--head); font-size: 15px; vertical-align: bottom; }
thead th small { display: block; font-weight: 400; color: var(--muted); font-size: 12px; }
thead th.collapsed { padding: 8px 0; text-align: center; }
td.collapsed { padding: 8px 0; text-align: center; background: repeating-linear-gradient(135deg, transparent 0 7px, var(--soft) 7px 9px); }
.stage-name { display: inline-block; writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-size: 13px; font-weight: 600; color: var(--muted); background: var(--surface); padding: 6px 2px; border-radius: 4px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
tbody th { background: var(--soft); font-size: 11px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); overflow-wrap: normal; }
ol { margin: 0; padding-left: 26px; font-size: 13px; }
li.key { font-weight: 600; }
.key-tag { display: inline-block; font-size: 10px; font-weight: 700; letter-spacing: .03em; text-transform: uppercase; color: var(--key-ink); background: var(--key-bg); border-radius: 4px; padding: 0 5px; white-space: nowrap; }
.touchpoint { margin: 0 0 6px; font-size: 12px; border-left: 3px solid var(--accent); padding-left: 6px; }
.touchpoint em { color: var(--opportunity); font-style: normal; font-weight: 700; font-size: 10px; text-transform: uppercase; }
.shots { display: grid; grid-template-columns: repeat(auto-fill, minmax(108px, 1fr)); gap: 6px; }
@media screen and (min-width: 1600px) { .shots { grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); } }
.shots figure { position: relative; margin: 0; }
.shots a { display: block; }
.shots img { display: block; width: 100%; aspect-ratio: 16 / 10; object-fit: cover; object-position: top; border: 1px solid var(--border); border-radius: 4px; background: var(--soft); }
.shots figure.key img { outline: 2px solid var(--key); outline-offset: 1px; }
.shots figcaption { position: absolute; left: 3px; top: 3px; background: rgba(0, 0, 0, .65); color: #fff; font-size: 11px; line-height: 1.3; padding: 0 4px; border-radius: 3px; }
tr.emotion th { position: relative; padding: 0; }
tr.emotion th span { position: absolute; left: 8px; top: 8px; }
tr.emotion th .axis { position: absolute; right: 6px; top: 0; }
tr.emotion td { padding: 0; }
.curve { display: block; overflow: visible; }
.curve .grid { stroke: var(--border); stroke-dasharray: 2 4; }
.curve .grid.zero { stroke-dasharray: none; }
.trend { stroke: var(--accent); stroke-width: 2.5; stroke-linecap: round; }
.point { fill: var(--accent); stroke: var(--surface); stroke-width: 2; }
.key-ring { fill: none; stroke: var(--key); stroke-width: 2.5; }
.dip, .peak { font-size: ${LABEL_FONT}px; font-weight: 600; }
.dip { fill: var(--danger); }
.peak { fill: var(--accent); }
.face circle:first-child { stroke: #2a2f2c; stroke-width: 1.5; }
.face .eye { fill: #2a2f2c; }
.face path { fill: none; stroke: #2a2f2c; stroke-width: 2; stroke-linecap: round; }
.face.s0 circle:first-child { fill: #ef8a7e; }
.face.s1 circle:first-child { fill: #f6bf86; }
.face.s2 circle:first-child { fill: #d9ddd6; }
.face.s3 circle:first-child { fill: #a9dcb9; }
.face.s4 circle:first-child { fill: #62c08a; }
.note { border-left: 3px solid var(--muted); background: var(--surface); box-shadow: 0 1px 2px var(--shadow); border-radius: 6px; padding: 4px 8px; margin-bottom: 6px; font-size: 12px; }
.note b { font-size: 10px; text-transform: uppercase; }
.note p { margin: 2px 0 0; white-space: pre-wrap; }
.note.signal { border: 1px dashed #b45309; border-left-width: 3px; }
.kind-friction { border-color: var(--friction); } .kind-friction b { color: var(--friction); }
.kind-pain-point { border-color: var(--pain); } .kind-pain-point b { color: var(--pain); }
.kind-opportunity { border-color: var(--opportunity); } .kind-opportunity b { color: var(--opportunity); }
.kind-delight { border-color: var(--delight); } .kind-delight b { color: var(--delight); }
.metrics { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 0; font-size: 12px; }
.metrics dt { color: var(--muted); } .metrics dd { margin: 0; }
.none { color: var(--muted); font-style: italic; margin: 0; font-size: 12px; }
.timing-legend { color: var(--muted); font-size: 12px; margin: 8px 0 0; }
section { margin-top: 28px; }
h2 { margin: 0; font-size: 20px; }
h2 small { color: var(--muted); font-size: 15px; }
.lede { color: var(--muted); margin: 2px 0 12px; }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { display: grid; grid-template-columns: minmax(260px, 1fr) minmax(0, 2fr); gap: 12px 24px; align-items: start; margin-bottom: 16px; padding: 16px; background: var(--surface); border: 1px solid var(--border); border-radius: 10px; break-inside: avoid; scroll-margin-top: 16px; }
.finding:target { outline: 3px solid var(--accent); }
.finding.key { border-color: var(--key); }
.finding .where { margin: 0; color: var(--muted); font-size: 13px; display: flex; align-items: center; gap: 8px; }
.finding .number { display: inline-grid; place-items: center; min-width: 26px; height: 26px; padding: 0 6px; border-radius: 13px; background: var(--accent); color: var(--surface); font-weight: 700; }
.finding h3 { margin: 8px 0; font-size: 16px; }
.finding .tags { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin: 0 0 10px; font-size: 13px; }
.finding .feeling { display: inline-flex; align-items: center; gap: 6px; }
.finding .note { font-size: 14px; padding: 6px 10px; margin-bottom: 8px; }
.finding .note b { font-size: 11px; }
.finding .back { margin: 10px 0 0; font-size: 12px; }
.finding .shot { margin: 0; }
.finding .shot img { display: block; max-width: 100%; height: auto; max-height: 80vh; border: 1px solid var(--border); border-radius: 6px; }
@media screen and (min-width: 1600px) { .findings { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; align-items: start; } .finding { margin: 0; } }
.scores .overall { background: var(--head); }
.scores .overall dd { font-size: 20px; }
.scorecard .critical { margin: 16px 0; padding: 12px 16px; background: var(--surface); border: 1px solid var(--border); border-left: 4px solid var(--danger); border-radius: 10px; }
.scorecard .critical h3 { margin: 0 0 6px; color: var(--danger); }
.scorecard .critical h3 small { color: var(--danger); font-weight: 700; }
.scorecard .critical ul { list-style: none; margin: 0; padding: 0; }
.scorecard .critical li { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; padding: 6px 0; border-top: 1px solid var(--border); }
.scorecard .critical li:first-child { border-top: 0; }
.scorecard .critical li > small, .scorecard .critical li > p { flex-basis: 100%; }
.scorecard .where { color: var(--muted); font-size: 13px; }
.scorecard h3 { margin: 20px 0 8px; font-size: 16px; }
.scorecard h3 small { color: var(--muted); font-weight: 400; font-size: 13px; }
.scorecard h3 .score { color: var(--accent); }
.scorecard h3 .score.unscored { color: var(--muted); font-weight: 400; font-size: 14px; }
.criteria th:nth-child(1) { width: 38%; } .criteria th:nth-child(2) { width: 14%; } .criteria th:nth-child(4) { width: 148px; }
.criteria thead th { font-size: 12px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); background: var(--soft); }
.criteria td small, .scorecard .critical li small { display: block; color: var(--muted); font-size: 12px; }
.criteria td p, .scorecard .critical p { margin: 0; white-space: pre-wrap; font-size: 13px; }
.critical-tag { display: inline-block; font-size: 10px; font-weight: 700; letter-spacing: .03em; text-transform: uppercase; color: var(--surface); background: var(--danger); border-radius: 4px; padding: 0 5px; white-space: nowrap; }
.answer { display: inline-block; font-weight: 700; font-size: 13px; border-radius: 12px; padding: 1px 10px; border: 1px solid currentColor; white-space: nowrap; }
.answer.pass { color: var(--accent); } .answer.partial { color: var(--friction); } .answer.fail { color: var(--danger); } .answer.rating { color: var(--opportunity); }
.answer.not-applicable, .answer.none { color: var(--muted); font-weight: 400; }
.evidence { display: inline-flex; flex-direction: column; gap: 2px; font-size: 12px; }
.evidence img { display: block; width: 132px; aspect-ratio: 16 / 10; object-fit: cover; object-position: top; border: 1px solid var(--border); border-radius: 4px; background: var(--soft); }
/* On a phone, each criterion is a card: its answer, comment and evidence under its text. */
@media screen and (max-width: 700px) {
  .criteria thead { display: none; }
  .criteria, .criteria tbody, .criteria tr, .criteria td { display: block; }
  .criteria tr { padding: 8px 10px; border-bottom: 1px solid var(--border); }
  .criteria td { border: 0; padding: 3px 0; }
}
footer { color: var(--muted); font-size: 12px; margin-top: 12px; }
@media print {
  body { max-width: none; padding: 0; background: #fff; }
  a { text-decoration: none; }
  /* A long lane may go on over the next page (its heading row repeats); nothing in it is cut. */
  header, tr.emotion, li, figure, .note, .touchpoint, .metrics, .criteria tr { break-inside: avoid; }
  .shots { grid-template-columns: repeat(auto-fill, minmax(80px, 1fr)); }
  section { break-before: page; margin-top: 0; }
  .finding { box-shadow: none; }
  /* Two findings to a landscape page, never a picture cut between two. */
  .finding .shot img { max-height: 72mm; }
}
`;
