import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TEXT_LIMITS } from '../../lib/journey/limits';
import { backtrackSignal, failedLoadSignal, signalCounts, timingSignals, withSignal, withTimingSignals } from '../../lib/journey/signals';
import { SIGNAL_THRESHOLDS } from '../../lib/journey/signal-thresholds';
import { signalWords } from '../../lib/journey/signal-words';
import type { NavigationStep, Step, StepSignal, StepTiming } from '../../lib/journey/types';
import { pageSignal } from '../../lib/recording/page-signal';
import { speakFrench } from './support/french-browser';

const { ttfbMs, lcpMs, routeSettledMs } = SIGNAL_THRESHOLDS.slowPage;
const { cls } = SIGNAL_THRESHOLDS.layoutShift;

let seq = 0;
function page(url: string, timing?: StepTiming, navigation: 'load' | 'route' = 'load'): NavigationStep {
  seq++;
  return { id: `p${seq}`, journeyId: 'j', seq, at: seq, stageId: 's', url, title: url, tabId: 1, kind: 'navigation', navigation, ...(timing && { timing }) };
}
function clickOn(url: string): Step {
  seq++;
  return { id: `c${seq}`, journeyId: 'j', seq, at: seq, stageId: 's', url, title: url, tabId: 1, kind: 'click', target: { text: 'Go', role: 'link', tag: 'a', selectors: [] } };
}
const kinds = (timing: StepTiming) => timingSignals(timing).map((signal) => signal.kind);

describe('slow page and layout shift (Core Web Vitals “good” limits)', () => {
  it('flags nothing at the limits', () => {
    expect(kinds({ ttfb: ttfbMs, lcp: lcpMs, routeSettled: routeSettledMs, cls })).toEqual([]);
  });

  it('flags just over each limit, with the figure over it and the limits used', () => {
    expect(timingSignals({ ttfb: ttfbMs + 1, lcp: 900 })).toEqual([{ kind: 'slow-page', evidence: { ttfb: ttfbMs + 1 }, thresholds: { ...SIGNAL_THRESHOLDS.slowPage } }]);
    expect(kinds({ lcp: lcpMs + 1 })).toEqual(['slow-page']);
    expect(kinds({ routeSettled: routeSettledMs + 1 })).toEqual(['slow-page']);
    expect(timingSignals({ cls: 0.1001 })).toEqual([{ kind: 'layout-shift', evidence: { cls: 0.1001 }, thresholds: { cls } }]);
  });

  it('adds each kind once, and keeps the tester’s answer when a later figure is worse', () => {
    const slow = withTimingSignals(page('https://shop.example/cart', { ttfb: 1500 }), 10);
    expect(slow.signals?.map(({ id, kind, status }) => ({ id, kind, status }))).toEqual([{ id: `${slow.id}:slow-page`, kind: 'slow-page', status: 'suggested' }]);
    const dismissed = { ...slow, signals: slow.signals!.map((signal) => ({ ...signal, status: 'dismissed' as const })) };
    const later = withTimingSignals({ ...dismissed, timing: { ttfb: 1500, lcp: 4000 } }, 20);
    expect(later.signals).toEqual(dismissed.signals);
  });

  it('reads no figures of a click', () => {
    const click = clickOn('https://shop.example/');
    expect(withTimingSignals(click, 1)).toBe(click);
  });
});

describe('backtracking', () => {
  it('notices a return to the page before the last one (Back), and how many pages lay between', () => {
    const home = page('https://shop.example/');
    const tents = page('https://shop.example/tents');
    const back = page('https://shop.example/');
    expect(backtrackSignal(back, [home, clickOn(home.url), tents])).toEqual({
      kind: 'backtrack',
      evidence: { pagesBetween: 1, returnedToStep: home.seq },
      thresholds: { withinPages: SIGNAL_THRESHOLDS.backtrack.withinPages },
    });
  });

  it('looks back exactly as many pages as its limit', () => {
    const { withinPages } = SIGNAL_THRESHOLDS.backtrack;
    const start = page('https://shop.example/start');
    const between = Array.from({ length: withinPages + 1 }, (_, index) => page(`https://shop.example/${index}`));
    // The start page is withinPages pages behind the one just left: found. One more page between: not.
    expect(backtrackSignal(page(start.url), [start, ...between.slice(0, withinPages)])?.evidence.pagesBetween).toBe(withinPages);
    expect(backtrackSignal(page(start.url), [start, ...between])).toBeUndefined();
  });

  it('cries no wolf on a walk forward, a reload, or an anchor on the same page', () => {
    const home = page('https://shop.example/');
    const tents = page('https://shop.example/tents');
    expect(backtrackSignal(page('https://shop.example/cart'), [home, tents])).toBeUndefined();
    expect(backtrackSignal(page('https://shop.example/tents'), [home, tents])).toBeUndefined();
    expect(backtrackSignal(page('https://shop.example/tents#reviews'), [home, tents])).toBeUndefined();
    expect(backtrackSignal(page('https://shop.example/'), [])).toBeUndefined();
  });

  it('tells app routes apart by their fragment', () => {
    const list = page('https://app.example/#/list', undefined, 'route');
    const item = page('https://app.example/#/item/3', undefined, 'route');
    expect(backtrackSignal(page('https://app.example/#/list', undefined, 'route'), [list, item])?.kind).toBe('backtrack');
  });
});

describe('signals kept and counted', () => {
  it('counts noticed (dismissed too) and confirmed moments', () => {
    const a = withSignal(clickOn('https://shop.example/'), { kind: 'dead-click', evidence: {}, thresholds: {} }, 1);
    const b = withSignal(
      withSignal(clickOn('https://shop.example/'), { kind: 'rage-click', evidence: {}, thresholds: {} }, 1),
      { kind: 'dead-click', evidence: {}, thresholds: {} },
      1,
    );
    const answered = {
      ...b,
      signals: [
        { ...b.signals![0], status: 'accepted' as const },
        { ...b.signals![1], status: 'dismissed' as const },
      ],
    };
    expect(signalCounts([a, answered, page('https://shop.example/')])).toEqual({ noticed: 3, confirmed: 1 });
  });
});

describe('a page’s signal, as the worker takes it', () => {
  it('keeps the kind and named figures, and measures against the worker’s own limits', () => {
    expect(pageSignal({ stepId: 's', kind: 'dead-click', evidence: { windowMs: 1, clicks: 2 } })).toEqual({
      kind: 'dead-click',
      evidence: { windowMs: 1, clicks: 2 },
      thresholds: { ...SIGNAL_THRESHOLDS.deadClick },
    });
  });

  it('refuses kinds a page does not report and drops evidence that is not a named figure', () => {
    expect(pageSignal({ stepId: 's', kind: 'layout-shift' as 'dead-click', evidence: {} })).toBeUndefined();
    expect(pageSignal({ stepId: 's', kind: 'constructor' as 'dead-click', evidence: {} })).toBeUndefined();
    const odd = { clicks: 3, text: 'typed secret', 'bad name': 1, spanMs: Number.NaN } as unknown as Record<string, number>;
    expect(pageSignal({ stepId: 's', kind: 'rage-click', evidence: odd })?.evidence).toEqual({ clicks: 3 });
  });

  it('keeps words only for a form error, with spaces tidied and within their limit', () => {
    const long = 'Wrong '.repeat(100);
    const kept = pageSignal({ stepId: 's', kind: 'form-error', evidence: { fields: 1 }, message: `  This code\n has expired. ${long}` })?.message;
    expect(kept?.startsWith('This code has expired. Wrong')).toBe(true);
    expect(kept).toHaveLength(TEXT_LIMITS.signalMessage);
    expect(pageSignal({ stepId: 's', kind: 'dead-click', evidence: {}, message: 'words' })).not.toHaveProperty('message');
    expect(pageSignal({ stepId: 's', kind: 'form-error', evidence: {}, message: ' \n ' })).not.toHaveProperty('message');
    expect(pageSignal({ stepId: 's', kind: 'form-error', evidence: {}, message: 42 as unknown as string })).not.toHaveProperty('message');
  });
});

describe('signal words', () => {
  const signal = (kind: StepSignal['kind'], evidence: Record<string, number>, message?: string): StepSignal => ({
    id: 'x',
    kind,
    at: 0,
    status: 'suggested',
    evidence,
    thresholds: {},
    ...(message !== undefined && { message }),
  });

  it('say what a slow click, a form’s message and a failed load were', () => {
    expect(signalWords(signal('slow-page', { interactionMs: 312 }))).toBe('Clicked — the page took 0.3 s to answer');
    expect(signalWords(signal('form-error', { fields: 1 }, 'This code has expired.'))).toBe('The form refused what was entered: “This code has expired.”');
    expect(signalWords(signal('form-error', { fields: 1 }))).toBe('The form refused what was entered');
    expect(signalWords(signal('http-error', { status: 404 }))).toBe('The page came back with error 404');
    expect(signalWords(signal('http-error', {}, 'net::ERR_EMPTY_RESPONSE'))).toBe('The page failed to load (net::ERR_EMPTY_RESPONSE)');
  });

  describe('a form’s message that quotes what it refused', () => {
    beforeEach(() => fakeBrowser.reset());
    const quoting = ['No member has the code “[masked:A9×10]”.', 'No member has the code "[masked:A9×10]".', 'Aucun membre n’a le code « [masked:A9×10] ».'];

    it('reads in English with the page’s quotation in single marks, never “… “…” …”', () => {
      expect(quoting.map((message) => signalWords(signal('form-error', { messages: 1 }, message)))).toEqual([
        'The form refused what was entered: “No member has the code ‘[masked:A9×10]’.”',
        'The form refused what was entered: “No member has the code ‘[masked:A9×10]’.”',
        'The form refused what was entered: “Aucun membre n’a le code ‘[masked:A9×10]’.”',
      ]);
    });

    it('reads in French with the page’s quotation in English marks inside the guillemets, never « … « … » … »', () => {
      speakFrench();
      expect(quoting.map((message) => signalWords(signal('form-error', { messages: 1 }, message)))).toEqual([
        'Le formulaire a refusé la saisie : « No member has the code “[masked:A9×10]”. »',
        'Le formulaire a refusé la saisie : « No member has the code “[masked:A9×10]”. »',
        'Le formulaire a refusé la saisie : « Aucun membre n’a le code “[masked:A9×10]”. »',
      ]);
    });

    it('leaves a message without a quotation, and a lone mark, as the page wrote them', () => {
      expect(signalWords(signal('form-error', { messages: 1 }, 'Use 6" or more, and don’t repeat it.'))).toBe(
        'The form refused what was entered: “Use 6" or more, and don’t repeat it.”',
      );
    });
  });

  it('a failed load is an HTTP error without a status, with the browser’s reason', () => {
    expect(failedLoadSignal('net::ERR_CONNECTION_RESET')).toEqual({
      kind: 'http-error',
      evidence: {},
      thresholds: { ...SIGNAL_THRESHOLDS.httpError },
      message: 'net::ERR_CONNECTION_RESET',
    });
  });
});
