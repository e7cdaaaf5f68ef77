import type { JourneyBundle } from '../db';
import { t, uiLanguage, type MessageKey } from '../i18n';
import { EMOTION_LABELS, EMOTION_SCORES } from '../journey/emotions';
import { formatDuration, formatEmotion, formatStepCount } from '../journey/format';
import { NOTE_KIND_LABELS, notesByStep, type Note } from '../journey/notes';
import { formatSeconds, pageName, stepSentence } from '../journey/step-sentence';
import { JOURNEY_KIND_LABELS } from '../journey/kinds';
import { formatTiming, timingExplanation, timingName } from '../journey/timings';
import type { NoteKind } from '../journey/types';
import { clipLabel, curveLayout, curvePoints } from '../map/curve';
import { journeySummary, stageMetrics } from '../map/metrics';
import { stageColumns, type StageColumn } from '../map/stage-columns';
import { touchpoints } from '../map/touchpoints';
import { escapeHtml as e } from './html';

/**
 * The journey map as one HTML file that opens offline in any browser: no script, no request (pictures are
 * data: URLs, the styles inline), a Content-Security-Policy that allows nothing else, every page- and
 * tester-supplied string escaped. Printed, it gives landscape pages.
 */
const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
const COLUMN = 220;

function curveSvg(columns: StageColumn[], bundle: JourneyBundle): string {
  const points = curvePoints(columns, bundle.annotations);
  if (points.length === 0) return `<p class="none">${e(t('mapNoEmotions'))}</p>`;
  const { width, height, x, y } = curveLayout(columns.length, COLUMN);
  const grid = EMOTION_SCORES.map(
    (score) => `<line class="grid" x1="0" x2="${width}" y1="${y(score)}" y2="${y(score)}"/><text class="tick" x="4" y="${y(score) - 3}">${e(formatEmotion(score))}</text>`,
  ).join('');
  const line = `<polyline points="${points.map((point) => `${x(point.x)},${y(point.emotion)}`).join(' ')}"/>`;
  const dots = points
    .map(
      (point) =>
        `<circle cx="${x(point.x)}" cy="${y(point.emotion)}" r="5"><title>${e(`${point.step.seq}. ${stepSentence(point.step)} — ${t(EMOTION_LABELS[point.emotion])}`)}</title></circle>` +
        (point.dipNote ? `<text class="dip" x="${x(point.x)}" y="${y(point.emotion) + 18}" text-anchor="middle">${e(clipLabel(point.dipNote))}</text>` : ''),
    )
    .join('');
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${e(t('emotionCurve'))}">${grid}${line}${dots}</svg>`;
}

function noteCards(notes: Note[], seqOf: Map<string, number>): string {
  return notes
    .map(
      (note) =>
        `<div class="note kind-${note.kind}"><b>${e(t(NOTE_KIND_LABELS[note.kind]))} · ${e(t('stepNumber', seqOf.get(note.stepId) ?? '?'))}</b><p>${e(note.text)}</p></div>`,
    )
    .join('');
}

export interface ReportOptions {
  /** When the report was made, for its footer. */
  generatedAt?: number;
  /** IANA zone the dates are written in; by default the machine's, which is the tester's own clock. */
  timeZone?: string;
}

/** `thumbnails`: data: URLs by step id (thumbnailDataUrls of readScreenshots). */
export function htmlReport(bundle: JourneyBundle, thumbnails: Map<string, string>, { generatedAt = Date.now(), timeZone }: ReportOptions = {}): string {
  const { journey, steps, annotations } = bundle;
  const columns = stageColumns(journey, steps);
  const metrics = stageMetrics(journey, steps, annotations);
  const summary = journeySummary(journey, steps, annotations);
  const notes = notesByStep(annotations);
  const seqOf = new Map(steps.map((step) => [step.id, step.seq]));
  // With its time zone: a shared report is read in other ones.
  const date = (at: number) =>
    new Date(at).toLocaleString(uiLanguage(), { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone });
  const cells = (render: (column: StageColumn, index: number) => string) => columns.map((column, index) => `<td>${render(column, index)}</td>`).join('');
  const notesIn = (column: StageColumn, kinds: NoteKind[]) =>
    noteCards(
      column.steps.flatMap((step) => (notes.get(step.id) ?? []).filter((note) => kinds.includes(note.kind))),
      seqOf,
    );
  const lane = (label: MessageKey, content: string) => `<tr><th scope="row">${e(t(label))}</th>${content}</tr>`;
  const fact = (label: MessageKey, value: string) => `<div><dt>${e(t(label))}</dt><dd>${value}</dd></div>`;

  const body = [
    `<header><h1>${e(journey.title)}</h1><p class="where">${e(journey.site)} · ${e(t(JOURNEY_KIND_LABELS[journey.kind]))} · ${e(date(journey.startedAt))}</p>`,
    journey.persona ? `<p><b>${e(t('journeyPersona'))}:</b> ${e(journey.persona)}</p>` : '',
    journey.goal ? `<p><b>${e(t('journeyGoal'))}:</b> ${e(journey.goal)}</p>` : '',
    '<dl class="figures">',
    fact('mapDuration', e(formatDuration(summary.duration))),
    fact('steps', e(summary.steps)),
    fact('mapPages', e(summary.pages)),
    fact('mapOverallEmotion', e(formatEmotion(summary.averageEmotion))),
    fact(
      'mapWorstMoment',
      summary.worstMoment
        ? e(`${summary.worstMoment.step.seq}. ${stepSentence(summary.worstMoment.step)}${summary.worstMoment.note ? ` — “${summary.worstMoment.note}”` : ''}`)
        : '—',
    ),
    fact('mapSlowestPage', summary.slowestPage ? e(`${pageName(summary.slowestPage.step)} — ${formatSeconds(summary.slowestPage.loadTime)}`) : '—'),
    '</dl></header>',
    `<table style="width:${160 + columns.length * COLUMN}px"><caption>${e(t('mapCaption'))}</caption><thead><tr><th scope="col">${e(t('mapLanes'))}</th>`,
    columns.map((column, index) => `<th scope="col" class="stage">${index + 1}. ${e(column.stage.name)}<small>${e(formatStepCount(column.steps.length))}</small></th>`).join(''),
    '</tr></thead><tbody>',
    lane(
      'laneActions',
      cells((column) =>
        column.steps.length
          ? `<ol>${column.steps.map((step) => `<li value="${step.seq}">${e(stepSentence(step))}</li>`).join('')}</ol>`
          : `<p class="none">${e(t('mapNoSteps'))}</p>`,
      ),
    ),
    lane(
      'laneTouchpoints',
      cells((column) =>
        touchpoints(journey, column.steps)
          .map((point) => `<p class="touchpoint"><b>${e(point.name)}</b><br>${e(point.host)}${point.thirdParty ? ` <em>${e(t('thirdParty'))}</em>` : ''}</p>`)
          .join(''),
      ),
    ),
    lane(
      'laneScreenshots',
      cells((column) =>
        column.steps
          .flatMap((step) => {
            const url = thumbnails.get(step.id);
            return url ? [`<figure><img src="${e(url)}" alt="${e(t('screenshotOfStep', step.seq, stepSentence(step)))}"><figcaption>${step.seq}</figcaption></figure>`] : [];
          })
          .join(''),
      ),
    ),
    `<tr><th scope="row">${e(t('laneEmotion'))}</th><td colspan="${columns.length}" class="curve">${curveSvg(columns, bundle)}</td></tr>`,
    lane(
      'lanePainPoints',
      cells((column) => notesIn(column, ['pain-point', 'friction'])),
    ),
    lane(
      'laneOpportunities',
      cells((column) => notesIn(column, ['opportunity'])),
    ),
    lane(
      'laneDelights',
      cells((column) => notesIn(column, ['delight'])),
    ),
    lane(
      'laneNotes',
      cells((column) => notesIn(column, ['note'])),
    ),
    lane(
      'laneMetrics',
      cells((_column, index) => {
        const stage = metrics[index];
        return `<dl class="metrics"><dt>${e(t('metricTime'))}</dt><dd>${e(formatDuration(stage.timeSpent))}</dd><dt>${e(t('metricSteps'))}</dt><dd>${stage.steps}</dd><dt>${e(t('metricEmotion'))}</dt><dd>${e(formatEmotion(stage.averageEmotion))}</dd><dt>${e(timingName('lcp'))}</dt><dd>${stage.lcp.median === undefined ? '—' : e(formatTiming('lcp', stage.lcp.median))}</dd><dt>${e(t('metricFields'))}</dt><dd>${stage.fieldsFilled}</dd><dt>${e(t('metricFrictions'))}</dt><dd>${stage.frictions}</dd></dl>`;
      }),
    ),
    '</tbody></table>',
    // Printed or mailed, a report has no tooltips: the metrics lane's load figure is explained in words.
    `<p class="timing-legend"><b>${e(timingName('lcp'))}</b>: ${e(timingExplanation('lcp'))}</p>`,
    `<footer>${e(t('reportFooter', date(generatedAt)))}</footer>`,
  ].join('\n');

  return `<!doctype html>
<html lang="${e(uiLanguage())}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(journey.title)} — ${e(t('mapTitleSuffix'))}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

const REPORT_CSS = `
@page { size: landscape; margin: 10mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; padding: 20px; font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #1d2420; background: #f6f7f5; }
header { background: #fff; border: 1px solid #dfe3dc; border-radius: 10px; padding: 16px 20px; margin-bottom: 16px; }
h1 { margin: 0; font-size: 24px; }
.where { color: #5d6861; margin: 4px 0 8px; }
.figures { display: flex; flex-wrap: wrap; gap: 8px; margin: 10px 0 0; }
.figures div { background: #eef1ec; border-radius: 8px; padding: 6px 10px; min-width: 120px; }
.figures dt { font-size: 11px; font-weight: 700; text-transform: uppercase; color: #5d6861; }
.figures dd { margin: 0; font-weight: 700; }
table { border-collapse: collapse; table-layout: fixed; background: #fff; border: 1px solid #dfe3dc; }
caption { text-align: left; color: #5d6861; padding: 4px 0; }
th, td { border: 1px solid #dfe3dc; padding: 8px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
thead th { background: #e3f1e8; font-size: 15px; }
thead th small { display: block; font-weight: 400; color: #5d6861; font-size: 12px; }
tbody th { background: #eef1ec; font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: #5d6861; width: 160px; }
ol { margin: 0; padding-left: 26px; font-size: 13px; }
.touchpoint { margin: 0 0 6px; font-size: 12px; border-left: 3px solid #2f7a55; padding-left: 6px; }
.touchpoint em { color: #2766b0; font-style: normal; font-weight: 700; font-size: 10px; text-transform: uppercase; }
figure { display: inline-block; position: relative; margin: 0 4px 4px 0; width: 90px; }
figure img { width: 90px; height: 56px; object-fit: cover; object-position: top; border: 1px solid #dfe3dc; border-radius: 4px; display: block; }
figcaption { position: absolute; left: 2px; top: 2px; background: rgba(0,0,0,.6); color: #fff; font-size: 10px; padding: 0 3px; border-radius: 3px; }
.curve { padding: 4px 0; }
.curve svg { display: block; overflow: visible; }
.grid { stroke: #dfe3dc; stroke-dasharray: 2 4; }
.tick { font-size: 10px; fill: #5d6861; }
polyline { fill: none; stroke: #2f7a55; stroke-width: 2.5; }
circle { fill: #2f7a55; stroke: #fff; stroke-width: 2; }
.dip { font-size: 11px; fill: #b4382f; font-weight: 600; }
.note { border-left: 3px solid #5d6861; background: #fff; box-shadow: 0 1px 2px rgba(0,0,0,.08); border-radius: 6px; padding: 4px 8px; margin-bottom: 6px; font-size: 12px; }
.note b { font-size: 10px; text-transform: uppercase; }
.note p { margin: 2px 0 0; white-space: pre-wrap; }
.kind-friction { border-color: #9a5800; } .kind-friction b { color: #9a5800; }
.kind-pain-point { border-color: #c0392b; } .kind-pain-point b { color: #c0392b; }
.kind-opportunity { border-color: #2766b0; } .kind-opportunity b { color: #2766b0; }
.kind-delight { border-color: #2f7a55; } .kind-delight b { color: #2f7a55; }
.metrics { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 0; font-size: 12px; }
.metrics dt { color: #5d6861; } .metrics dd { margin: 0; }
.timing-legend { color: #5d6861; font-size: 12px; margin: 8px 0 0; }
.none { color: #5d6861; font-style: italic; margin: 0; font-size: 12px; }
footer { color: #5d6861; font-size: 12px; margin-top: 12px; }
@media print { body { background: #fff; padding: 0; } table { width: 100% !important; } .curve svg { width: 100%; height: auto; } tr { break-inside: avoid; } }
`;
