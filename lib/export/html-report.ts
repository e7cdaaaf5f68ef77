import type { JourneyBundle } from '../db';
import { t, uiLanguage, type MessageKey } from '../i18n';
import { formatDuration, formatEmotion, formatSignalSummary, formatStepCount, walkDurationWords } from '../journey/format';
import { NOTE_KIND_LABELS, notesByStep, type Note } from '../journey/notes';
import { formatSeconds, pageName, stepSentence } from '../journey/step-sentence';
import { JOURNEY_KIND_LABELS } from '../journey/kinds';
import { formatTiming, timingExplanation, timingName } from '../journey/timings';
import type { NoteKind, Screenshot, Step } from '../journey/types';
import { averageWords, emotionStory, rangeWords } from '../map/emotion-story';
import { journeySummary, stageMetrics } from '../map/metrics';
import { stageColumns, type StageColumn } from '../map/stage-columns';
import { openSignalsOf, signalWords } from '../journey/signal-words';
import { thirdPartyLabel, touchpoints } from '../map/touchpoints';
import { escapeHtml as e, offlinePage } from './html';
import { reportCurve } from './report-curve';
import { curveColumnSvg, faceAxis } from './report-curve-html';
import { findingAnchor, reportFindings, type Finding } from './report-findings';
import { findingsSection } from './report-findings-html';
import { REPORT_CSS } from './report-style';
import { reportPictures, type ReportPictures } from './screenshot-data';
import { scorecardReport } from './scorecard-report';
import { scorecardSection } from './report-scorecard-html';
import { formatShare } from '../scorecard/format';

function noteCards(notes: Note[], seqOf: Map<string, number>, findingOf: ReadonlyMap<string, Finding>): string {
  return notes
    .map((note) => {
      const heading = e(`${t(NOTE_KIND_LABELS[note.kind])} · ${t('stepNumber', seqOf.get(note.stepId) ?? '?')}`);
      const finding = findingOf.get(note.stepId);
      return `<div class="note kind-${note.kind}"><b>${finding ? `<a href="#${findingAnchor(finding)}">${heading}</a>` : heading}</b><p>${e(note.text)}</p></div>`;
    })
    .join('');
}

/** A step's sentence in the actions lane: a link to its finding when it has one, flagged when it is a key moment. */
function action(step: Step, finding: Finding | undefined): string {
  const sentence = finding ? `<a href="#${findingAnchor(finding)}">${e(stepSentence(step))}</a>` : e(stepSentence(step));
  return `<li value="${step.seq}" id="step-${step.seq}"${step.keyMoment ? ' class="key"' : ''}>${sentence}${step.keyMoment ? ` ${keyMomentTag()}` : ''}</li>`;
}

const keyMomentTag = () => `<span class="key-tag">★ ${e(t('keyMoment'))}</span>`;

function thumbnail(step: Step, url: string, finding: Finding | undefined): string {
  const picture = `<img src="${e(url)}" alt="${e(t('screenshotOfStep', step.seq, stepSentence(step)))}"><figcaption>${step.keyMoment ? '★ ' : ''}${step.seq}</figcaption>`;
  return `<figure${step.keyMoment ? ' class="key"' : ''}>${finding ? `<a href="#${findingAnchor(finding)}">${picture}</a>` : picture}</figure>`;
}

export interface ReportOptions {
  /** When the report was made, for its footer. */
  generatedAt?: number;
  /** IANA zone the dates are written in; by default the machine's, which is the tester's own clock. */
  timeZone?: string;
}

/**
 * The journey map as one HTML file that opens offline in any browser: no script, no request (pictures are
 * data: URLs, the styles inline), a Content-Security-Policy that allows nothing else, every page- and
 * tester-supplied string escaped. The map's lanes, the Scorecard when the walk is scored, then the Findings
 * (every note and key moment with its step's full-size screenshot), which the map's cells link to by anchor.
 * Printed, it gives landscape pages.
 *
 * `pictures`: data: URLs by step id (reportPictures), thumbnails for the lanes and full size for the findings.
 */
export function htmlReport(bundle: JourneyBundle, pictures: ReportPictures, { generatedAt = Date.now(), timeZone }: ReportOptions = {}): string {
  const { journey, steps, annotations } = bundle;
  const columns = stageColumns(journey, steps);
  const metrics = stageMetrics(journey, steps, annotations);
  const summary = journeySummary(journey, steps);
  const story = emotionStory(journey, steps, annotations);
  const notes = notesByStep(annotations);
  const seqOf = new Map(steps.map((step) => [step.id, step.seq]));
  const findings = reportFindings(columns, annotations);
  const findingOf = new Map(findings.map((finding) => [finding.step.id, finding]));
  const curve = reportCurve(columns, annotations);
  const scorecard = scorecardReport(journey, steps);
  // With its time zone: a shared report is read in other ones.
  const date = (at: number) =>
    new Date(at).toLocaleString(uiLanguage(), { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone });
  // A stage without steps is a narrow column: its number heads it, its name runs down its first cell, the rest is empty.
  const cells = (render: (column: StageColumn, index: number) => string, collapsed: (column: StageColumn) => string = () => '') =>
    columns.map((column, index) => (column.steps.length ? `<td>${render(column, index)}</td>` : `<td class="collapsed">${collapsed(column)}</td>`)).join('');
  const notesIn = (column: StageColumn, kinds: NoteKind[]) =>
    noteCards(
      column.steps.flatMap((step) => (notes.get(step.id) ?? []).filter((note) => kinds.includes(note.kind))),
      seqOf,
      findingOf,
    );
  // Signals nobody answered yet, apart from the tester's notes and said to be Trailnote's.
  const signalCards = (column: StageColumn) =>
    openSignalsOf(column.steps)
      .map(({ step, signal }) => `<div class="note signal"><b>${e(t('signalNoticed'))} · ${e(t('stepNumber', step.seq))}</b><p>${e(signalWords(signal))}</p></div>`)
      .join('');
  const lane = (label: MessageKey, content: string) => `<tr><th scope="row">${e(t(label))}</th>${content}</tr>`;
  const fact = (label: MessageKey, value: string) => `<div><dt>${e(t(label))}</dt><dd>${value}</dd></div>`;
  const emotionLane = curve
    ? `<tr class="emotion"><th scope="row"><span>${e(t('laneEmotion'))}</span>${faceAxis(curve)}</th>${columns.map((column, index) => `<td>${curveColumnSvg(curve, curve.columns[index], column.stage.name, findingOf)}</td>`).join('')}</tr>`
    : `<tr><th scope="row">${e(t('laneEmotion'))}</th><td colspan="${columns.length}"><p class="none">${e(t('mapNoEmotions'))}</p></td></tr>`;

  const body = [
    `<header><h1>${e(journey.title)}</h1><p class="where">${e(journey.site)} · ${e(t(JOURNEY_KIND_LABELS[journey.kind]))} · ${e(date(journey.startedAt))}</p>`,
    journey.persona ? `<p><b>${e(t('journeyPersona'))}:</b> ${e(journey.persona)}</p>` : '',
    journey.goal ? `<p><b>${e(t('journeyGoal'))}:</b> ${e(journey.goal)}</p>` : '',
    '<dl class="figures">',
    fact('mapDuration', e(walkDurationWords(summary.duration))),
    fact('steps', e(summary.steps)),
    fact('mapPages', e(summary.pages)),
    fact('mapEmotionRange', e(story.range ? `${rangeWords(story)} · ${averageWords(story)}` : t('mapNoRatings'))),
    ...(['best', 'worst'] as const).map((which) => {
      const moment = story[which];
      const said = moment && `${moment.step.seq}. ${stepSentence(moment.step)} (${moment.stage.name})${moment.note ? ` — “${moment.note}”` : ''}`;
      return said ? fact(which === 'best' ? 'mapBestMoment' : 'mapWorstMoment', e(said)) : '';
    }),
    fact('signalNoticed', e(formatSignalSummary(summary.signals))),
    fact('mapSlowestPage', summary.slowestPage ? e(`${pageName(summary.slowestPage.step)} — ${formatSeconds(summary.slowestPage.loadTime)}`) : '—'),
    scorecard ? fact('scorecardView', `<a href="#scorecard-title">${e(formatShare(scorecard.overall.share))}</a>`) : '',
    '</dl></header>',
    `<table id="map"><caption>${e(t('mapCaption'))}</caption><colgroup><col class="lanes">${columns.map((column) => `<col${column.steps.length ? '' : ' class="collapsed"'}>`).join('')}</colgroup>`,
    `<thead><tr><th scope="col">${e(t('mapLanes'))}</th>`,
    columns
      .map((column, index) =>
        column.steps.length
          ? `<th scope="col" class="stage">${index + 1}. ${e(column.stage.name)}<small>${e(formatStepCount(column.steps.length))}</small></th>`
          : `<th scope="col" class="stage collapsed"><span aria-hidden="true">${index + 1}</span><span class="visually-hidden">${index + 1}. ${e(column.stage.name)}</span></th>`,
      )
      .join(''),
    '</tr></thead><tbody>',
    lane(
      'laneActions',
      cells(
        (column) => `<ol>${column.steps.map((step) => action(step, findingOf.get(step.id))).join('')}</ol>`,
        (column) => `<span class="stage-name">${e(column.stage.name)} · ${e(formatStepCount(0))}</span>`,
      ),
    ),
    lane(
      'laneTouchpoints',
      cells((column) =>
        touchpoints(journey, column.steps)
          .map((point) => `<p class="touchpoint"><b>${e(point.name)}</b><br>${e(point.host)}${point.thirdParty ? ` <em>${e(thirdPartyLabel(point))}</em>` : ''}</p>`)
          .join(''),
      ),
    ),
    lane(
      'laneScreenshots',
      cells(
        (column) =>
          `<div class="shots">${column.steps
            .flatMap((step) => {
              const url = pictures.thumbnails.get(step.id);
              return url ? [thumbnail(step, url, findingOf.get(step.id))] : [];
            })
            .join('')}</div>`,
      ),
    ),
    emotionLane,
    lane(
      'lanePainPoints',
      cells((column) => notesIn(column, ['pain-point', 'friction']) + signalCards(column)),
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
    scorecard ? scorecardSection(scorecard, pictures.thumbnails) : '',
    findingsSection(findings, pictures.full),
    `<footer>${e(t('reportFooter', date(generatedAt)))}</footer>`,
  ].join('\n');

  return offlinePage({ lang: uiLanguage(), title: `${journey.title} — ${t('mapTitleSuffix')}`, css: REPORT_CSS, body });
}

/** The report of a walk with its pictures (`shots`: readScreenshots of its steps): full size only where a finding needs one. */
export async function htmlReportWithPictures(bundle: JourneyBundle, shots: ReadonlyMap<string, Screenshot>, options?: ReportOptions): Promise<string> {
  const findings = reportFindings(stageColumns(bundle.journey, bundle.steps), bundle.annotations);
  return htmlReport(
    bundle,
    await reportPictures(
      shots,
      findings.map((finding) => finding.step.id),
    ),
    options,
  );
}
