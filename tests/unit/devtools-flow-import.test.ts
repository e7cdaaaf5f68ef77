import { readFileSync } from 'node:fs';
import { parse } from '@puppeteer/replay';
import { describe, expect, it, vi } from 'vitest';
import { importJourney } from '../../lib/import/import-journey';
import { blobOf } from './support/shared-files';
import { useFreshStore } from './support/rows';

useFreshStore();

const options = { makeThumbnail: vi.fn(async (image: Blob) => new Blob([await image.arrayBuffer()], { type: 'image/jpeg' })), now: 123_456 };

/** A flow in the shape Chrome DevTools' Recorder writes it (tests/unit/devtools-flows/). */
const devtoolsFlow = readFileSync(new URL('./devtools-flows/shop-checkout.json', import.meta.url), 'utf8');

describe('a flow written by Chrome DevTools', () => {
  it('is a flow @puppeteer/replay itself accepts (the fixture is in DevTools’ own shape)', () => {
    expect(() => parse(JSON.parse(devtoolsFlow))).not.toThrow();
  });

  it('imports: pierce/ and text/ selectors, keys, network conditions, waits, scrolls and per-step timeouts are read or skipped, never refused', async () => {
    const { rows, source } = await importJourney(blobOf(devtoolsFlow), options);
    expect(source).toBe('recorder');
    expect(rows.journey.title).toBe('Shop checkout (recorded by Chrome DevTools)');
    expect(rows.steps.map((step) => `${step.kind} ${new URL(step.url).pathname}`)).toEqual([
      'navigation /',
      'click /',
      'navigation /category/tents.html',
      'click /category/tents.html', // the shadow-DOM button, by its selectors as DevTools writes them: aria/, one part per shadow level, pierce/, text/
      'input /category/tents.html',
      'navigation /search', // Enter in the field: its page is kept
      'click /search', // a double click
    ]);
    const [, shopTents, , giftWrap, email, , tent] = rows.steps;
    expect(shopTents).toMatchObject({
      kind: 'click',
      target: { text: 'Shop tents', selectors: ['aria/Shop tents', 'a.btn', 'xpath//html/body/main/section/a', 'pierce/a.btn', 'text/Shop tents'] },
    });
    // No aria selector: the text/ selector names it.
    expect(giftWrap).toMatchObject({
      kind: 'click',
      target: { text: 'Add gift wrap', selectors: ['aria/Add gift wrap', ['gift-wrap', 'button'], 'pierce/button.wrap', 'text/Add gift wrap'] },
    });
    expect(tent).toMatchObject({ target: { text: 'Trailhead 2 Tent' } });
    // The typed address is kept only as its mask, in the frame it was typed in.
    expect(email).toMatchObject({ kind: 'input', target: { frame: [0] }, field: { masked: true, maskReason: 'typed', mask: 'a@ ×15' } });
    expect(JSON.stringify(rows)).not.toContain('ann@example.com');
  });
});
