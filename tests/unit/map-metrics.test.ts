import { describe, expect, it } from 'vitest';
import { journeySummary, stageMetrics } from '../../lib/map/metrics';
import { stageColumns } from '../../lib/map/stage-columns';
import type { Annotation, Journey, Step } from '../../lib/journey/types';

const journey: Pick<Journey, 'stages' | 'startedAt' | 'endedAt'> = {
  stages: [
    { id: 'awareness', name: 'Awareness' },
    { id: 'decision', name: 'Decision' },
    { id: 'purchase', name: 'Purchase' },
  ],
  startedAt: 0,
  endedAt: 60_000,
};

let seq = 0;
function page(stageId: string, at: number, timing: Partial<Record<'ttfb' | 'lcp' | 'load' | 'routeSettled', number>> = {}, navigation: 'load' | 'route' = 'load'): Step {
  seq++;
  return { id: `p${seq}`, journeyId: 'j', seq, at, stageId, url: `https://shop.example/${seq}`, title: `Page ${seq}`, tabId: 1, kind: 'navigation', navigation, timing };
}
function field(stageId: string, at: number): Step {
  seq++;
  return {
    id: `f${seq}`,
    journeyId: 'j',
    seq,
    at,
    stageId,
    url: 'https://shop.example/checkout',
    title: 'Checkout',
    tabId: 1,
    kind: 'input',
    target: { text: 'Email', role: 'textbox', tag: 'input', selectors: [] },
    field: { label: 'Email', name: 'email', type: 'email', masked: true, maskReason: 'typed', mask: 'a@a ×9' },
  };
}
const rate = (step: Step, emotion: number): Annotation => ({
  id: `e-${step.id}`,
  journeyId: 'j',
  stepId: step.id,
  at: step.at,
  kind: 'emotion',
  emotion: emotion as Annotation['emotion'],
});
const note = (step: Step, kind: Annotation['kind'], text: string): Annotation => ({ id: `n-${step.id}-${kind}`, journeyId: 'j', stepId: step.id, at: step.at, kind, text });

const home = page('awareness', 0, { ttfb: 100, lcp: 900, load: 1200 });
const tents = page('awareness', 10_000, { ttfb: 300, lcp: 1500, load: 2600 });
const product = page('decision', 25_000, {});
const email = field('decision', 30_000);
const emailAgain = { ...field('decision', 35_000), id: 'f-again' };
const route = page('decision', 40_000, { routeSettled: 3100 }, 'route');
const steps = [home, tents, product, email, emailAgain, route];
const annotations = [
  rate(home, 1),
  rate(tents, -1),
  note(tents, 'friction', 'No size filter'),
  note(tents, 'pain-point', 'Prices hidden'),
  note(product, 'delight', 'Nice photos'),
  rate(route, -2),
  note(route, 'note', 'Lost my basket'),
];

describe('stage metrics', () => {
  const metrics = stageMetrics(journey, steps, annotations);
  it.each([
    ['steps', [2, 4, 0]],
    ['pages', [2, 2, 0]],
    ['timeSpent', [25_000, 35_000, 0]],
    ['averageEmotion', [0, -2, undefined]],
    ['lowestEmotion', [-1, -2, undefined]],
    // The email field changed twice counts once.
    ['fieldsFilled', [0, 1, 0]],
    ['frictions', [2, 0, 0]],
  ] as const)('%s per stage, an empty stage included', (key, expected) => {
    expect(metrics.map((stage) => stage[key])).toEqual(expected);
  });

  it('takes the median and worst of load figures, leaving out pages that lack them', () => {
    expect(metrics[0].ttfb).toEqual({ median: 200, worst: 300 });
    expect(metrics[0].lcp).toEqual({ median: 1200, worst: 1500 });
    // Decision's pages have no TTFB (a route, and a page whose figures never came).
    expect(metrics[1].ttfb).toEqual({});
    expect(metrics[2].lcp).toEqual({});
  });

  it('counts unrated steps as unrated, not as neutral', () => {
    const unrated = stageMetrics(journey, steps, []);
    expect(unrated.map((stage) => stage.averageEmotion)).toEqual([undefined, undefined, undefined]);
  });

  it('puts a step of a stage the journey no longer has in the first column', () => {
    const stray = { ...page('gone', 50_000), id: 'stray' };
    expect(stageColumns(journey, [...steps, stray])[0].steps.map((step) => step.id)).toContain('stray');
  });
});

describe('journey summary', () => {
  it('names the slowest page (a route counts by its settle time)', () => {
    const summary = journeySummary(journey, steps);
    expect(summary).toMatchObject({ steps: 6, pages: 4, duration: 60_000 });
    expect(summary.slowestPage).toMatchObject({ step: { id: route.id }, loadTime: 3100 });
  });

  it('has no slowest page when nothing was timed', () => {
    const summary = journeySummary({ startedAt: 5_000 }, [product]);
    expect(summary).toEqual({ steps: 1, pages: 1, duration: 20_000, slowestPage: undefined, signals: { noticed: 0, confirmed: 0 } });
  });

  it('an empty walk is all zeros', () => {
    expect(journeySummary({ startedAt: 5_000 }, [])).toMatchObject({ steps: 0, pages: 0, duration: 0 });
  });
});

describe('comparison', () => {
  const bundle = (id: string, stages: Journey['stages'], stepStages: string[]) => ({
    journey: {
      id,
      title: id,
      site: 'shop.example',
      persona: '',
      goal: '',
      kind: 'own' as const,
      startedAt: 0,
      status: 'stopped' as const,
      stages,
      currentStageId: stages[0].id,
      recordTypedText: false,
      stepCount: stepStages.length,
    },
    steps: stepStages.map((stageId, index) => ({ ...page(stageId, index * 1000), journeyId: id })),
    annotations: [],
  });

  it('lines stages up by id, then by name, and places a stage only a later journey has after its predecessor', async () => {
    const { alignStages, columnsOver } = await import('../../lib/map/compare');
    const own = bundle(
      'own',
      [
        { id: 'awareness', name: 'Awareness' },
        { id: 'decision', name: 'Decision' },
      ],
      ['awareness', 'decision'],
    );
    const rival = bundle(
      'rival',
      [
        { id: 'x1', name: 'decision ' },
        { id: 'awareness', name: 'Discover' },
        { id: 'x3', name: 'Delivery' },
      ],
      ['awareness', 'x1', 'x3', 'x3'],
    );
    const aligned = alignStages([own, rival]);
    // Delivery comes after Awareness in the second walk's own order ("decision " first there, then Awareness).
    expect(aligned.map((stage) => stage.name)).toEqual(['Awareness', 'Delivery', 'Decision']);
    // A stage only the second walk has, between two shared ones, stays between them.
    const third = bundle(
      'third',
      [
        { id: 'awareness', name: 'Awareness' },
        { id: 'r', name: 'Research' },
        { id: 'decision', name: 'Decision' },
      ],
      ['awareness', 'r', 'decision'],
    );
    expect(alignStages([own, third]).map((stage) => stage.name)).toEqual(['Awareness', 'Research', 'Decision']);
    expect(aligned.map((stage) => stage.metrics.map((metric) => metric?.steps))).toEqual([
      [1, 1],
      [undefined, 2],
      [1, 1],
    ]);
    expect(columnsOver(aligned, 0).map((column) => column.steps.length)).toEqual([1, 0, 1]);
  });
});
