import { describe, expect, it } from 'vitest';
import { createCaptureQueue } from '../../lib/recording/capture-queue';

function fakeClock() {
  let time = 0;
  return {
    now: () => time,
    sleep: async (ms: number) => {
      time += ms;
    },
  };
}

describe('capture queue', () => {
  it('spaces captures by the interval and keeps every job, in order', async () => {
    const clock = fakeClock();
    const queue = createCaptureQueue({ intervalMs: 510, ...clock });
    const starts: Array<[number, number]> = [];
    const results = await Promise.all([1, 2, 3, 4].map((n) => queue.schedule(async (turn) => (await turn(), starts.push([n, clock.now()]), n * 10))));
    expect(results).toEqual([10, 20, 30, 40]);
    expect(starts).toEqual([
      [1, 0],
      [2, 510],
      [3, 1020],
      [4, 1530],
    ]);
    expect(queue.pending).toBe(0);
  });

  it('goes on after a failed capture', async () => {
    const queue = createCaptureQueue({ intervalMs: 510, ...fakeClock() });
    const failed = queue.schedule(async (turn) => {
      await turn();
      throw new Error('tab hidden');
    });
    const next = queue.schedule(async () => 'ok');
    await expect(failed).rejects.toThrow('tab hidden');
    await expect(next).resolves.toBe('ok');
  });

  it('lets a job that takes no turn go without waiting, and keeps the order', async () => {
    const clock = fakeClock();
    const queue = createCaptureQueue({ intervalMs: 510, ...clock });
    const log: string[] = [];
    await Promise.all([
      queue.schedule(async (turn) => (await turn(), log.push(`shot at ${clock.now()}`))),
      queue.schedule(async () => log.push(`page gone at ${clock.now()}`)),
      queue.schedule(async (turn) => (await turn(), log.push(`shot at ${clock.now()}`))),
    ]);
    expect(log).toEqual(['shot at 0', 'page gone at 0', 'shot at 510']);
  });
});
