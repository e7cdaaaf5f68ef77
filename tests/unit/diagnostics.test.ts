import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { diagnosticsReport, LOG_LIMIT, logError, readDiagnostics, recordProblem, REPEAT_MS } from '../../lib/diagnostics';
import { StoreError } from '../../lib/db';

const canary = 'CANARY-7f3a-hunter2';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

async function loggedEntries(count: number) {
  await vi.waitFor(async () => expect(await readDiagnostics()).toHaveLength(count));
  return readDiagnostics();
}

describe('the diagnostics log', () => {
  it('keeps the code, where and the error names, never the message: no address, no typed text', async () => {
    logError(new Error(`Could not read https://shop.example/checkout?email=ada@example.com&note=${canary}`), 'test: reading a page');
    const cause = new DOMException(`quota of https://shop.example/${canary}`, 'QuotaExceededError');
    logError(new StoreError(`Your disk is full: could not save “${canary}”`, { code: 'quota', cause }), 'test: saving');

    const entries = await loggedEntries(2);
    expect(entries.map(({ code, where }) => [code, where])).toEqual([
      ['unknown', 'test: reading a page'],
      ['quota', 'test: saving'],
    ]);
    expect(entries[1].message).toBe('The disk was full: the browser refused to store more. (StoreError ← QuotaExceededError)');
    const stored = JSON.stringify(await fakeBrowser.storage.session.get(null));
    expect(stored).toContain('test: saving');
    for (const secret of [canary, 'shop.example', 'https://', 'ada@example.com']) expect(stored).not.toContain(secret);
  });

  it('leaves out names that are not plain identifiers', async () => {
    const odd = new Error('x');
    odd.name = `https://shop.example/${canary}`;
    logError(odd, 'test: odd name');
    const [entry] = await loggedEntries(1);
    expect(entry.message).toBe('An unexpected error.');
  });

  it('counts a repeat of the same code and place instead of adding it, until a quiet spell', async () => {
    const at = 1_000_000;
    await recordProblem('capture-failed', 'test: capture', undefined, at);
    await recordProblem('capture-failed', 'test: capture', undefined, at + 1000);
    await recordProblem('capture-failed', 'test: other place', undefined, at + 1500);
    await recordProblem('capture-failed', 'test: capture', undefined, at + 2000);
    await recordProblem('capture-failed', 'test: capture', undefined, at + 2000 + REPEAT_MS);

    const entries = await readDiagnostics();
    expect(entries.map(({ where, count, at: first, lastAt }) => [where, count, first, lastAt])).toEqual([
      ['test: capture', 3, at, at + 2000],
      ['test: other place', 1, at + 1500, at + 1500],
      ['test: capture', 1, at + 2000 + REPEAT_MS, at + 2000 + REPEAT_MS],
    ]);
  });

  it(`keeps the last ${LOG_LIMIT} entries`, async () => {
    for (let index = 0; index < LOG_LIMIT + 25; index++) await recordProblem('unknown', `test: place ${index}`, undefined, index);
    const entries = await readDiagnostics();
    expect(entries).toHaveLength(LOG_LIMIT);
    expect(entries[0].where).toBe('test: place 25');
    expect(entries.at(-1)?.where).toBe(`test: place ${LOG_LIMIT + 24}`);
  });

  it('writes a plain-text report: version, browser, then the entries', async () => {
    vi.stubGlobal('navigator', { userAgent: 'TestBrowser/1.0' });
    vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Trailnote', version: '0.1.0' });
    await recordProblem('quota', 'test: saving', undefined, Date.UTC(2026, 0, 2, 3, 4, 5));
    await recordProblem('quota', 'test: saving', undefined, Date.UTC(2026, 0, 2, 3, 4, 6));
    const report = await diagnosticsReport();
    expect(report).toMatch(/^Trailnote diagnostics\nVersion: 0\.1\.0\nBrowser: .+\nEntries: 1 /);
    vi.unstubAllGlobals();
    expect(report).toContain('2026-01-02T03:04:05.000Z  quota  test: saving ×2 (last 2026-01-02T03:04:06.000Z)  The disk was full');
  });
});
