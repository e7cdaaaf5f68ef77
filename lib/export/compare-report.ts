import type { JourneyBundle } from '../db';
import { t, uiLanguage, type MessageKey } from '../i18n';
import { EMOTION_LABELS } from '../journey/emotions';
import { formatDuration, formatEmotion, formatStepCount, walkDurationWords } from '../journey/format';
import { JOURNEY_KIND_LABELS } from '../journey/kinds';
import { NOTE_KIND_LABELS } from '../journey/notes';
import { stepSentence } from '../journey/step-sentence';
import { alignStages, sideBySide, type StageSide } from '../map/compare';
import { averageWords, emotionStory, rangeWords, type Moment } from '../map/emotion-story';
import { journeySummary } from '../map/metrics';
import { COMPARE_SCORES_CSS, compareScoresHtml } from './compare-report-scores';
import { escapeHtml as e, offlinePage } from './html';

/**
 * The compare view as one HTML file, like the HTML report: each walk's emotion story, the walks' scorecard scores
 * when they have scorecards, then the walks' notes and screenshots stage by stage, side by side. No script, no request; every page- and tester-supplied string
 * escaped. The walks come in already under the privacy rules (exports.ts, saveComparison).
 */

export interface CompareReportOptions {
  /** When the file was made, for its footer. */
  generatedAt?: number;
  /** IANA zone the dates are written in; by default the machine's, which is the tester's own clock. */
  timeZone?: string;
}

const fact = (label: MessageKey, value: string) => `<div><dt>${e(t(label))}</dt><dd>${value}</dd></div>`;

function moment(found: Moment | undefined): string {
  if (!found) return '—';
  const { step, stage, emotion, note } = found;
  return `<span class="emo emo${emotion + 2}">${e(t(EMOTION_LABELS[emotion]))}</span> ${e(`${step.seq}. ${stepSentence(step)}`)} <span class="stage-tag">${e(stage.name)}</span>${note ? `<q>${e(note)}</q>` : ''}`;
}

/** A walk's card: where and when, its figures and its emotion story. */
function walkCard(bundle: JourneyBundle, index: number, date: (at: number) => string): string {
  const { journey, steps, annotations } = bundle;
  const summary = journeySummary(journey, steps);
  const story = emotionStory(journey, steps, annotations);
  return [
    `<section class="walk walk${index}"><h2>${e(journey.title)}</h2>`,
    `<p class="where">${e(journey.site)} · ${e(t(JOURNEY_KIND_LABELS[journey.kind]))} · ${e(date(journey.startedAt))}</p>`,
    '<dl>',
    journey.persona ? fact('journeyPersona', e(journey.persona)) : '',
    journey.goal ? fact('journeyGoal', e(journey.goal)) : '',
    fact('mapDuration', e(walkDurationWords(summary.duration))),
    fact('steps', e(summary.steps)),
    fact('mapEmotionRange', story.range ? `${e(rangeWords(story))} <small>${e(averageWords(story))}</small>` : e(t('mapNoRatings'))),
    fact('mapBestMoment', moment(story.best)),
    fact('mapWorstMoment', moment(story.worst)),
    '</dl></section>',
  ].join('');
}

/** One walk's cell of a stage: its figures there, its screenshots (captioned with the step and how it felt) and its notes. */
function sideCell(side: StageSide | undefined, pictures: ReadonlyMap<string, string>): string {
  if (!side) return `<td><p class="none">${e(t('compareNoStage'))}</p></td>`;
  const { metrics } = side;
  if (metrics.steps === 0) return `<td><p class="none">${e(t('mapNoSteps'))}</p></td>`;
  const figures = `<p class="figures">${e(formatStepCount(metrics.steps))} · ${e(t('metricTime'))} ${e(formatDuration(metrics.timeSpent))} · ${e(t('metricEmotion'))} ${e(formatEmotion(metrics.averageEmotion))}</p>`;
  const shots = side.pictured.flatMap(({ step, emotion }) => {
    const url = pictures.get(step.id);
    if (!url) return [];
    const felt = emotion === undefined ? '' : ` <span class="emo emo${emotion + 2}">${e(t(EMOTION_LABELS[emotion]))}</span>`;
    return [
      `<figure><img src="${e(url)}" alt="${e(t('screenshotOfStep', step.seq, stepSentence(step)))}"><figcaption>${e(`${step.seq}. ${stepSentence(step)}`)}${felt}</figcaption></figure>`,
    ];
  });
  const notes = side.notes.map(
    ({ note, step }) => `<div class="note kind-${note.kind}"><b>${e(t(NOTE_KIND_LABELS[note.kind]))} · ${e(t('stepNumber', step.seq))}</b><p>${e(note.text)}</p></div>`,
  );
  const told =
    shots.length || notes.length ? `${shots.length ? `<div class="shots">${shots.join('')}</div>` : ''}${notes.join('')}` : `<p class="none">${e(t('compareNothingNoted'))}</p>`;
  return `<td>${figures}${told}</td>`;
}

/** `pictures`: for each walk, in the same order, its thumbnails as data: URLs by step id (reportPictures). */
export function compareReport(
  bundles: readonly JourneyBundle[],
  pictures: ReadonlyArray<ReadonlyMap<string, string>>,
  { generatedAt = Date.now(), timeZone }: CompareReportOptions = {},
): string {
  if (pictures.length !== bundles.length) throw new RangeError(`compareReport: ${bundles.length} journeys but ${pictures.length} picture sets`);
  // With its time zone: a shared file is read in other ones.
  const date = (at: number) =>
    new Date(at).toLocaleString(uiLanguage(), { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone });
  const stages = sideBySide(alignStages(bundles), bundles);
  const body = [
    `<header><h1>${e(t('compareTitle'))}</h1></header>`,
    `<div class="walks">${bundles.map((bundle, index) => walkCard(bundle, index, date)).join('')}</div>`,
    compareScoresHtml(bundles),
    `<h2>${e(t('compareSideBySide'))}</h2>`,
    `<table><caption>${e(t('compareSideBySideCaption'))}</caption><thead><tr><th scope="col" class="stage-col">${e(t('stage'))}</th>`,
    bundles.map((bundle, index) => `<th scope="col" class="walk${index}">${e(bundle.journey.title)}</th>`).join(''),
    '</tr></thead><tbody>',
    stages.map((stage) => `<tr><th scope="row">${e(stage.name)}</th>${stage.sides.map((side, index) => sideCell(side, pictures[index])).join('')}</tr>`).join('\n'),
    '</tbody></table>',
    `<footer>${e(t('reportFooter', date(generatedAt)))}</footer>`,
  ].join('\n');
  const title = `${t('compareTitle')} — ${bundles.map((bundle) => bundle.journey.title).join(' / ')}`;
  return offlinePage({ lang: uiLanguage(), title, css: COMPARE_CSS + COMPARE_SCORES_CSS, body });
}

// The report's palette (html-report.ts), so the two files read as one family.
const COMPARE_CSS = `
@page { size: landscape; margin: 10mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; padding: 20px; font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #1d2420; background: #f6f7f5; }
h1 { margin: 0 0 12px; font-size: 24px; }
h2 { font-size: 18px; margin: 20px 0 8px; }
.walks { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 12px; }
.walk { background: #fff; border: 1px solid #dfe3dc; border-top: 4px solid var(--walk); border-radius: 10px; padding: 12px 16px; }
.walk h2 { margin: 0; overflow-wrap: anywhere; }
.walk0 { --walk: #2f7a55; } .walk1 { --walk: #2766b0; } .walk2 { --walk: #9a5800; }
.where { color: #5d6861; margin: 2px 0 8px; }
.walk dl { margin: 0; }
.walk dl div { display: grid; grid-template-columns: 9.5em 1fr; gap: 12px; padding: 4px 0; border-top: 1px solid #eef1ec; }
.walk dt { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; color: #5d6861; padding-top: 2px; }
.walk dd { margin: 0; overflow-wrap: anywhere; }
small { color: #5d6861; display: block; }
q { display: block; color: #5d6861; }
.stage-tag { font-size: 11px; font-weight: 700; color: #5d6861; border: 1px solid #dfe3dc; border-radius: 999px; padding: 0 6px; }
.emo { display: inline-block; font-size: 11px; font-weight: 700; border-radius: 999px; padding: 0 6px; color: #1d2420; }
.emo0 { background: #ef8a7e; } .emo1 { background: #f6bf86; } .emo2 { background: #d9ddd6; } .emo3 { background: #a9dcb9; } .emo4 { background: #62c08a; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; background: #fff; border: 1px solid #dfe3dc; }
caption { text-align: left; color: #5d6861; padding: 4px 0; }
th, td { border: 1px solid #dfe3dc; padding: 8px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
thead th { background: #eef1ec; border-top: 4px solid var(--walk, #dfe3dc); }
.stage-col { width: 140px; }
tbody th { background: #e3f1e8; font-size: 15px; }
.figures { margin: 0 0 6px; font-size: 12px; color: #5d6861; }
.shots { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 6px; margin-bottom: 6px; }
figure { margin: 0; }
figure img { width: 100%; aspect-ratio: 16 / 10; object-fit: cover; object-position: top; border: 1px solid #dfe3dc; border-radius: 4px; display: block; }
figcaption { font-size: 11px; color: #5d6861; margin-top: 2px; }
.note { border-left: 3px solid #5d6861; background: #fff; box-shadow: 0 1px 2px rgba(0,0,0,.08); border-radius: 6px; padding: 4px 8px; margin-bottom: 6px; font-size: 12px; }
.note b { font-size: 10px; text-transform: uppercase; }
.note p { margin: 2px 0 0; white-space: pre-wrap; }
.kind-friction { border-color: #9a5800; } .kind-friction b { color: #9a5800; }
.kind-pain-point { border-color: #c0392b; } .kind-pain-point b { color: #c0392b; }
.kind-opportunity { border-color: #2766b0; } .kind-opportunity b { color: #2766b0; }
.kind-delight { border-color: #2f7a55; } .kind-delight b { color: #2f7a55; }
.none { color: #5d6861; font-style: italic; margin: 0; font-size: 12px; }
footer { color: #5d6861; font-size: 12px; margin-top: 12px; }
@media print { body { background: #fff; padding: 0; } tr, .walk { break-inside: avoid; } }
`;
