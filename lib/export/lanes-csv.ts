import type { JourneyBundle } from '../db';
import { t } from '../i18n';
import { emotionsByStep } from '../journey/emotions';
import { NOTE_KINDS, NOTE_KIND_LABELS, notesByStep } from '../journey/notes';
import { signalLine } from '../journey/signal-words';
import { stepSentence } from '../journey/step-sentence';
import { timingColumn, type TimingKey } from '../journey/timings';
import { thirdPartyLabel, touchpoints } from '../map/touchpoints';
import { timingsNotMeasured } from '../platform/unmeasured-timings';
import { toCsv, type CsvCell } from './csv';

/** The load figures' columns, raw (milliseconds, bytes), in the order the CSV always had them: spreadsheets refer to columns by place. */
const CSV_TIMINGS: readonly TimingKey[] = ['ttfb', 'domContentLoaded', 'load', 'lcp', 'cls', 'routeSettled', 'transferSize'];

/** The journey's lanes as a row per step, for spreadsheets and journey-mapping tools. */
export function lanesCsv({ journey, steps, annotations }: JourneyBundle): string {
  const emotions = emotionsByStep(annotations);
  const notes = notesByStep(annotations);
  const stageNames = new Map(journey.stages.map((stage) => [stage.id, stage.name]));
  const header: CsvCell[] = [
    t('stage'),
    t('csvStep'),
    t('laneActions'),
    t('stepPage'),
    'URL',
    t('laneTouchpoints'),
    t('laneEmotion'),
    t('keyMoment'),
    ...NOTE_KINDS.map((kind) => t(NOTE_KIND_LABELS[kind])),
    ...CSV_TIMINGS.map(timingColumn),
    // Last: spreadsheets refer to the earlier columns by place.
    t('signalColumn'),
  ];
  const rows = steps.map((step): CsvCell[] => {
    const [touchpoint] = touchpoints(journey, [step]);
    const timing = step.kind === 'navigation' ? step.timing : undefined;
    // A figure the recording browser cannot measure says so: an empty cell would read as forgotten, 0 as perfect.
    const notMeasured = timingsNotMeasured(step, journey.environment?.userAgent);
    const stepNotes = notes.get(step.id) ?? [];
    return [
      stageNames.get(step.stageId) ?? '',
      step.seq,
      stepSentence(step),
      step.title,
      step.url,
      touchpoint ? `${touchpoint.host}${touchpoint.thirdParty ? ` (${thirdPartyLabel(touchpoint)})` : ''}` : '',
      emotions.get(step.id),
      step.keyMoment ? t('csvKeyMomentYes') : '',
      ...NOTE_KINDS.map((kind) =>
        stepNotes
          .filter((note) => note.kind === kind)
          .map((note) => note.text)
          .join('\n'),
      ),
      ...CSV_TIMINGS.map((key) => timing?.[key] ?? (notMeasured.includes(key) ? t('timingNotMeasuredFirefox') : undefined)),
      (step.signals ?? []).map(signalLine).join('\n'),
    ];
  });
  return toCsv([header, ...rows]);
}
