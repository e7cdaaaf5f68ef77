import { describe, expect, it } from 'vitest';
import { currentMoment, pageVisits } from '../../lib/journey/pages';
import { stageMoveChoices, stageStartsAt, stepsInScope } from '../../lib/journey/stage-runs';
import type { Step } from '../../lib/journey/types';
import { stepRows } from '../../lib/panel/step-rows';

/** A walk written as "id:kind:stage[:tab]" (kind p = page, c = click, i = field). */
function walk(...specs: string[]): Step[] {
  return specs.map((spec, index) => {
    const [id, kind, stageId, tab = '7'] = spec.split(':');
    const base = { id, journeyId: 'j1', seq: index + 1, at: index * 1000, stageId, url: `https://shop.example/${id}`, title: `Page ${id}`, tabId: Number(tab) };
    const target = { text: id, role: 'button', tag: 'button', selectors: [] };
    if (kind === 'p') return { ...base, kind: 'navigation', navigation: 'load' };
    if (kind === 'c') return { ...base, kind: 'click', target };
    return { ...base, kind: 'input', target, field: { label: id, name: id, type: 'checkbox', masked: false, value: 'checked' } };
  });
}

const ids = (steps: readonly Step[]) => steps.map((step) => step.id);

describe('the walk page by page', () => {
  it('groups each page with what was done on it, in walk order', () => {
    const steps = walk('home:p:a', 'shop:c:a', 'tents:p:b', 'size:i:b', 'buy:c:b', 'cart:p:c');
    expect(pageVisits(steps).map((visit) => [visit.page?.id, ids(visit.steps)])).toEqual([
      ['home', ['home', 'shop']],
      ['tents', ['tents', 'size', 'buy']],
      ['cart', ['cart']],
    ]);
  });

  it('gives steps of another tab, and steps before any page, a visit without a page step, named after their page', () => {
    const steps = walk('lead:c:a', 'home:p:a', 'help:p:a:8', 'back:c:a', 'more:c:a');
    const visits = pageVisits(steps);
    expect(visits.map((visit) => [visit.page?.id, ids(visit.steps), visit.title])).toEqual([
      [undefined, ['lead'], 'Page lead'],
      ['home', ['home'], 'Page home'],
      ['help', ['help'], 'Page help'],
      [undefined, ['back', 'more'], 'Page home'],
    ]);
    expect(new Set(visits.map((visit) => visit.key)).size).toBe(visits.length);
  });

  it('lists each page as a heading row with its steps below it', () => {
    const rows = stepRows(pageVisits(walk('x:c:a', 'home:p:a', 'shop:c:a', 'tick:i:a')));
    expect(rows.map((row) => [row.kind, row.kind === 'heading' ? row.title : row.step.id, row.kind === 'step' ? row.last : row.done])).toEqual([
      ['heading', 'Page x', 1],
      ['step', 'x', true],
      ['page', 'home', 2],
      ['step', 'shop', false],
      ['step', 'tick', true],
    ]);
  });
});

describe('the moment notes go to by default', () => {
  it('is the page the tester is on, not the box they just ticked', () => {
    expect(currentMoment(walk('home:p:a', 'tents:p:a', 'size:i:a', 'sub:i:a'))?.id).toBe('tents');
  });

  it('is the newest step when its visit has no page step (another tab, or a walk without pages)', () => {
    expect(currentMoment(walk('home:p:a', 'help:p:a:8', 'back:c:a'))?.id).toBe('back');
    expect(currentMoment(walk('a:c:a', 'b:c:a'))?.id).toBe('b');
    expect(currentMoment([])).toBeNull();
  });
});

describe('moving steps to another stage', () => {
  const steps = walk('home:p:a', 'shop:c:a', 'tents:p:b', 'size:i:b', 'buy:c:b', 'cart:p:b', 'pay:c:c');

  it('takes the step alone, its page, or it and the rest of its stage', () => {
    expect(ids(stepsInScope(steps, 'size', 'step'))).toEqual(['size']);
    expect(ids(stepsInScope(steps, 'size', 'page'))).toEqual(['tents', 'size', 'buy']);
    expect(ids(stepsInScope(steps, 'size', 'rest-of-stage'))).toEqual(['size', 'buy', 'cart']);
    expect(stepsInScope(steps, 'gone', 'page')).toEqual([]);
  });

  it('offers only the choices that move different steps, with their counts', () => {
    expect(stageMoveChoices(steps, 'size')).toEqual([
      { scope: 'step', count: 1 },
      { scope: 'page', count: 3 },
      { scope: 'rest-of-stage', count: 3 },
    ]);
    // The last step of its stage: the rest of the stage is the step itself.
    expect(stageMoveChoices(steps, 'pay')).toEqual([
      { scope: 'step', count: 1 },
      { scope: 'page', count: 2 },
    ]);
    // A page whose stage ends with it: "to the end of the stage" would repeat "this page".
    expect(stageMoveChoices(steps, 'home')).toEqual([
      { scope: 'step', count: 1 },
      { scope: 'page', count: 2 },
    ]);
  });

  it('starts a stage at a page: the page and what follows it in its stage, up to where the next stage began', () => {
    expect(ids(stageStartsAt(steps, 'cart', 'c'))).toEqual(['cart']);
    expect(ids(stageStartsAt(steps, 'tents', 'a'))).toEqual(['tents', 'size', 'buy', 'cart']);
    expect(stageStartsAt(steps, 'cart', 'b')).toEqual([]);
  });
});
