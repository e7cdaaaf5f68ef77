import { emotionsByStep } from '../journey/emotions';
import { notesByStep } from '../journey/notes';
import { signalCounts } from '../journey/signals';
import type { Annotation, EmotionScore, InputStep, Journey, NavigationStep, Step } from '../journey/types';
import { stageColumns } from './stage-columns';

/** Median and worst of a load figure over a stage's pages; both absent when no page measured it. */
export interface Spread {
  median?: number;
  worst?: number;
}

export interface StageMetrics {
  stageId: string;
  name: string;
  steps: number;
  /** Page loads and app routes. */
  pages: number;
  /** Time from each of the stage's steps to the next step of the walk (the last one to the walk's end); absent for an untimed walk. */
  timeSpent?: number;
  averageEmotion?: number;
  lowestEmotion?: EmotionScore;
  ttfb: Spread;
  lcp: Spread;
  /** Distinct fields filled (a field changed three times counts once). */
  fieldsFilled: number;
  /** Friction and pain-point notes. */
  frictions: number;
  /** Signals Trailnote noticed on the stage's steps, whatever the tester answered (frictions count only their notes). */
  signals: number;
}

function spread(values: number[]): Spread {
  if (values.length === 0) return {};
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, worst: sorted.at(-1) };
}

const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : undefined);

/** A field, whichever time it was changed: its page and its name (else its label, else its first selector). */
function fieldKey(step: InputStep): string {
  return `${step.url.split('#')[0]}|${step.field.name || step.field.label || String(step.target.selectors[0] ?? '')}`;
}

const isPage = (step: Step): step is NavigationStep => step.kind === 'navigation';

/** How long the tester stayed on each step: until the next one, the last until the walk ended. */
function dwellTimes(journey: Pick<Journey, 'endedAt'>, steps: readonly Step[]): Map<string, number> {
  const dwell = new Map<string, number>();
  steps.forEach((step, index) => {
    const next = steps[index + 1]?.at ?? journey.endedAt ?? step.at;
    dwell.set(step.id, Math.max(0, next - step.at));
  });
  return dwell;
}

/** The figures of the map's metrics lane, one entry per stage in the journey's order. */
export function stageMetrics(journey: Pick<Journey, 'stages' | 'endedAt' | 'untimed'>, steps: readonly Step[], annotations: readonly Annotation[]): StageMetrics[] {
  const emotions = emotionsByStep(annotations);
  const notes = notesByStep(annotations);
  const dwell = dwellTimes(journey, steps);
  return stageColumns(journey, steps).map(({ stage, steps: staged }) => {
    const scores = staged.flatMap((step) => (emotions.has(step.id) ? [emotions.get(step.id)!] : []));
    const pages = staged.filter(isPage);
    return {
      stageId: stage.id,
      name: stage.name,
      steps: staged.length,
      pages: pages.length,
      timeSpent: journey.untimed ? undefined : staged.reduce((sum, step) => sum + (dwell.get(step.id) ?? 0), 0),
      averageEmotion: mean(scores),
      lowestEmotion: scores.length ? (Math.min(...scores) as EmotionScore) : undefined,
      ttfb: spread(pages.flatMap((step) => (step.timing?.ttfb === undefined ? [] : [step.timing.ttfb]))),
      lcp: spread(pages.flatMap((step) => (step.timing?.lcp === undefined ? [] : [step.timing.lcp]))),
      fieldsFilled: new Set(staged.flatMap((step) => (step.kind === 'input' ? [fieldKey(step)] : []))).size,
      signals: staged.reduce((sum, step) => sum + (step.signals?.length ?? 0), 0),
      frictions: staged.reduce((sum, step) => sum + (notes.get(step.id) ?? []).filter((note) => note.kind === 'friction' || note.kind === 'pain-point').length, 0),
    };
  });
}

/** How long a page took: its load event, or for an app route the time to settle. */
export function pageLoadTime(step: NavigationStep): number | undefined {
  return step.navigation === 'route' ? step.timing?.routeSettled : step.timing?.load;
}

export interface JourneySummary {
  steps: number;
  pages: number;
  /** From the start to the end of the walk (or its last step); absent for an untimed walk. */
  duration?: number;
  slowestPage?: { step: NavigationStep; loadTime: number };
  /** Moments of friction Trailnote noticed by itself, and how many of them the tester confirmed. */
  signals: { noticed: number; confirmed: number };
}

/** The walk's figures; how it felt is told by emotionStory (emotion-story.ts). */
export function journeySummary(journey: Pick<Journey, 'startedAt' | 'endedAt' | 'untimed'>, steps: readonly Step[]): JourneySummary {
  let slowestPage: JourneySummary['slowestPage'];
  for (const step of steps) {
    const loadTime = isPage(step) ? pageLoadTime(step) : undefined;
    if (isPage(step) && loadTime !== undefined && (!slowestPage || loadTime > slowestPage.loadTime)) slowestPage = { step, loadTime };
  }
  const end = journey.endedAt ?? steps.at(-1)?.at ?? journey.startedAt;
  return {
    steps: steps.length,
    pages: steps.filter(isPage).length,
    duration: journey.untimed ? undefined : Math.max(0, end - journey.startedAt),
    slowestPage,
    signals: signalCounts(steps),
  };
}
