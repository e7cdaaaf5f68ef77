import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readDiagnostics } from '../../lib/diagnostics';
import { journeyAbout, MAX_ABOUT_LENGTH } from '../../lib/journey/about';
import { rememberAbout, rememberedAbout } from '../../lib/panel/start-details';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('what a walk is about (journeyAbout)', () => {
  it('keeps a known kind and the persona and goal, trimmed', () => {
    expect(journeyAbout({ kind: 'competitor', persona: '  First-time camper ', goal: 'Buy a tent\n' })).toEqual({
      kind: 'competitor',
      persona: 'First-time camper',
      goal: 'Buy a tent',
    });
  });

  it('reads nothing, or anything that is not an answer, as the own site with no persona or goal', () => {
    const none = { kind: 'own', persona: '', goal: '' };
    expect(journeyAbout(undefined)).toEqual(none);
    expect(journeyAbout(null)).toEqual(none);
    expect(journeyAbout({ kind: 'rival', persona: 42, goal: { text: 'x' } })).toEqual(none);
  });

  it('cuts a persona or goal longer than Journey details allows', () => {
    const about = journeyAbout({ kind: 'other', persona: 'p'.repeat(MAX_ABOUT_LENGTH + 5), goal: 'g'.repeat(MAX_ABOUT_LENGTH) });
    expect(about.persona).toHaveLength(MAX_ABOUT_LENGTH);
    expect(about.goal).toHaveLength(MAX_ABOUT_LENGTH);
  });
});

describe('the start form remembers the last walk', () => {
  it('offers nothing before the first walk', async () => {
    expect(await rememberedAbout()).toEqual({ kind: 'own', persona: '', goal: '' });
  });

  it('offers the last walk’s answers next time, the latest winning', async () => {
    await rememberAbout({ kind: 'competitor', persona: 'Returning customer', goal: 'Track an order' });
    expect(await rememberedAbout()).toEqual({ kind: 'competitor', persona: 'Returning customer', goal: 'Track an order' });
    await rememberAbout({ kind: 'other', persona: 'Gift buyer', goal: '' });
    expect(await rememberedAbout()).toEqual({ kind: 'other', persona: 'Gift buyer', goal: '' });
  });

  it('keeps them in extension storage, where a reopened panel finds them', async () => {
    await rememberAbout({ kind: 'competitor', persona: 'Gift buyer', goal: 'Find a present' });
    expect(await browser.storage.local.get('lastStartAbout')).toEqual({
      lastStartAbout: { kind: 'competitor', persona: 'Gift buyer', goal: 'Find a present' },
    });
  });

  it('checks what it reads: a value edited by hand or left by another version does not reach the form as it is', async () => {
    await browser.storage.local.set({ lastStartAbout: { kind: 'rival', persona: ['x'], goal: '  Compare prices  ' } });
    expect(await rememberedAbout()).toEqual({ kind: 'own', persona: '', goal: 'Compare prices' });
  });

  it('never fails the walk it is remembered for: a storage that refuses is logged, and the form is offered empty', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await expect(rememberAbout({ kind: 'competitor', persona: 'Gift buyer', goal: '' })).resolves.toBeUndefined();
    expect(await rememberedAbout()).toEqual({ kind: 'own', persona: '', goal: '' });
    await vi.waitFor(async () => expect((await readDiagnostics()).map(({ code, where }) => [code, where])).toEqual([['quota', 'panel: remembering the start form']]));
  });
});
