import type { JourneyBundle } from '../../../lib/db';
import { defaultStages } from '../../../lib/db/default-stages';
import type { ReportPictures } from '../../../lib/export/screenshot-data';
import type { StepTarget } from '../../../lib/journey/types';
import type { JourneyScorecard } from '../../../lib/scorecard/types';

/**
 * The walk every export test reads: fixed ids and times (no Date.now, no random ids), every kind of step, a
 * masked, a sensitive, a chosen and a ticked field, a framed click, an app route, every kind of note, and
 * markup, quotes and spreadsheet formulas wherever pages and testers put text, and a scorecard (SCORECARD).
 */

/** 14 March 2026, 09:30 UTC: the walk starts here; every time below is an offset from it. */
export const T0 = Date.UTC(2026, 2, 14, 9, 30);

/** When the fixture is exported (the JSON file's exportedAt, the report's footer). */
export const EXPORTED_AT = T0 + 3_600_000;

/**
 * The report's pictures, by step id, as reportPictures would give them (tiny JPEG headers): thumbnails of
 * the two pictured steps, and the full picture of the one that is a finding (s10: notes, a key moment).
 */
export const PICTURES: ReportPictures = {
  thumbnails: new Map([
    ['s1', 'data:image/jpeg;base64,/9j/4AAQ'],
    ['s10', 'data:image/jpeg;base64,/9j/2wBD'],
  ]),
  full: new Map([['s10', 'data:image/jpeg;base64,/9j/4QAY']]),
};

const base = { journeyId: 'j1', tabId: 3, url: 'https://shop.example/', title: 'Shop — Home' };

const target = (text: string, extra: Partial<StepTarget> = {}): StepTarget => ({
  text,
  role: 'button',
  tag: 'button',
  selectors: [`aria/${text}`, ['gift-wrap', '[data-testid="x"]'], 'xpath///button'],
  ...extra,
});

/**
 * The fixture walk's scorecard: a template of the tester's own with hostile text, a group for a stage the walk
 * does not have, every kind of answer, a critical Fail, evidence on a pictured step, on one without a picture and
 * on a deleted step (s99: the link is not exported), and an answer to a criterion the template no longer
 * holds (not exported). Scores: Awareness (1 + 0.75 × 2) / 3 = 83 %, Purchase (0 + 0.5 × 2) / 5 = 20 %,
 * After-sale 2 / 2 = 100 %, overall 5.5 / 10 = 55 %.
 */
export const SCORECARD: JourneyScorecard = {
  template: {
    id: 'tent-audit',
    title: 'Tent shop <audit> "2026"',
    language: 'en',
    groups: [
      {
        stageId: 'awareness',
        stageName: 'Awareness',
        criteria: [
          { id: 'home-clear', text: 'Home page says what is sold', guidance: 'Within 5 s', scale: 'verdict', weight: 1, critical: false },
          { id: 'search', text: '<img src=x> search | works', scale: 'rating', weight: 2, critical: false },
        ],
      },
      {
        stageId: 'purchase',
        stageName: 'Purchase',
        criteria: [
          { id: 'delivery-cost', text: 'Delivery cost shown before the *cart*', scale: 'verdict', weight: 3, critical: true },
          { id: 'guest', text: '=Guest checkout offered', scale: 'verdict', weight: 2, critical: true },
          { id: 'fast-pay', text: 'Payment page under 3 s', scale: 'verdict', weight: 1, critical: false },
        ],
      },
      {
        stageId: 'after-sale',
        stageName: 'After-sale [care](javascript:alert(1))',
        criteria: [
          { id: 'tracking', text: 'Order can be tracked', scale: 'verdict', weight: 2, critical: false },
          { id: 'returns', text: 'Returns explained', scale: 'verdict', weight: 1, critical: false },
        ],
      },
    ],
  },
  answers: [
    { criterionId: 'home-clear', answer: 'pass', stepId: 's1', comment: '=HYPERLINK("http://evil.example")', at: T0 + 1_600 },
    { criterionId: 'search', answer: 4, at: T0 + 2_100 },
    { criterionId: 'delivery-cost', answer: 'fail', stepId: 's3', comment: '-A €4.90 fee | <script>alert(1)</script>\nat the *last* step', at: T0 + 3_700 },
    { criterionId: 'guest', answer: 'partial', stepId: 's99', at: T0 + 8_600 },
    { criterionId: 'fast-pay', answer: 'not-applicable', at: T0 + 8_700 },
    { criterionId: 'tracking', answer: 'pass', stepId: 's10', at: T0 + 21_800 },
    { criterionId: 'removed-since', answer: 'pass', at: T0 + 21_900 },
  ],
};

export function exportBundle(): JourneyBundle {
  return {
    journey: {
      id: 'j1',
      title: '=Buy a <b>tent</b>',
      site: 'shop.example',
      persona: 'Camper & "weekend" hiker',
      goal: 'Buy a tent',
      kind: 'competitor',
      startedAt: T0,
      endedAt: T0 + 60_000,
      status: 'stopped',
      stages: defaultStages(),
      currentStageId: 'awareness',
      recordTypedText: false,
      environment: { userAgent: 'Chrome/156', language: 'en', viewport: { width: 1280, height: 800 }, startUrl: 'https://shop.example/' },
      stepCount: 10,
      scorecard: structuredClone(SCORECARD),
    },
    steps: [
      {
        ...base,
        id: 's1',
        seq: 1,
        at: T0 + 1_000,
        stageId: 'awareness',
        kind: 'navigation',
        navigation: 'load',
        timing: { ttfb: 120, domContentLoaded: 450, load: 900, lcp: 700, cls: 0.05, transferSize: 48_213 },
        transition: { type: 'typed', qualifiers: ['from_address_bar'] },
        screenshotId: 'shot1',
      },
      {
        ...base,
        id: 's2',
        seq: 2,
        at: T0 + 2_000,
        stageId: 'awareness',
        kind: 'click',
        target: target('Add to cart'),
        point: { x: 10, y: 20, viewportWidth: 1280, viewportHeight: 800 },
        signals: [
          {
            id: 's2:rage-click',
            kind: 'rage-click',
            at: T0 + 2_400,
            status: 'accepted',
            evidence: { clicks: 3, spanMs: 420 },
            thresholds: { clicks: 3, withinMs: 1000, radiusPx: 30 },
          },
          { id: 's2:dead-click', kind: 'dead-click', at: T0 + 4_000, status: 'suggested', evidence: { windowMs: 2000, clicks: 3 }, thresholds: { windowMs: 2000 } },
        ],
      },
      {
        ...base,
        id: 's3',
        seq: 3,
        at: T0 + 3_000,
        stageId: 'purchase',
        kind: 'navigation',
        navigation: 'load',
        url: 'https://pay.example/pay',
        title: '+Pay "now", please',
        transition: { type: 'link', qualifiers: [] },
      },
      {
        ...base,
        id: 's4',
        seq: 4,
        at: T0 + 4_000,
        stageId: 'purchase',
        kind: 'input',
        target: target('Email', { role: 'textbox', tag: 'input' }),
        field: { label: 'Email', name: 'email', type: 'email', masked: true, maskReason: 'typed', mask: 'a@ ×9', rules: { autocomplete: 'email', maxLength: 64, required: true } },
      },
      {
        ...base,
        id: 's5',
        seq: 5,
        at: T0 + 5_000,
        stageId: 'purchase',
        kind: 'input',
        target: target('Card', { role: 'textbox', tag: 'input' }),
        field: { label: 'Card number', name: 'cc', type: 'text', masked: true, maskReason: 'sensitive' },
      },
      {
        ...base,
        id: 's6',
        seq: 6,
        at: T0 + 6_000,
        stageId: 'purchase',
        kind: 'input',
        target: target('Colour', { role: 'combobox', tag: 'select' }),
        field: { label: 'Colour', name: 'colour', type: 'select-one', masked: false, value: 'Sand', optionValue: 'sand' },
      },
      {
        ...base,
        id: 's7',
        seq: 7,
        at: T0 + 7_000,
        stageId: 'purchase',
        kind: 'input',
        target: target('Gift wrap', { role: 'checkbox', tag: 'input' }),
        field: { label: 'Gift wrap', name: 'gift', type: 'checkbox', masked: false, value: 'checked' },
      },
      {
        ...base,
        id: 's8',
        seq: 8,
        at: T0 + 8_000,
        stageId: 'purchase',
        kind: 'submit',
        target: target('Place order', { role: 'form', tag: 'form' }),
        signals: [{ id: 's8:form-error', kind: 'form-error', at: T0 + 8_500, status: 'dismissed', evidence: { fields: 1 }, thresholds: { windowMs: 2000 } }],
      },
      { ...base, id: 's9', seq: 9, at: T0 + 20_000, stageId: 'service', kind: 'click', target: target('Track order', { frame: [0] }), frameUrl: 'https://shop.example/widget' },
      {
        ...base,
        id: 's10',
        seq: 10,
        at: T0 + 21_000,
        stageId: 'service',
        kind: 'navigation',
        navigation: 'route',
        url: 'https://shop.example/orders#42',
        title: 'Orders',
        label: 'Saw the order <b>42</b>',
        keyMoment: true,
        timing: { routeSettled: 450 },
        screenshotId: 'shot2',
        problem: { code: 'cover-failed', message: 'The page blocked the cover.' },
      },
    ],
    annotations: [
      { id: 'a1', journeyId: 'j1', stepId: 's1', at: T0 + 1_500, kind: 'emotion', emotion: 1 },
      { id: 'a2', journeyId: 'j1', stepId: 's3', at: T0 + 3_500, kind: 'pain-point', text: '-Slow, "very" slow\n<script>alert(1)</script>' },
      { id: 'a3', journeyId: 'j1', stepId: 's3', at: T0 + 3_600, kind: 'emotion', emotion: -2 },
      { id: 'a4', journeyId: 'j1', stepId: 's8', at: T0 + 8_500, kind: 'opportunity', text: 'Show the total before [Place order](javascript:alert(1))' },
      { id: 'a5', journeyId: 'j1', stepId: 's9', at: T0 + 20_500, kind: 'friction', text: '@SUM(A1) is what the widget wanted' },
      { id: 'a6', journeyId: 'j1', stepId: 's10', at: T0 + 21_500, kind: 'delight', text: 'Tracking *just worked*' },
      { id: 'a7', journeyId: 'j1', stepId: 's10', at: T0 + 21_600, kind: 'note', text: 'Line one\r\nLine two' },
      { id: 'a8', journeyId: 'j1', stepId: 's10', at: T0 + 21_700, kind: 'emotion', emotion: 2 },
    ],
  };
}

/** The fixture walk without its scorecard, for what a walk nobody scored shows. */
export function unscoredBundle(): JourneyBundle {
  const bundle = exportBundle();
  const { scorecard: _scorecard, ...journey } = bundle.journey;
  return { ...bundle, journey };
}
