import { describe, expect, it } from 'vitest';
import type { SignalStatus, Step } from '../../lib/journey/types';
import { hintOfWalk, hintsByStage } from '../../lib/scorecard/stage-hints';

/** The figures and signals the hints read; the rest of a step does not matter to them. */
const page = (stageId: string, load?: number, routeSettled?: number) => ({ stageId, kind: 'navigation', timing: { load, routeSettled } }) as unknown as Step;
const refused = (stageId: string, status: SignalStatus = 'suggested') => ({ stageId, kind: 'click', signals: [{ kind: 'form-error', status }] }) as unknown as Step;
const click = (stageId: string) => ({ stageId, kind: 'click', signals: [{ kind: 'dead-click', status: 'suggested' }] }) as unknown as Step;

describe('what the recording tells a stage’s criteria', () => {
  it('is each stage’s slowest page, a route counting by when it settled', () => {
    const hints = hintsByStage([page('discover', 820), page('discover', 2400), page('buy', undefined, 1300), page('buy', Number.NaN)]);
    expect(hints.get('discover')).toEqual({ slowestLoad: 2400, formErrors: 0 });
    expect(hints.get('buy')).toEqual({ slowestLoad: 1300, formErrors: 0 });
  });

  it('counts the steps where a form refused what was entered, not the ones the tester dismissed, nor other signals', () => {
    const hints = hintsByStage([refused('buy'), refused('buy', 'accepted'), refused('buy', 'dismissed'), click('buy'), refused('after')]);
    expect(hints.get('buy')).toEqual({ formErrors: 2 });
    expect(hints.get('after')).toEqual({ formErrors: 1 });
  });

  it('has nothing to say of a stage with no measured page and no refused form', () => {
    expect(hintsByStage([click('discover'), page('discover')]).get('discover')).toBeUndefined();
    expect(hintOfWalk(hintsByStage([]))).toEqual({ formErrors: 0 });
  });

  it('gives the criteria of no stage the whole walk’s: its slowest page, all its refused forms', () => {
    const hints = hintsByStage([page('discover', 900), refused('discover'), page('buy', 3100), refused('buy'), refused('buy')]);
    expect(hintOfWalk(hints)).toEqual({ slowestLoad: 3100, formErrors: 3 });
  });
});
