import { describe, expect, it } from 'vitest';
import { ecommercePurchase } from '../../lib/scorecard/built-in/ecommerce-purchase';
import { answerValue, percentOf, scoreScorecard } from '../../lib/scorecard/score';
import type { Criterion, CriterionWeight, JourneyScorecard, ScorecardAnswer, ScorecardTemplate } from '../../lib/scorecard/types';

const verdict = (id: string, weight: CriterionWeight = 1, critical = false): Criterion => ({ id, text: id, scale: 'verdict', weight, critical });
const rating = (id: string, weight: CriterionWeight = 1): Criterion => ({ id, text: id, scale: 'rating', weight, critical: false });

const template: ScorecardTemplate = {
  id: 't',
  title: 'T',
  language: 'en',
  groups: [
    { stageId: 'decision', stageName: 'Decision', criteria: [verdict('a', 3), verdict('b', 1), verdict('c', 2, true)] },
    { stageId: 'purchase', stageName: 'Purchase', criteria: [rating('r', 2), verdict('d', 1)] },
  ],
};

let clock = 1;
const answer = (criterionId: string, value: ScorecardAnswer['answer']): ScorecardAnswer => ({ criterionId, answer: value, at: clock++ });
const card = (...answers: ScorecardAnswer[]): JourneyScorecard => ({ template, answers });
const stage = (score: ReturnType<typeof scoreScorecard>, id: string) => score.stages.find((each) => each.stageId === id)!;

describe('scorecard scores', () => {
  it('scores an empty card as nothing yet, not 0 %, with every criterion counted as unanswered', () => {
    const score = scoreScorecard(card());
    expect(score.overall).toEqual({ share: null, met: 0, applicable: 0, answered: 0, total: 5 });
    expect(score.stages.map((each) => each.share)).toEqual([null, null]);
    expect(score.criticalFailures).toEqual([]);
  });

  it('weighs each criterion: a Pass on weight 3 and a Fail on weight 1 make 75 %', () => {
    const score = scoreScorecard(card(answer('a', 'pass'), answer('b', 'fail')));
    expect(stage(score, 'decision').share).toBe(0.75);
    expect(stage(score, 'decision')).toMatchObject({ met: 3, applicable: 4, answered: 2, total: 3 });
    expect(score.overall.share).toBe(0.75);
  });

  it('counts a Partial as half its weight', () => {
    const score = scoreScorecard(card(answer('a', 'partial'), answer('b', 'pass')));
    expect(stage(score, 'decision').share).toBeCloseTo(2.5 / 4);
  });

  it('leaves Not applicable out of the share but counts it as answered', () => {
    const score = scoreScorecard(card(answer('a', 'not-applicable'), answer('b', 'pass')));
    expect(stage(score, 'decision')).toMatchObject({ share: 1, applicable: 1, answered: 2 });
    expect(scoreScorecard(card(answer('a', 'not-applicable'))).overall.share).toBeNull();
  });

  it('scales ratings 1–5 to 0–100 %', () => {
    expect([1, 2, 3, 4, 5].map((value) => answerValue(rating('r'), value as 1))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    const score = scoreScorecard(card(answer('r', 4), answer('d', 'fail')));
    // (0.75 × 2 + 0 × 1) / 3
    expect(stage(score, 'purchase').share).toBeCloseTo(0.5);
  });

  it('weighs the overall score over criteria, not as an average of stages', () => {
    const score = scoreScorecard(card(answer('a', 'pass'), answer('b', 'pass'), answer('c', 'pass'), answer('d', 'fail')));
    expect(stage(score, 'decision').share).toBe(1);
    expect(stage(score, 'purchase').share).toBe(0);
    expect(score.overall.share).toBeCloseTo(6 / 7);
  });

  it('lists a critical Fail apart, and only a Fail', () => {
    const failed = scoreScorecard(card(answer('c', 'fail'), answer('a', 'fail')));
    expect(failed.criticalFailures.map((each) => [each.criterion.id, each.stageId])).toEqual([['c', 'decision']]);
    expect(scoreScorecard(card(answer('c', 'partial'))).criticalFailures).toEqual([]);
    expect(scoreScorecard(card(answer('c', 'not-applicable'))).criticalFailures).toEqual([]);
  });

  it('lets the later answer to a criterion stand', () => {
    const score = scoreScorecard(card(answer('b', 'fail'), answer('b', 'pass')));
    expect(stage(score, 'decision')).toMatchObject({ share: 1, answered: 1 });
  });

  describe('a template edited after answers were given', () => {
    it('ignores answers to criteria it no longer holds', () => {
      const score = scoreScorecard(card(answer('gone', 'fail'), answer('a', 'pass')));
      expect(score.overall).toMatchObject({ share: 1, answered: 1, total: 5 });
    });

    it('counts a new criterion as unanswered', () => {
      const edited: ScorecardTemplate = { ...template, groups: [...template.groups, { stageId: 'service', stageName: 'Service', criteria: [verdict('new', 2)] }] };
      const score = scoreScorecard({ template: edited, answers: [answer('a', 'pass')] });
      expect(score.overall).toMatchObject({ share: 1, total: 6 });
      expect(stage(score, 'service')).toMatchObject({ share: null, answered: 0, total: 1 });
    });

    it('ignores an answer of the other kind once a criterion changes scale, and one out of range', () => {
      const changed: ScorecardTemplate = { ...template, groups: [{ ...template.groups[0], criteria: [rating('a', 3), verdict('b')] }] };
      const score = scoreScorecard({ template: changed, answers: [answer('a', 'pass'), answer('b', 4)] });
      expect(score.overall).toMatchObject({ share: null, answered: 0 });
      expect(answerValue(rating('r'), 7 as 5)).toBeNull();
      expect(answerValue(rating('r'), 2.5 as 2)).toBeNull();
    });

    it('follows a criterion moved to another stage, and its new weight', () => {
      const moved: ScorecardTemplate = {
        ...template,
        groups: [
          { stageId: 'decision', stageName: 'Decision', criteria: [verdict('b')] },
          { stageId: 'purchase', stageName: 'Purchase', criteria: [verdict('a', 1)] },
        ],
      };
      const score = scoreScorecard({ template: moved, answers: [answer('a', 'fail'), answer('b', 'pass')] });
      expect(stage(score, 'purchase').share).toBe(0);
      expect(score.overall.share).toBe(0.5);
    });
  });

  it('scores the built-in template in either language alike', () => {
    const answers = [answer('guest-checkout', 'pass'), answer('no-surprise-cost', 'fail'), answer('product-page-impression', 3)];
    const en = scoreScorecard({ template: ecommercePurchase.en, answers });
    const fr = scoreScorecard({ template: ecommercePurchase.fr, answers });
    expect(fr.overall).toEqual(en.overall);
    expect(en.criticalFailures.map((each) => each.criterion.id)).toEqual(['no-surprise-cost']);
    // guest checkout 3 × 1, no surprise cost 3 × 0, impression 1 × 0.5
    expect(percentOf(en.overall.share!)).toBe(Math.round((3.5 / 7) * 100));
  });

  it('rounds a share to a whole percentage', () => {
    expect([0, 0.724, 0.725, 1].map(percentOf)).toEqual([0, 72, 73, 100]);
  });
});
