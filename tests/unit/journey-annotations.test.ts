import { describe, expect, it } from 'vitest';
import { averageEmotion, emotionsByStep, isEmotionScore } from '../../lib/journey/emotions';
import { notesByStep } from '../../lib/journey/notes';
import type { Annotation } from '../../lib/journey/types';

let at = 0;
const emotion = (stepId: string, score: number): Annotation => ({ id: `e${at}`, journeyId: 'j1', stepId, at: at++, kind: 'emotion', emotion: score as Annotation['emotion'] });
const note = (stepId: string, kind: Annotation['kind'], text: string): Annotation => ({ id: `n${at}`, journeyId: 'j1', stepId, at: at++, kind, text });

describe('emotions', () => {
  it.each([
    ['no annotation', [], undefined],
    ['notes only: unrated is not neutral', [note('s1', 'friction', 'Slow')], undefined],
    ['one rated step', [emotion('s1', -2)], -2],
    ['the mean of rated steps', [emotion('s1', -2), emotion('s2', 1), emotion('s3', 2)], 1 / 3],
    ['a score out of the scale is ignored', [emotion('s1', 7), emotion('s2', 2)], 2],
  ])('averages %s', (_case, annotations, expected) => {
    const average = averageEmotion(annotations);
    if (expected === undefined) expect(average).toBeUndefined();
    else expect(average).toBeCloseTo(expected);
  });

  it('keeps one emotion per step', () => {
    expect(emotionsByStep([emotion('s1', -1), note('s1', 'note', 'x'), emotion('s2', 0)])).toEqual(
      new Map([
        ['s1', -1],
        ['s2', 0],
      ]),
    );
  });

  it('knows the scale', () => {
    expect([-2, -1, 0, 1, 2].every(isEmotionScore)).toBe(true);
    expect([3, -3, 0.5, '1', null].some(isEmotionScore)).toBe(false);
  });
});

describe('notes', () => {
  it('groups notes by step in the order they were made, leaving emotions out', () => {
    const grouped = notesByStep([note('s1', 'friction', 'a'), emotion('s1', 2), note('s2', 'delight', 'b'), note('s1', 'opportunity', 'c')]);
    expect([...grouped.keys()]).toEqual(['s1', 's2']);
    expect(grouped.get('s1')?.map((n) => n.text)).toEqual(['a', 'c']);
  });
});
