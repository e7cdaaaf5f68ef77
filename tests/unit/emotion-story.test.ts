import { describe, expect, it } from 'vitest';
import { averageWords, emotionStory, rangeWords } from '../../lib/map/emotion-story';
import type { Annotation, EmotionScore, Journey, Step } from '../../lib/journey/types';

const journey: Pick<Journey, 'stages'> = {
  stages: [
    { id: 'awareness', name: 'Awareness' },
    { id: 'decision', name: 'Decision' },
    { id: 'purchase', name: 'Purchase' },
  ],
};

const page = (seq: number, stageId: string): Step => ({
  id: `s${seq}`,
  journeyId: 'j',
  seq,
  at: seq * 1000,
  stageId,
  url: `https://shop.example/${seq}`,
  title: `Page ${seq}`,
  tabId: 1,
  kind: 'navigation',
  navigation: 'load',
});
const rate = (step: Step, emotion: EmotionScore): Annotation => ({ id: `e${step.id}`, journeyId: 'j', stepId: step.id, at: step.at, kind: 'emotion', emotion });
const note = (step: Step, text: string): Annotation => ({ id: `n${step.id}${text.length}`, journeyId: 'j', stepId: step.id, at: step.at + 1, kind: 'note', text });

const home = page(1, 'awareness');
const tents = page(2, 'decision');
const product = page(3, 'decision');
const cart = page(4, 'purchase');
const steps = [home, tents, product, cart];

describe('emotion story', () => {
  it('tells a walk that swung from Very positive to Very negative by its high and its low, not by its flat average', () => {
    const story = emotionStory(journey, steps, [rate(home, 2), note(product, 'Lovely photos'), rate(product, 1), rate(cart, -2), note(cart, 'Forced to create a password')]);
    expect(story.average).toBe(1 / 3);
    expect(story.rated).toBe(3);
    expect(story.range).toEqual({ low: -2, high: 2 });
    expect(story.best).toMatchObject({ step: { id: home.id }, stage: { name: 'Awareness' }, emotion: 2 });
    expect(story.best?.note).toBeUndefined();
    expect(story.worst).toMatchObject({ step: { id: cart.id }, stage: { name: 'Purchase' }, emotion: -2, note: 'Forced to create a password' });
    expect(rangeWords(story)).toBe('From Very negative to Very positive');
    expect(averageWords(story)).toBe('Average +0.3 over 3 rated steps');
  });

  it('averages +2 and −2 to 0.0 and still says the walk went from one end to the other', () => {
    const story = emotionStory(journey, steps, [rate(tents, 2), rate(cart, -2)]);
    expect(averageWords(story)).toBe('Average 0.0 over 2 rated steps');
    expect(rangeWords(story)).toBe('From Very negative to Very positive');
    expect([story.best?.stage.name, story.worst?.stage.name]).toEqual(['Decision', 'Purchase']);
  });

  it('keeps the first of a tie: the moment the walk first reached its high or its low', () => {
    const story = emotionStory(journey, steps, [rate(cart, 1), rate(home, -1), rate(tents, 1), rate(product, -1)]);
    expect(story.best?.step.id).toBe(tents.id);
    expect(story.worst?.step.id).toBe(home.id);
  });

  it('has no best or worst moment when every rated step felt the same, and says so', () => {
    const story = emotionStory(journey, steps, [rate(home, -1), rate(cart, -1)]);
    expect(story).toEqual({ rated: 2, average: -1, range: { low: -1, high: -1 } });
    expect(rangeWords(story)).toBe('Negative throughout');
    expect(averageWords(emotionStory(journey, steps, [rate(cart, 0)]))).toBe('Average 0.0 over 1 rated step');
  });

  it('tells nothing of an unrated walk: unrated is not neutral', () => {
    const story = emotionStory(journey, steps, [note(home, 'Only a note')]);
    expect(story).toEqual({ rated: 0 });
    expect(rangeWords(story)).toBe('—');
    expect(averageWords(story)).toBe('—');
  });

  it('places a step of a stage the journey no longer has in the first stage, as the map draws it', () => {
    const stray = page(5, 'gone');
    const story = emotionStory(journey, [...steps, stray], [rate(stray, -2), rate(home, 0)]);
    expect(story.worst).toMatchObject({ step: { id: stray.id }, stage: { name: 'Awareness' } });
  });
});
