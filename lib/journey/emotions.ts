import type { MessageKey } from '../i18n';
import type { Annotation, EmotionScore } from './types';

/** The Smaply scale, most negative first: the order of the faces in the panel and of keys 1–5. */
export const EMOTION_SCORES: readonly EmotionScore[] = [-2, -1, 0, 1, 2];

export const EMOTION_LABELS: Record<EmotionScore, MessageKey> = {
  [-2]: 'emotionVeryNegative',
  [-1]: 'emotionNegative',
  0: 'emotionNeutral',
  1: 'emotionPositive',
  2: 'emotionVeryPositive',
};

export function isEmotionScore(value: unknown): value is EmotionScore {
  return typeof value === 'number' && (EMOTION_SCORES as readonly number[]).includes(value);
}

/** Each rated step's emotion, by step id (a step has at most one). */
export function emotionsByStep(annotations: readonly Annotation[]): Map<string, EmotionScore> {
  const emotions = new Map<string, EmotionScore>();
  for (const annotation of annotations) {
    if (annotation.kind === 'emotion' && isEmotionScore(annotation.emotion)) emotions.set(annotation.stepId, annotation.emotion);
  }
  return emotions;
}

/** The mean of the rated steps, or undefined when none is rated: an unrated walk is not a neutral one. */
export function averageEmotion(annotations: readonly Annotation[]): number | undefined {
  const scores = [...emotionsByStep(annotations).values()];
  return scores.length ? scores.reduce<number>((sum, score) => sum + score, 0) / scores.length : undefined;
}
