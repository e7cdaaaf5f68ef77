import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RecorderEvent } from '../../lib/contract/recorder-events';
import { withTransition } from '../../lib/recorder/transition';
import { noteTransition, transitionOf } from '../../lib/recording/transitions';

beforeEach(() => {
  fakeBrowser.reset();
});

const commit = (documentId: string, transitionType: string, transitionQualifiers: string[] = [], frameId = 0) => ({ documentId, frameId, transitionType, transitionQualifiers });

describe('how a recorded page was reached', () => {
  it('is kept per top document, for the recorder to ask when it starts', async () => {
    await Promise.all([noteTransition(commit('doc-1', 'typed', ['from_address_bar'])), noteTransition(commit('doc-2', 'link', ['forward_back']))]);
    await noteTransition(commit('frame-doc', 'auto_subframe', [], 3));
    expect(await transitionOf('doc-1')).toEqual({ type: 'typed', qualifiers: ['from_address_bar'] });
    expect(await transitionOf('doc-2')).toEqual({ type: 'link', qualifiers: ['forward_back'] });
    // Frames are part of their page; a document never heard of, or none, has nothing.
    expect(await transitionOf('frame-doc')).toBeUndefined();
    expect(await transitionOf(undefined)).toBeUndefined();
  });

  it('keeps only the latest documents', async () => {
    for (let index = 0; index < 25; index++) await noteTransition(commit(`doc-${index}`, 'link'));
    expect(await transitionOf('doc-0')).toBeUndefined();
    expect(await transitionOf('doc-24')).toEqual({ type: 'link', qualifiers: [] });
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
