import { emotionsByStep } from '../journey/emotions';
import { notesByStep } from '../journey/notes';
import type { Annotation, EmotionScore, Step } from '../journey/types';
import type { StageColumn } from './stage-columns';

/** A rated step on the emotion curve: x in stage columns (2.5 = the middle of the third), y on −2…+2. */
export interface CurvePoint {
  x: number;
  emotion: EmotionScore;
  step: Step;
  /** For a dip (−1 or −2): what the tester noted there, to label the point with. */
  dipNote?: string;
}

/**
 * The points of a journey's emotion curve, laid out over the given columns (a step's own column by its
 * stage): each column shares its width between its steps, so a point sits above the step it rates.
 */
export function curvePoints(columns: readonly StageColumn[], annotations: readonly Annotation[]): CurvePoint[] {
  const emotions = emotionsByStep(annotations);
  const notes = notesByStep(annotations);
  return columns.flatMap((column, index) =>
    column.steps.flatMap((step, position) => {
      const emotion = emotions.get(step.id);
      if (emotion === undefined) return [];
      const dipNote = emotion < 0 ? notes.get(step.id)?.[0]?.text : undefined;
      return [{ x: index + (position + 0.5) / column.steps.length, emotion, step, ...(dipNote && { dipNote }) }];
    }),
  );
}

/** Where the curve draws: a band per stage column, −2 at the bottom and +2 at the top, room below for labels. */
export function curveLayout(columns: number, columnWidth: number) {
  const height = 190;
  const top = 18;
  const bottom = 42;
  return {
    width: columns * columnWidth,
    height,
    x: (position: number) => position * columnWidth,
    y: (emotion: number) => top + ((2 - emotion) / 4) * (height - top - bottom),
    /** The plot's bottom edge, for stage separators. */
    floor: height - bottom,
    top,
  };
}

/**
 * The size of the faces on the curve's axis. They sit left of the curve, in the lane heading's cell: whatever
 * draws the curve keeps at least AXIS_FACE + 10 px free on its left.
 */
export const AXIS_FACE = 20;

/** A dip's label, short enough to sit under its point. */
export const clipLabel = (text: string) => (text.length > 38 ? `${text.slice(0, 37)}…` : text);
