import { t } from '../i18n';
import { EMOTION_LABELS, emotionsByStep } from '../journey/emotions';
import { formatEmotion } from '../journey/format';
import { notesByStep } from '../journey/notes';
import type { Annotation, EmotionScore, Journey, Stage, Step } from '../journey/types';
import { stageColumns } from './stage-columns';

/**
 * How a walk felt, told by its highs and lows rather than by one average: a walk that swung from Very
 * positive to Very negative averages 0.0, which reads as a calm, neutral walk (issue 20, "An emotion story").
 * Pure, so the map's summary and the shared files tell the same story.
 */

/** A rated step the story points at: which step, in which stage, how it felt and what the tester said there. */
export interface Moment {
  step: Step;
  stage: Stage;
  emotion: EmotionScore;
  /** The first note written on the step, to quote. */
  note?: string;
}

export interface EmotionStory {
  /** How many steps were rated. */
  rated: number;
  /** The mean of the ratings, absent when none: an unrated walk is not a neutral one. */
  average?: number;
  /** The lowest and highest ratings; equal when every rated step felt the same. */
  range?: { low: EmotionScore; high: EmotionScore };
  /** The highest-rated step (the first of a tie), when some step felt better than another. */
  best?: Moment;
  /** The lowest-rated step (the first of a tie), when some step felt worse than another. */
  worst?: Moment;
}

/** The story of a walk's ratings, steps taken in walk order. A flat walk has a range but no best or worst moment. */
export function emotionStory(journey: Pick<Journey, 'stages'>, steps: readonly Step[], annotations: readonly Annotation[]): EmotionStory {
  const emotions = emotionsByStep(annotations);
  const notes = notesByStep(annotations);
  // By stage column, so a step of a stage the journey no longer has is told where the map draws it.
  const moments: Moment[] = stageColumns(journey, steps)
    .flatMap(({ stage, steps: staged }) =>
      staged.flatMap((step) => {
        const emotion = emotions.get(step.id);
        const note = notes.get(step.id)?.[0]?.text;
        return emotion === undefined ? [] : [{ step, stage, emotion, ...(note !== undefined && { note }) }];
      }),
    )
    .sort((a, b) => a.step.seq - b.step.seq);
  if (moments.length === 0) return { rated: 0 };
  // Strict comparisons keep the first of a tie: the moment the walk first reached its high or its low.
  const high = moments.reduce((best, moment) => (moment.emotion > best.emotion ? moment : best));
  const low = moments.reduce((worst, moment) => (moment.emotion < worst.emotion ? moment : worst));
  const swung = high.emotion > low.emotion;
  return {
    rated: moments.length,
    average: moments.reduce((sum, moment) => sum + moment.emotion, 0) / moments.length,
    range: { low: low.emotion, high: high.emotion },
    ...(swung && { best: high, worst: low }),
  };
}

/** The range in words: "from Very negative to Very positive", or "Neutral throughout"; a dash when nothing was rated. */
export function rangeWords(story: EmotionStory): string {
  if (!story.range) return '—';
  const { low, high } = story.range;
  return low === high ? t('emotionThroughout', t(EMOTION_LABELS[low])) : t('emotionFromTo', t(EMOTION_LABELS[low]), t(EMOTION_LABELS[high]));
}

/** The average, said with how many ratings it rests on: "Average 0.0 over 4 rated steps"; a dash when nothing was rated. */
export function averageWords(story: EmotionStory): string {
  if (story.average === undefined) return '—';
  return story.rated === 1 ? t('emotionAverageOne', formatEmotion(story.average)) : t('emotionAverageMany', formatEmotion(story.average), story.rated);
}
