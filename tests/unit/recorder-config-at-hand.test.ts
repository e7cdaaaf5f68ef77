/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recorderConfigKey, runningRecorderKey, sendMessage, type RecorderConfig } from '../../lib/contract/protocol';
import type { RecordedStep } from '../../lib/contract/recorder-events';
import { runPageRecorder } from '../../lib/recorder/page-recorder';

vi.mock('../../lib/contract/protocol', async (original) => ({
  ...(await original<typeof import('../../lib/contract/protocol')>()),
  sendMessage: vi.fn(),
  onMessage: vi.fn(() => () => undefined),
}));

const config: RecorderConfig = { recordTypedText: false, addressRules: { recordTypedText: false, fields: {} }, tabId: 7 };
const scope = globalThis as unknown as Record<symbol, unknown>;

/** What the recorder said to the worker, by message. */
const said = (name: string): unknown[] =>
  vi
    .mocked(sendMessage)
    .mock.calls.filter(([sent]) => sent === name)
    .map(([, data]) => data);

async function untilSaid(name: string): Promise<unknown[]> {
  await vi.waitFor(() => expect(said(name).length).toBeGreaterThan(0));
  return said(name);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(sendMessage).mockReset();
  vi.mocked(sendMessage).mockImplementation(async (name) => (name === 'recorderReady' ? { ok: true, value: config } : { ok: true, value: true }));
  document.title = 'Tents';
  document.body.innerHTML = '<h1>Tents</h1>';
});

afterEach(() => {
  (scope[Symbol.for(runningRecorderKey)] as { stop(): void } | undefined)?.stop();
  delete scope[Symbol.for(runningRecorderKey)];
  delete scope[Symbol.for(recorderConfigKey)];
});

describe('the page recorder and its config (issue 19)', () => {
  it('starts with the config the worker left in the page, without asking for it', async () => {
    scope[Symbol.for(recorderConfigKey)] = config;
    runPageRecorder();
    const [step] = (await untilSaid('recordStep')) as RecordedStep[];
    expect(step).toMatchObject({ kind: 'navigation', navigation: 'load', title: 'Tents' });
    expect(said('recorderReady')).toEqual([]);
  });

  it('asks the worker when no config was left, and records once it is answered', async () => {
    runPageRecorder();
    await untilSaid('recordStep');
    expect(said('recorderReady')).toHaveLength(1);
  });
});
