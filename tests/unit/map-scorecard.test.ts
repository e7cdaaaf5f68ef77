import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { JourneyBundle } from '../../lib/db';
import { compareScores, leadOf } from '../../lib/map/compare-scores';
import { scorecardSheet } from '../../lib/map/scorecard-sheet';
import { ecommercePurchase } from '../../lib/scorecard/built-in/ecommerce-purchase';
import { saasTrial } from '../../lib/scorecard/built-in/saas-trial';
import type { ScorecardAnswer, ScorecardTemplate } from '../../lib/scorecard/types';
import { unscoredBundle } from './support/export-bundle';

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
});

let clock = 1;
const answer = (criterionId: string, value: ScorecardAnswer['answer'], stepId?: string, comment?: string): ScorecardAnswer => ({
  criterionId,
  answer: value,
  at: clock++,
  ...(stepId && { stepId }),
  ...(comment && { comment }),
});

/** The export fixture's walk (steps s1…s10) scored against a template, with its own id and title. */
function scored(id: string, template: ScorecardTemplate | undefined, answers: ScorecardAnswer[] = []): JourneyBundle {
  const bundle = unscoredBundle();
  const journey = { ...bundle.journey, id, title: `Walk ${id}` };
  return { ...bundle, journey: template ? { ...journey, scorecard: { template, answers } } : journey };
}

describe('the map’s scorecard sheet', () => {
  it('has nothing to show for a walk without a scorecard', () => {
    expect(scorecardSheet(unscoredBundle().journey, unscoredBundle().steps)).toBeUndefined();
  });

  it('lists every criterion by stage with its answer, comment and evidence step, the critical failures apart', () => {
    const { journey, steps } = scored('a', ecommercePurchase.en, [
      answer('home-says-what-is-sold', 'pass', 's1'),
      answer('no-surprise-cost', 'fail', 's4', 'A handling fee at the last step'),
      answer('guest-checkout', 'partial', 'gone-step'),
    ]);
    const sheet = scorecardSheet(journey, steps)!;
    expect(sheet.title).toBe('E-commerce purchase');
    expect(sheet.stages.map((stage) => stage.stageId)).toEqual(['awareness', 'consideration', 'decision', 'purchase', 'service', 'loyalty']);
    const awareness = sheet.stages[0];
    expect(awareness.criteria[0]).toMatchObject({ criterion: { id: 'home-says-what-is-sold' }, answer: { answer: 'pass' }, evidence: { id: 's1', seq: 1 } });
    expect(awareness.criteria[1]).toEqual({ criterion: expect.objectContaining({ id: 'search-finds-product' }) });
    expect(awareness.score.share).toBe(1);
    const purchase = sheet.stages[3];
    const fee = purchase.criteria.find((entry) => entry.criterion.id === 'no-surprise-cost')!;
    expect(fee).toMatchObject({ answer: { answer: 'fail', comment: 'A handling fee at the last step' }, evidence: { id: 's4' } });
    // A linked step no longer in the walk leaves the answer without evidence.
    const guest = purchase.criteria.find((entry) => entry.criterion.id === 'guest-checkout')!;
    expect(guest.answer?.answer).toBe('partial');
    expect(guest.evidence).toBeUndefined();
    expect(sheet.criticalFailures.map((entry) => [entry.criterion.id, entry.evidence?.id])).toEqual([['no-surprise-cost', 's4']]);
  });

  it('names stages as the journey does, and as the template does where the journey lacks the stage', () => {
    const bundle = scored('a', ecommercePurchase.fr);
    const journey = { ...bundle.journey, stages: [{ id: 'purchase', name: 'Checkout' }] };
    const sheet = scorecardSheet(journey, bundle.steps)!;
    expect(sheet.stages.map((stage) => stage.name)).toEqual(['Découverte', 'Considération', 'Décision', 'Checkout', 'Service', 'Fidélité']);
    expect(sheet.stageNames.get('purchase')).toBe('Checkout');
  });

  it('shows an answer of the wrong kind for its criterion (the template changed) as unanswered', () => {
    const { journey, steps } = scored('a', ecommercePurchase.en, [answer('guest-checkout', 4, 's1')]);
    const guest = scorecardSheet(journey, steps)!.stages[3].criteria.find((entry) => entry.criterion.id === 'guest-checkout')!;
    expect(guest.answer).toBeUndefined();
    expect(guest.evidence).toBeUndefined();
  });
});

describe('the walk ahead on a row', () => {
  it('is the one best value, ahead of the next best by whole points', () => {
    expect(leadOf([0.5, 0.72, 0.6])).toEqual({ walk: 1, points: 12 });
    expect(leadOf([0.9, null, 0.4])).toEqual({ walk: 0, points: 50 });
  });

  it('is nobody on a tie at the top, a gap that rounds to nothing, or fewer than two values', () => {
    expect(leadOf([0.8, 0.8, 0.1])).toBeUndefined();
    expect(leadOf([0.801, 0.8])).toBeUndefined();
    expect(leadOf([0.8, null, undefined])).toBeUndefined();
    expect(leadOf([])).toBeUndefined();
  });
});

describe('comparing the walks’ scores', () => {
  it('has nothing to say when no walk has a scorecard', () => {
    expect(compareScores([scored('a', undefined), scored('b', undefined)])).toBeUndefined();
  });

  it('compares an English and a French walk of the same template criterion by criterion, the walk ahead marked', () => {
    const own = scored('own', ecommercePurchase.en, [
      answer('home-says-what-is-sold', 'pass'),
      answer('guest-checkout', 'pass'),
      answer('no-surprise-cost', 'fail'),
      answer('product-page-impression', 2),
    ]);
    const rival = scored('rival', ecommercePurchase.fr, [
      answer('home-says-what-is-sold', 'pass'),
      answer('guest-checkout', 'partial'),
      answer('no-surprise-cost', 'pass'),
      answer('product-page-impression', 5),
    ]);
    const comparison = compareScores([own, rival])!;
    // The first walk's template gives the rows their words.
    expect(comparison.template.language).toBe('en');
    expect(comparison.walks.map((walk) => walk.status)).toEqual(['compared', 'compared']);
    // own: awareness 2/2; purchase (3 + 0) / 6; consideration 0.25. rival: 2/2; (1.5 + 3) / 6; 1.
    expect(comparison.overall.shares[0]).toBeCloseTo((2 + 3 + 0.25) / (2 + 3 + 3 + 1));
    expect(comparison.overall.shares[1]).toBeCloseTo((2 + 1.5 + 3 + 1) / (2 + 3 + 3 + 1));
    expect(comparison.overall.lead).toEqual({ walk: 1, points: 25 });
    expect(comparison.criticalFailures).toEqual([1, 0]);

    const stage = (id: string) => comparison.stages.find((each) => each.stageId === id)!;
    expect(stage('awareness').shares).toEqual([1, 1]);
    expect(stage('awareness').lead).toBeUndefined();
    expect(stage('purchase').shares).toEqual([0.5, 0.75]);
    expect(stage('purchase').lead).toEqual({ walk: 1, points: 25 });
    expect(stage('decision').shares).toEqual([null, null]);
    expect(stage('awareness').name).toBe('Awareness');

    const row = (id: string) => comparison.stages.flatMap((each) => each.criteria).find((each) => each.criterion.id === id)!;
    expect(row('guest-checkout')).toMatchObject({ criterion: { text: 'Guest checkout offered' }, answers: ['pass', 'partial'], lead: { walk: 0, points: 50 } });
    expect(row('no-surprise-cost')).toMatchObject({ answers: ['fail', 'pass'], lead: { walk: 1, points: 100 } });
    expect(row('product-page-impression')).toMatchObject({ answers: [2, 5], lead: { walk: 1, points: 75 } });
    expect(row('home-says-what-is-sold').lead).toBeUndefined();
    expect(row('search-finds-product')).toEqual({ criterion: expect.objectContaining({ id: 'search-finds-product' }), answers: [null, null] });
  });

  it('says which walks have no scorecard or another template, and compares only the others', () => {
    const comparison = compareScores([
      scored('none', undefined),
      scored('own', ecommercePurchase.en, [answer('guest-checkout', 'pass')]),
      scored('saas', saasTrial.en, [answer(saasTrial.en.groups[0].criteria[0].id, 'fail')]),
    ])!;
    expect(comparison.template.id).toBe('ecommerce-purchase');
    expect(comparison.walks[0]).toEqual({ status: 'none' });
    expect(comparison.walks[1].status).toBe('compared');
    expect(comparison.walks[2]).toMatchObject({ status: 'other-template', title: saasTrial.en.title, score: { overall: { share: 0 } } });
    expect(comparison.overall.shares).toEqual([undefined, 1, undefined]);
    expect(comparison.overall.lead).toBeUndefined();
    expect(comparison.criticalFailures).toEqual([undefined, 0, undefined]);
    const guest = comparison.stages.flatMap((each) => each.criteria).find((each) => each.criterion.id === 'guest-checkout')!;
    expect(guest.answers).toEqual([undefined, 'pass', undefined]);
  });

  it('reads each walk’s answer against its own copy of the criterion: a criterion it no longer holds is unanswered', () => {
    const trimmed: ScorecardTemplate = {
      ...ecommercePurchase.en,
      groups: ecommercePurchase.en.groups.map((group) => ({ ...group, criteria: group.criteria.filter((criterion) => criterion.id !== 'guest-checkout') })),
    };
    const comparison = compareScores([scored('own', ecommercePurchase.en, [answer('guest-checkout', 'pass')]), scored('old', trimmed, [answer('guest-checkout', 'fail')])])!;
    const guest = comparison.stages.flatMap((each) => each.criteria).find((each) => each.criterion.id === 'guest-checkout')!;
    expect(guest.answers).toEqual(['pass', null]);
    expect(guest.lead).toBeUndefined();
  });
});
