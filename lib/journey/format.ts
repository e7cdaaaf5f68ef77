import { t } from '../i18n';

/** A duration as the map writes it: "45 s", "12 min", "1 h 05 min"; a dash for a walk without times (Journey.untimed). */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return '—';
  if (ms < 60_000) return t('durationSeconds', Math.max(0, Math.round(ms / 1000)));
  const minutes = Math.round(ms / 60_000);
  return minutes < 60 ? t('durationMinutes', minutes) : t('durationHours', Math.floor(minutes / 60), String(minutes % 60).padStart(2, '0'));
}

/** A walk's duration on a page without tooltips (a report, a ticket): a walk without times says why in words. */
export function walkDurationWords(ms: number | undefined): string {
  return ms === undefined ? `${formatDuration(ms)} (${t('untimedExplained')})` : formatDuration(ms);
}

/** An emotion average to one decimal with its sign ("+1.5", "−0.3"), or a dash when nothing was rated. */
export function formatEmotion(value: number | undefined): string {
  if (value === undefined) return '—';
  const rounded = Math.round(value * 10) / 10;
  return rounded > 0 ? `+${rounded.toFixed(1)}` : rounded < 0 ? `−${Math.abs(rounded).toFixed(1)}` : '0.0';
}

/** "1 moment of friction, 0 confirmed by the tester", "4 moments of friction, 2 confirmed by the tester". */
export function formatSignalSummary({ noticed, confirmed }: { noticed: number; confirmed: number }): string {
  return noticed === 1 ? t('signalSummaryOne', confirmed) : t('signalSummary', noticed, confirmed);
}

/** "1 step", "12 steps". */
export function formatStepCount(count: number): string {
  return count === 1 ? t('stepCountOne') : t('stepCount', count);
}
