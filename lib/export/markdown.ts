import type { JourneyBundle } from '../db';
import { t } from '../i18n';
import { EMOTION_LABELS, emotionsByStep } from '../journey/emotions';
import { formatDuration, formatEmotion, formatSignalSummary, walkDurationWords } from '../journey/format';
import { NOTE_KIND_LABELS, notesByStep } from '../journey/notes';
import { signalLine } from '../journey/signal-words';
import { formatSeconds, pageName, stepSentence } from '../journey/step-sentence';
import { formatTiming, timingName, timingTooltip } from '../journey/timings';
import { averageWords, emotionStory, rangeWords } from '../map/emotion-story';
import { journeySummary, stageMetrics } from '../map/metrics';
import { stageColumns } from '../map/stage-columns';
import { walkTimingsNotMeasured } from '../platform/unmeasured-timings';
import { formatShare } from '../scorecard/format';
import { markdownText } from './markdown-text';
import { scorecardMarkdown } from './scorecard-markdown';
import { scorecardReport } from './scorecard-report';

/**
 * The walk for tickets and docs: a summary, then each stage with its steps (key moments flagged), notes and
 * metrics, and the scorecard when the walk is scored.
 */
export function journeyMarkdown({ journey, steps, annotations }: JourneyBundle): string {
  const emotions = emotionsByStep(annotations);
  const notes = notesByStep(annotations);
  const summary = journeySummary(journey, steps);
  const metrics = stageMetrics(journey, steps, annotations);
  const lines: string[] = [`# ${markdownText(journey.title)}`, ''];
  const fact = (label: string, value: string) => lines.push(`- **${label}:** ${value}`);
  fact(t('journeySite'), markdownText(journey.site));
  if (journey.persona) fact(t('journeyPersona'), markdownText(journey.persona));
  if (journey.goal) fact(t('journeyGoal'), markdownText(journey.goal));
  fact(t('mapDuration'), markdownText(walkDurationWords(summary.duration)));
  fact(t('steps'), String(summary.steps));
  const story = emotionStory(journey, steps, annotations);
  fact(t('mapEmotionRange'), story.range ? `${rangeWords(story)} · ${averageWords(story)}` : t('mapNoRatings'));
  if (story.best) fact(t('mapBestMoment'), `${story.best.step.seq}. ${markdownText(stepSentence(story.best.step))}`);
  if (story.worst) fact(t('mapWorstMoment'), `${story.worst.step.seq}. ${markdownText(stepSentence(story.worst.step))}`);
  fact(t('signalNoticed'), formatSignalSummary(summary.signals));
  // Beside the signals: with no layout stability figure, no layout-shift signal could be noticed either.
  for (const key of walkTimingsNotMeasured(steps, journey.environment?.userAgent)) fact(timingName(key), t('timingNotMeasuredFirefox'));
  if (summary.slowestPage) fact(t('mapSlowestPage'), `${markdownText(pageName(summary.slowestPage.step))} — ${formatSeconds(summary.slowestPage.loadTime)}`);
  const scorecard = scorecardReport(journey, steps);
  if (scorecard) fact(t('scorecardView'), `${formatShare(scorecard.overall.share)} — ${markdownText(scorecard.title)}`);

  stageColumns(journey, steps).forEach((column, index) => {
    const stage = metrics[index];
    lines.push('', `## ${index + 1}. ${markdownText(column.stage.name)}`, '');
    if (column.steps.length === 0) return void lines.push(`_${t('mapNoSteps')}_`);
    lines.push(
      `${t('metricTime')}: ${formatDuration(stage.timeSpent)} · ${t('metricEmotion')}: ${formatEmotion(stage.averageEmotion)} · ${t('metricFrictions')}: ${stage.frictions}` +
        (stage.lcp.median === undefined ? '' : ` · ${timingName('lcp')}: ${formatTiming('lcp', stage.lcp.median)}`),
      '',
    );
    for (const step of column.steps) {
      const emotion = emotions.get(step.id);
      const keyMoment = step.keyMoment ? ` — **★ ${t('keyMoment')}**` : '';
      // A bullet with the step's number, not an ordered list: Markdown renumbers a list 1, 2, 3…, and after a
      // deleted step the numbers would no longer be the map's.
      lines.push(`- **${step.seq}.** ${markdownText(stepSentence(step))}${emotion === undefined ? '' : ` — ${t(EMOTION_LABELS[emotion])}`}${keyMoment}`);
      // A note belongs to its step's list item only when indented to the item's text: two spaces under "- ".
      const quote = '  > ';
      for (const note of notes.get(step.id) ?? []) lines.push(`${quote}**${t(NOTE_KIND_LABELS[note.kind])}:** ${markdownText(note.text).replaceAll('  \n', `  \n${quote}`)}`);
      for (const signal of step.signals ?? []) lines.push(`${quote}_${markdownText(signalLine(signal))}_`);
    }
  });
  // A ticket has no tooltips: the load figure of the stage lines is explained once, at the end.
  if (metrics.some((stage) => stage.lcp.median !== undefined)) lines.push('', `_${timingTooltip('lcp')}_`);
  if (scorecard) lines.push('', ...scorecardMarkdown(scorecard));
  return lines.join('\n') + '\n';
}
