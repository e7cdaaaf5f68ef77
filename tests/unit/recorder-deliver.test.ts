import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '../../lib/contract/protocol';
import { readTimingOutbox } from '../../lib/contract/outbox';
import { deliver } from '../../lib/recorder/deliver';

vi.mock('../../lib/contract/protocol', () => ({ sendMessage: vi.fn() }));

describe('deliver', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.mocked(sendMessage).mockReset();
  });

  it('leaves a step’s late figures in the outbox before sending them, so a worker stopped as the page leaves still finds them', async () => {
    const update = { stepId: 'p', timing: { cls: 0.42 } };
    let waitingWhenSent: unknown;
    vi.mocked(sendMessage).mockImplementation(async () => {
      waitingWhenSent = await readTimingOutbox();
      return { ok: true, value: true };
    });
    await deliver({ type: 'timing', update }, 7);
    expect(waitingWhenSent).toEqual([{ tabId: 7, update }]);
    expect(vi.mocked(sendMessage)).toHaveBeenCalledWith('updateTiming', update);
  });
});
