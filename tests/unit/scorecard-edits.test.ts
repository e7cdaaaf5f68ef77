import { describe, expect, it } from 'vitest';
import { appendStep, createJourney, getJourney } from '../../lib/db';
import { changeAnswer, chooseScorecardTemplate, clearAnswer } from '../../lib/edits/scorecard';
import { ecommercePurchase } from '../../lib/scorecard/built-in/ecommerce-purchase';
import { click, journey, useFreshStore } from './support/rows';

useFreshStore();

const { en, fr } = ecommercePurchase;

async function walk(): Promise<void> {
  await createJourney(journey('j1'));
  await appendStep(click('s1'));
  await appendStep(click('s2'));
}

describe('a journey’s scorecard', () => {
  it('is absent until a template is chosen, then kept with the journey as a copy of the template', async () => {
    await walk();
    expect((await getJourney('j1'))?.scorecard).toBeUndefined();
    await chooseScorecardTemplate('j1', en);
    const stored = await getJourney('j1');
    expect(stored?.scorecard).toEqual({ template: en, answers: [] });
    expect(stored?.scorecard?.template).not.toBe(en);
  });

  it('stores an answer with its step and comment; a later answer keeps the evidence and comment', async () => {
    await walk();
    await chooseScorecardTemplate('j1', en);
    await changeAnswer('j1', 'guest-checkout', { answer: 'fail', stepId: 's1' });
    await changeAnswer('j1', 'guest-checkout', { comment: '  Account required  ' });
    await changeAnswer('j1', 'guest-checkout', { answer: 'partial' });
    await changeAnswer('j1', 'product-page-impression', { answer: 4 });
    const answers = (await getJourney('j1'))?.scorecard?.answers;
    expect(answers).toEqual([
      expect.objectContaining({ criterionId: 'guest-checkout', answer: 'partial', stepId: 's1', comment: 'Account required' }),
      expect.objectContaining({ criterionId: 'product-page-impression', answer: 4 }),
    ]);
  });

  it('links another step, or none, as evidence', async () => {
    await walk();
    await chooseScorecardTemplate('j1', en);
    await changeAnswer('j1', 'guest-checkout', { answer: 'pass', stepId: 's1' });
    await changeAnswer('j1', 'guest-checkout', { stepId: 's2' });
    expect((await getJourney('j1'))?.scorecard?.answers[0].stepId).toBe('s2');
    await changeAnswer('j1', 'guest-checkout', { stepId: null });
    expect((await getJourney('j1'))?.scorecard?.answers[0]).not.toHaveProperty('stepId');
  });

  it.each([
    ['an unknown criterion', 'nope', { answer: 'pass' as const }, /no longer in the scorecard/],
    ['a rating for a Pass/Fail criterion', 'guest-checkout', { answer: 3 as const }, /does not fit/],
    ['a verdict for a rating', 'product-page-impression', { answer: 'pass' as const }, /does not fit/],
    ['a comment before any answer', 'guest-checkout', { comment: 'Hm' }, /Answer the criterion first/],
  ])('refuses %s with words, as an edit refusal, and changes nothing', async (_case, criterionId, change, words) => {
    await walk();
    await chooseScorecardTemplate('j1', en);
    await expect(changeAnswer('j1', criterionId, change)).rejects.toMatchObject({ code: 'invalid-edit', message: expect.stringMatching(words) });
    expect((await getJourney('j1'))?.scorecard?.answers).toEqual([]);
  });

  it('refuses an answer before a template is chosen', async () => {
    await walk();
    await expect(changeAnswer('j1', 'guest-checkout', { answer: 'pass' })).rejects.toMatchObject({ code: 'invalid-edit' });
  });

  it('keeps the answers the new template shares when the template changes language, and clears on no template', async () => {
    await walk();
    await chooseScorecardTemplate('j1', en);
    await changeAnswer('j1', 'guest-checkout', { answer: 'pass' });
    await chooseScorecardTemplate('j1', fr);
    const stored = (await getJourney('j1'))?.scorecard;
    expect(stored?.template.title).toBe('Achat en ligne');
    expect(stored?.answers.map((answer) => answer.criterionId)).toEqual(['guest-checkout']);
    await chooseScorecardTemplate('j1', { ...en, id: 'other', groups: [{ stageId: 'awareness', stageName: 'Awareness', criteria: [] }] });
    expect((await getJourney('j1'))?.scorecard?.answers).toEqual([]);
    await chooseScorecardTemplate('j1', null);
    expect(await getJourney('j1')).not.toHaveProperty('scorecard');
  });

  it('clears one answer', async () => {
    await walk();
    await chooseScorecardTemplate('j1', en);
    await changeAnswer('j1', 'guest-checkout', { answer: 'pass' });
    await clearAnswer('j1', 'guest-checkout');
    expect((await getJourney('j1'))?.scorecard?.answers).toEqual([]);
  });

  it('loses no answer and no step when steps are written while answers are given (one transaction each)', async () => {
    await walk();
    await chooseScorecardTemplate('j1', en);
    const ids = en.groups
      .flatMap((group) => group.criteria)
      .filter((criterion) => criterion.scale === 'verdict')
      .map((criterion) => criterion.id);
    await Promise.all(ids.flatMap((id, index) => [changeAnswer('j1', id, { answer: 'pass' }), appendStep(click(`x${index}`))]));
    const stored = await getJourney('j1');
    expect(stored?.scorecard?.answers.map((answer) => answer.criterionId).sort()).toEqual([...ids].sort());
    expect(stored?.stepCount).toBe(2 + ids.length);
  });
});
