import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RecorderEvent } from '../../lib/contract/recorder-events';
import { withTransition } from '../../lib/recorder/transition';
import { keepTransition, noteTransition, transitionOf } from '../../lib/recording/transitions';

beforeEach(() => {
  fakeBrowser.reset();
});

const commit = (documentId: string, transitionType: string, transitionQualifiers: string[] = [], frameId = 0) => ({ documentId, frameId, transitionType, transitionQualifiers });

describe('how a recorded page was reached', () => {
  it('is kept per top document, for the recorder to ask when it starts', async () => {
    noteTransition(commit('doc-1', 'typed', ['from_address_bar']));
    noteTransition(commit('doc-2', 'link', ['forward_back']));
    noteTransition(commit('frame-doc', 'auto_subframe', [], 3));
    expect(await transitionOf('doc-1')).toEqual({ type: 'typed', qualifiers: ['from_address_bar'] });
    await keepTransition('doc-2');
    expect(await transitionOf('doc-2')).toEqual({ type: 'link', qualifiers: ['forward_back'] });
    // Frames are part of their page; a document never heard of, or none, has nothing.
    expect(await transitionOf('frame-doc')).toBeUndefined();
    expect(await transitionOf(undefined)).toBeUndefined();
  });

  it('is written down only once its page has loaded, and then a restarted worker knows it', async () => {
    noteTransition(commit('loading', 'typed'));
    noteTransition(commit('loaded', 'reload'));
    const written = keepTransition('loaded');
    // In the same turn as the write starts: the question waits for it.
    expect(await transitionOf('loaded')).toEqual({ type: 'reload', qualifiers: [] });
    await written;
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ transitions: { loaded: { type: 'reload', qualifiers: [] } } });
    vi.resetModules();
    const restarted = await import('../../lib/recording/transitions');
    expect(await restarted.transitionOf('loaded')).toEqual({ type: 'reload', qualifiers: [] });
    expect(await restarted.transitionOf('loading')).toBeUndefined();
  });

  it('keeps only the latest documents', async () => {
    for (let index = 0; index < 25; index++) noteTransition(commit(`doc-${index}`, 'link'));
    for (let index = 0; index < 25; index++) await keepTransition(`doc-${index}`);
    noteTransition(commit('loading-0', 'link'));
    for (let index = 1; index < 25; index++) noteTransition(commit(`loading-${index}`, 'link'));
    expect(await transitionOf('doc-4')).toBeUndefined();
    expect(await transitionOf('doc-5')).toEqual({ type: 'link', qualifiers: [] });
    expect(await transitionOf('loading-4')).toBeUndefined();
    expect(await transitionOf('loading-24')).toEqual({ type: 'link', qualifiers: [] });
  });

  it('goes on the page-load step only, in the page', () => {
    const reached = withTransition({ type: 'reload', qualifiers: [] });
    const stamp = { id: 'x', at: 1, url: 'https://a.test/', title: 'A' };
    expect(reached({ type: 'step', step: { ...stamp, kind: 'navigation', navigation: 'load' } })).toMatchObject({ step: { transition: { type: 'reload' } } });
    const route: RecorderEvent = { type: 'step', step: { ...stamp, kind: 'navigation', navigation: 'route', transition: { type: 'link', qualifiers: [] } } };
    expect(reached(route)).toBe(route);
    expect(withTransition(undefined)({ type: 'step', step: { ...stamp, kind: 'navigation', navigation: 'load' } })).not.toHaveProperty('step.transition');
  });
});
