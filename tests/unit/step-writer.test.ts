import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeJourneyDb, createJourney, getJourney, getSteps } from '../../lib/db';
import { leaveInOutbox, leaveSignalInOutbox, leaveTimingInOutbox, readOutbox, readTimingOutbox } from '../../lib/contract/outbox';
import { failedLoadSignal } from '../../lib/journey/signals';
import type { RecordedInput, RecordedNavigation, RecordedStep, RecordedSubmit } from '../../lib/contract/recorder-events';
import { pauseRecording, resumeRecording, stopRecording } from '../../lib/recording/session';
import { recordingState } from '../../lib/recording/state';
import { inPageOfTab, storeHeldSteps, storeLostSteps, storeRecordedStep, storeSignal, storeTimingUpdate, storeUnrecordablePage } from '../../lib/recording/step-writer';
import type { Step } from '../../lib/journey/types';
import { waitingForRoom } from '../../lib/recording/room';
import { codeOf } from '../../lib/errors';
import { fillTheDisk } from './support/full-disk';
import { journey } from './support/rows';

const tabId = 7;

function field(id: string, at: number): RecordedInput {
  return {
    id,
    kind: 'input',
    at,
    url: 'https://shop.example/checkout',
    title: 'Checkout',
    target: { text: 'Email', role: 'textbox', tag: 'input', selectors: ['aria/Email'] },
    field: { label: 'Email', name: 'email', type: 'email', masked: true, maskReason: 'typed', mask: 'a@a ×12' },
  };
}

/** As the page recorder does: the step goes to the outbox, then to the background. */
async function record(step: RecordedInput): Promise<unknown> {
  await leaveInOutbox({ tabId, step });
  return storeRecordedStep(step, tabId).catch((error: unknown) => error);
}

const storedIds = async () => (await getSteps('j1')).map((step) => step.id);
const waitingIds = async () => (await readOutbox()).map((entry) => entry.step.id);

beforeEach(async () => {
  fakeBrowser.reset();
  await closeJourneyDb();
  globalThis.indexedDB = new IDBFactory();
  await createJourney(journey('j1'));
  await recordingState.setValue({ journeyId: 'j1', tabIds: [tabId], paused: false, recordTypedText: false });
});

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await closeJourneyDb();
});

describe('saving steps on a full disk', () => {
  it('holds the refused step and those on their way, pauses the walk, and saves them in order once there is room', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await record(field('a', 1_000));
    fillTheDisk();

    // b and c were sent together: c was on its way when the store refused b; so was the page that c opened, a
    // moment later.
    await Promise.all([record(field('b', 2_000)), record(field('c', 3_000))]);
    vi.setSystemTime(Date.now() + 1_000);
    await record(field('c2', 3_500));
    expect((await waitingForRoom.getValue())?.held.map((held) => held.recorded.id)).toEqual(['b', 'c', 'c2']);
    // What the tester does once the panel says the walk is paused is not taken, and not left to be saved later.
    vi.setSystemTime(Date.now() + 5_000);
    expect(await record(field('d', 4_000))).toBeNull();
    expect(await waitingIds()).not.toContain('d');
    expect(await storedIds()).toEqual(['a']);

    expect(await storeHeldSteps()).toBe(false);
    vi.restoreAllMocks();
    expect(await storeHeldSteps()).toBe(true);
    expect(await waitingForRoom.getValue()).toBeNull();
    await record(field('e', 5_000));

    expect(await storedIds()).toEqual(['a', 'b', 'c', 'c2', 'e']);
    expect((await getSteps('j1')).map((step) => step.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(await waitingIds()).toEqual([]);
    // The panel's warning comes from the held steps: the recording state, on a full disk, cannot take it.
    expect((await recordingState.getValue())?.saveProblem).toBeUndefined();
  });

  it('does not stop a walk whose steps are held, and stops it once they are saved', async () => {
    fillTheDisk();
    await record(field('a', 1_000));

    await expect(stopRecording()).rejects.toThrow(/still full/);
    expect((await recordingState.getValue())?.journeyId).toBe('j1');
    expect((await waitingForRoom.getValue())?.held).toHaveLength(1);

    vi.restoreAllMocks();
    const journey = await stopRecording();

    expect(journey.status).toBe('stopped');
    expect(await storedIds()).toEqual(['a']);
    expect(await recordingState.getValue()).toBeNull();
    expect((await getJourney('j1'))?.stepCount).toBe(1);
  });

  it('takes a disk that is full under the quota for what it is: Chromium names it otherwise', () => {
    expect(codeOf(new DOMException('Failed to write blobs (IOError)', 'DataError'))).toBe('quota');
    expect(codeOf(new Error('IO error: .../000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)'))).toBe('quota');
    expect(codeOf(new DOMException('Key already exists', 'ConstraintError'))).toBe('unknown');
  });
});

describe('steps beyond what a share file holds', () => {
  it('are cut to the share limits when stored, so the walk exports and imports back', async () => {
    const { loadJourneyBundle } = await import('../../lib/db');
    const { journeyFile } = await import('../../lib/export/journey-file');
    const { importJourney } = await import('../../lib/import/import-journey');
    const huge = field('huge', 10);
    huge.url = `https://shop.example/search?q=${'q'.repeat(70_000)}`;
    huge.title = 't'.repeat(12_000);
    huge.target = { ...huge.target, text: 'x'.repeat(3_000), selectors: ['aria/Email', `#${'deep > '.repeat(2_000)}input`] };
    huge.field = { label: 'Review', name: 'review', type: 'textarea', masked: false, value: 'v'.repeat(12_000) };
    await record(huge);
    const [stored] = await getSteps('j1');
    expect(stored.url).toHaveLength(65_536);
    expect(stored.title).toHaveLength(10_000);
    expect(stored.kind === 'input' && [stored.target.text.length, stored.target.selectors, stored.field.value?.length]).toEqual([2_000, ['aria/Email'], 10_000]);
    const file = JSON.stringify(journeyFile(await loadJourneyBundle('j1')));
    const { rows } = await importJourney(new Blob([file]), { makeThumbnail: async (image) => image });
    expect(rows.steps[0].url).toBe(stored.url);
  });
});

describe('addresses under the privacy rules', () => {
  const page = (id: string, at: number, url: string): RecordedStep => ({ id, kind: 'navigation', navigation: 'load', at, url, title: '' });

  it('keeps of a GET form’s address only what its fields may keep, and remembers the fields for the walk', async () => {
    const submit: RecordedSubmit = {
      id: 's',
      kind: 'submit',
      at: 1_000,
      url: 'https://shop.example/express',
      title: 'Express checkout',
      target: { text: 'Pay', role: 'form', tag: 'form', selectors: ['aria/Pay'] },
      fields: [
        { name: 'fullname', fieldClass: 'typed' },
        { name: 'code', fieldClass: 'sensitive' },
        { name: 'delivery', fieldClass: 'choice' },
      ],
    };
    await storeRecordedStep(submit, tabId);
    // An untitled page: Chrome titles the tab with its address.
    const landing = {
      ...page('p', 2_000, 'https://shop.example/pay/?fullname=Ada+Lovelace&code=CANARY42&delivery=express'),
      title: 'shop.example/pay/?fullname=Ada+Lovelace&code=CANARY42&delivery=express',
    };
    await storeRecordedStep(landing, tabId);

    const [storedSubmit, storedPage] = await getSteps('j1');
    expect(storedSubmit).not.toHaveProperty('fields');
    expect(storedPage.url).toBe('https://shop.example/pay/?fullname=[masked:Aa_×12]&code=[redacted]&delivery=express');
    expect(storedPage.title).toBe('shop.example/pay/?fullname=[masked:Aa_×12]&code=[redacted]&delivery=express');
    expect((await recordingState.getValue())?.addressFields).toEqual({ fullname: 'typed', code: 'sensitive', delivery: 'choice' });
  });

  it('keeps a click and the submit it caused as one step, and still learns the fields the submit sent', async () => {
    const click: RecordedStep = {
      id: 'c',
      kind: 'click',
      at: 1_000,
      url: 'https://shop.example/express',
      title: 'Express checkout',
      target: { text: 'Pay', role: 'button', tag: 'button', selectors: ['aria/Pay'] },
    };
    const submit: RecordedSubmit = {
      id: 's',
      kind: 'submit',
      at: 1_001,
      url: click.url,
      title: click.title,
      target: { text: 'Pay', role: 'form', tag: 'form', selectors: ['aria/Pay'] },
      fields: [{ name: 'fullname', fieldClass: 'typed' }],
      clickId: 'c',
    };
    await storeRecordedStep(click, tabId);
    expect(await storeRecordedStep(submit, tabId)).toBeNull();
    await storeRecordedStep(page('p', 2_000, 'https://shop.example/pay/?fullname=Ada'), tabId);

    const stored = await getSteps('j1');
    expect(stored.map((step) => [step.seq, step.kind])).toEqual([
      [1, 'click'],
      [2, 'navigation'],
    ]);
    expect(stored[1].url).toBe('https://shop.example/pay/?fullname=[masked:Aa×3]');
    expect(await readOutbox()).toEqual([]);
  });

  it('redacts secrets in the address of a page Trailnote cannot enter, and in the reason it gives', async () => {
    await storeUnrecordablePage(tabId, 'https://files.example/invoice.pdf?X-Amz-Signature=CANARYSIG', {
      code: 'page-not-recordable',
      message: 'Trailnote cannot record https://files.example/invoice.pdf?X-Amz-Signature=CANARYSIG',
    });
    const [step] = await getSteps('j1');
    expect(JSON.stringify(step)).not.toContain('CANARYSIG');
    expect(step.problem?.message).toBe('Trailnote cannot record https://files.example/invoice.pdf?X-Amz-Signature=[redacted]');
  });
});

describe('a step in a frame from another origin', () => {
  const chat = { ...field('f', 1_000), url: 'https://chat.example/widget', frameUrl: 'https://chat.example/widget' };

  it('belongs to the page its tab showed when it was sent, not the one the tab shows when its turn comes', () => {
    expect(inPageOfTab(chat, { url: 'https://shop.example/help', title: 'Help' })).toMatchObject({
      url: 'https://shop.example/help',
      title: 'Help',
      frameUrl: 'https://chat.example/widget',
    });
    // A step of the page itself, or without a tab to tell, keeps what it says.
    const page = field('p', 1_000);
    expect(inPageOfTab(page, { url: 'https://shop.example/other', title: 'Other' })).toBe(page);
    expect(inPageOfTab(chat, undefined)).toBe(chat);
  });
});

describe('a burst of steps', () => {
  /** Read-write transactions over the steps store: one per batch. */
  function countStepWrites(): () => number {
    let writes = 0;
    // Called below with its own `this` (.call).
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const open = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, names: string | Iterable<string>, mode?: IDBTransactionMode) {
      if (mode === 'readwrite' && (typeof names === 'string' ? [names] : [...names]).includes('steps')) writes++;
      return open.call(this, names, mode);
    });
    return () => writes;
  }

  /** Makes the store refuse the step `id` once, as a failed request does: the request errors and the transaction aborts. */
  function refuseStepOnce(id: string): void {
    // Called below with its own `this` (.call).
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const add = IDBObjectStore.prototype.add;
    let refused = false;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (refused || (value as { id?: string }).id !== id) return add.call(this, value, key);
      refused = true;
      const tx = this.transaction as IDBTransaction & { _execRequestAsync(request: { operation: () => never; source: unknown }): IDBRequest };
      return tx._execRequestAsync({
        operation: () => {
          throw new DOMException('Data provided to an operation does not meet requirements.', 'DataError');
        },
        source: this,
      });
    });
  }

  const burst = (count: number) => Array.from({ length: count }, (_, i) => field(`s${i}`, 1_000 + i));

  it('is stored in one transaction, in the order it arrived, each caller getting its own step', async () => {
    const steps = burst(50);
    for (const step of steps) await leaveInOutbox({ tabId, step });
    const stepWrites = countStepWrites();

    const stored = await Promise.all(steps.map((step) => storeRecordedStep(step, tabId)));

    expect(stepWrites()).toBe(1);
    expect(stored.map((step) => [step?.id, step?.seq])).toEqual(steps.map((step, i) => [step.id, i + 1]));
    expect(await storedIds()).toEqual(steps.map((step) => step.id));
    expect((await getJourney('j1'))?.stepCount).toBe(50);
    expect(await waitingIds()).toEqual([]);
  });

  it('takes the steps whose message was lost in their place, and stores a step sent twice once', async () => {
    const [a, lost, b, c] = [field('a', 1_000), field('lost', 1_500), field('b', 2_000), field('c', 3_000)];
    await leaveInOutbox({ tabId, step: lost });
    const stored = await Promise.all([a, b, b, c].map((step) => record(step)));

    expect(await storedIds()).toEqual(['a', 'lost', 'b', 'c']);
    expect((await getSteps('j1')).map((step) => step.seq)).toEqual([1, 2, 3, 4]);
    // Both callers of b get the one stored step.
    expect((stored as (Step | null)[]).map((step) => step?.seq)).toEqual([1, 3, 3, 4]);
    expect(await waitingIds()).toEqual([]);
  });

  it('keeps none of a batch the store refuses midway, and stores it all, once and in order, with the next step', async () => {
    refuseStepOnce('b');
    const outcomes = await Promise.all([field('a', 1_000), field('b', 2_000), field('c', 3_000)].map((step) => record(step)));

    expect(outcomes.every((outcome) => outcome instanceof Error)).toBe(true);
    expect(await storedIds()).toEqual([]);
    expect(await waitingIds()).toEqual(['a', 'b', 'c']);
    expect((await recordingState.getValue())?.saveProblem).toBeDefined();

    await record(field('d', 4_000));
    expect(await storedIds()).toEqual(['a', 'b', 'c', 'd']);
    expect((await getSteps('j1')).map((step) => step.seq)).toEqual([1, 2, 3, 4]);
    expect(await waitingIds()).toEqual([]);
    expect((await recordingState.getValue())?.saveProblem).toBeUndefined();
  });

  it('is stored once when the worker stops between storing a batch and emptying the outbox', async () => {
    const [a, b, c] = [field('a', 1_000), field('b', 2_000), field('c', 3_000)];
    for (const step of [a, b, c]) await leaveInOutbox({ tabId, step });
    // a and b are stored; the worker stops before it takes them out of the outbox, and c's message is lost with it.
    vi.spyOn(fakeBrowser.storage.local, 'remove').mockRejectedValueOnce(new Error('the worker stopped'));
    await Promise.all([a, b].map((step) => storeRecordedStep(step, tabId).catch(() => undefined)));
    expect(await storedIds()).toEqual(['a', 'b']);
    expect(await waitingIds()).toEqual(['a', 'b', 'c']);

    // The next worker saves what the outbox holds as it starts.
    await storeLostSteps();
    expect(await storedIds()).toEqual(['a', 'b', 'c']);
    expect((await getJourney('j1'))?.stepCount).toBe(3);
    expect(await waitingIds()).toEqual([]);
  });
});

describe('steps made while the walk was paused', () => {
  it('are not stored when they arrive after Resume, nor when found in the outbox after it; a step made before the pause is', async () => {
    // The pages' clock is the worker's: only Date is faked, so that the store's own timers run.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000);
    await pauseRecording();
    // A step made before the pause whose message was lost, one made during it whose message was lost too, and
    // the page the tester opened while paused, which finished loading after Resume.
    const [before, lost, late] = [field('before', 900), field('lost', 1_500), field('late', 1_600)];
    await leaveInOutbox({ tabId, step: before });
    await leaveInOutbox({ tabId, step: lost });
    vi.setSystemTime(2_000);
    await resumeRecording();
    await record(late);
    await record(field('after', 2_500));

    expect(await storedIds()).toEqual(['before', 'after']);
    expect(await waitingIds()).toEqual([]);
    expect((await recordingState.getValue())?.pause).toEqual({ since: 1_000, until: 2_000 });
  });
});

describe('a step from a hostile page', () => {
  it('is stored with the page’s facts only: the signals, problem, picture, label and key moment it claims are dropped', async () => {
    const claims = {
      signals: [{ id: 'x:dead-click', kind: 'dead-click', at: 1, status: 'accepted', evidence: { clicks: 9 }, thresholds: {}, message: 'Trust me' }],
      problem: { code: 'capture-failed', message: 'Call 555-0100 for support' },
      screenshotId: 'someone-elses-picture',
      label: 'Bought the tent',
      keyMoment: true,
    };
    const hostile = { ...field('h', 1_000), kind: 'click', ...claims } as unknown as RecordedStep;
    await storeRecordedStep(hostile, tabId);
    const [step] = await getSteps('j1');
    expect(step).toMatchObject({ id: 'h', kind: 'click', url: 'https://shop.example/checkout' });
    for (const claim of Object.keys(claims)) expect(step, claim).not.toHaveProperty(claim);
  });

  it('keeps only the signals the worker notices itself on a page step that claims its own', async () => {
    await record(field('a', 1_000));
    const page = { id: 'p', kind: 'navigation', navigation: 'load', at: 2_000, url: 'https://shop.example/', title: 'Home', timing: { cls: 0.5 } };
    const claimed = [{ id: 'p:rage-click', kind: 'rage-click', at: 1, status: 'suggested', evidence: {}, thresholds: {} }];
    await storeRecordedStep({ ...page, signals: claimed } as unknown as RecordedStep, tabId);
    const stored = (await getSteps('j1')).find((step) => step.id === 'p');
    expect(stored?.signals?.map((signal) => signal.kind)).toEqual(['layout-shift']);
  });
});

describe('signals on their way', () => {
  const signalKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => key.startsWith('outbox-signal:'));

  it('saves a signal whose message was lost, after the step it belongs to (both waited in the outbox), and empties the outbox', async () => {
    const click = field('a', 1_000);
    await leaveInOutbox({ tabId, step: click });
    await leaveSignalInOutbox({ tabId, signal: { stepId: 'a', kind: 'error-click', evidence: { afterMs: 3 } } });
    // One for a step that was never stored (another tab's): dropped, and out of the outbox too.
    await leaveSignalInOutbox({ tabId: 99, signal: { stepId: 'elsewhere', kind: 'dead-click', evidence: {} } });
    await storeLostSteps();
    const [step] = await getSteps('j1');
    expect(step.signals).toMatchObject([{ id: 'a:error-click', kind: 'error-click', status: 'suggested', evidence: { afterMs: 3 } }]);
    expect(await signalKeys()).toEqual([]);
  });

  it('keeps a form error’s words under the address rule and takes the signal out of the outbox once kept', async () => {
    await record(field('a', 1_000));
    const signal = { stepId: 'a', kind: 'form-error' as const, evidence: { messages: 1 }, message: 'Expired: see https://shop.example/?token=CANARY-TOKEN-4' };
    await leaveSignalInOutbox({ tabId, signal });
    await storeSignal(signal, tabId);
    const [step] = await getSteps('j1');
    expect(step.signals?.[0].message).toBe('Expired: see https://shop.example/?token=[redacted]');
    expect(await signalKeys()).toEqual([]);
  });

  it('gives a page that failed to load its HTTP error signal', async () => {
    await storeUnrecordablePage(
      tabId,
      'https://shop.example/members',
      { code: 'injection-failed', message: 'net::ERR_EMPTY_RESPONSE' },
      failedLoadSignal('net::ERR_EMPTY_RESPONSE'),
    );
    const [step] = await getSteps('j1');
    expect(step.signals).toMatchObject([{ kind: 'http-error', evidence: {}, message: 'net::ERR_EMPTY_RESPONSE' }]);
  });
});

describe('a page’s late figures on their way', () => {
  const pageTiming = async () => {
    const [step] = await getSteps('j1');
    return step.kind === 'navigation' ? step.timing : undefined;
  };
  const page: RecordedNavigation = { id: 'p', kind: 'navigation', navigation: 'load', at: 1_000, url: 'https://shop.example/deals', title: 'Deals', timing: { ttfb: 90 } };
  const lastShift = { stepId: 'p', timing: { lcp: 400, cls: 0.42 } };

  it('keeps the last layout shift whose message was lost as the tester left (the worker was stopped), on its step, when the worker starts', async () => {
    // As the page recorder does: the page and its figures wait in the outbox; neither message reached the worker.
    await leaveInOutbox({ tabId, step: page });
    await leaveTimingInOutbox({ tabId, update: lastShift });
    await storeLostSteps();
    expect(await pageTiming()).toEqual({ ttfb: 90, lcp: 400, cls: 0.42 });
    const [step] = await getSteps('j1');
    expect(step.signals?.map((signal) => [signal.kind, signal.evidence.cls])).toEqual([['layout-shift', 0.42]]);
    expect(await readTimingOutbox()).toEqual([]);
  });

  it('keeps figures that arrive before their page’s step, and leaves newer figures written meanwhile for their own message', async () => {
    await leaveInOutbox({ tabId, step: page });
    await leaveTimingInOutbox({ tabId, update: { stepId: 'p', timing: { lcp: 400, cls: 0.02 } } });
    // The page measured more while the first figures were on their way: the newest replace them in the outbox.
    await leaveTimingInOutbox({ tabId, update: lastShift });
    await storeTimingUpdate({ stepId: 'p', timing: { lcp: 400, cls: 0.02 } }, tabId);
    expect((await pageTiming())?.cls).toBe(0.02);
    expect(await readTimingOutbox()).toEqual([{ tabId, update: lastShift }]);
    await storeTimingUpdate(lastShift, tabId);
    expect((await pageTiming())?.cls).toBe(0.42);
    expect(await readTimingOutbox()).toEqual([]);
  });

  it('takes figures out of the outbox once kept, whatever order the browser’s storage keeps their names in', async () => {
    await record(field('a', 1_000));
    await storeRecordedStep(page, tabId);
    // Chrome's storage hands objects back with their names sorted: the page sent lcp first.
    await leaveTimingInOutbox({ tabId, update: { stepId: 'p', timing: { cls: 0, lcp: 860 } } });
    await storeTimingUpdate({ stepId: 'p', timing: { lcp: 860, cls: 0 } }, tabId);
    expect(await readTimingOutbox()).toEqual([]);
  });

  it('keeps the figures a page sent as it was left, message lost, when the next page’s step is stored', async () => {
    await storeRecordedStep(page, tabId);
    await leaveTimingInOutbox({ tabId, update: lastShift });
    // A click is no reason to look: the page it is on is still there, and its figures on their way.
    await record(field('a', 2_000));
    expect(await readTimingOutbox()).toHaveLength(1);
    await storeRecordedStep({ ...page, id: 'next', at: 3_000, url: 'https://shop.example/tents' }, tabId);
    expect(await pageTiming()).toEqual({ ttfb: 90, lcp: 400, cls: 0.42 });
    expect(await readTimingOutbox()).toEqual([]);
  });

  it('drops figures from another tab, and takes them out of the outbox too', async () => {
    await record(field('a', 1_000));
    await leaveTimingInOutbox({ tabId: 99, update: { stepId: 'a', timing: { cls: 0.9 } } });
    await storeLostSteps();
    expect((await getSteps('j1'))[0]).not.toHaveProperty('timing');
    expect(await readTimingOutbox()).toEqual([]);
  });
});
