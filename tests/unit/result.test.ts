import { describe, expect, it } from 'vitest';
import { attempt, unwrap } from '../../lib/contract/result';

describe('Result across message boundaries', () => {
  it('carries a thrown error back as its message', async () => {
    const result = await attempt(() => {
      throw new Error('Trailnote cannot record chrome:// pages');
    });
    expect(result).toEqual({ ok: false, error: 'Trailnote cannot record chrome:// pages' });
    expect(() => unwrap(result)).toThrow('Trailnote cannot record chrome:// pages');
  });

  it('unwraps a value and refuses a missing answer', async () => {
    expect(unwrap(await attempt(async () => 42))).toBe(42);
    expect(() => unwrap(undefined)).toThrow(/did not answer/);
  });
});
