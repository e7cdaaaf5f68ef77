import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { EXPORT_FORMATS } from '../../lib/export/exports';
import type { JourneyBundle } from '../../lib/db';
import { exportBundle, T0 } from './support/export-bundle';
import { useFreshStore } from './support/rows';

useFreshStore();

/** What each export button handed to the browser's download, by file name. */
const saved = new Map<string, string>();
vi.mock('../../lib/export/download', async (original) => ({
  ...(await original<typeof import('../../lib/export/download')>()),
  download: (name: string, content: string | Uint8Array<ArrayBuffer>) => {
    const texts = typeof content === 'string' ? [content] : Object.values(unzipSync(content)).map((bytes) => strFromU8(bytes));
    saved.set(name, texts.join('\n'));
  },
}));

/** A walk stored before the address rule existed: its addresses hold what the fields and the links carried. */
function walkStoredBefore(): JourneyBundle {
  const bundle = exportBundle();
  const landing = 'https://shop.example/pay/?email=ada%40example.com&pw=CANARY-PW&delivery=express#access_token=CANARY-AT';
  bundle.journey.environment!.startUrl = 'https://shop.example/?session=CANARY-SESSION';
  bundle.steps.push({
    journeyId: 'j1',
    tabId: 3,
    id: 's11',
    seq: 11,
    at: T0 + 22_000,
    stageId: 'service',
    kind: 'navigation',
    navigation: 'load',
    url: landing,
    title: landing,
    problem: { code: 'capture-failed', message: `No screenshot of ${landing}` },
  });
  return bundle;
}

describe('every export', () => {
  it('cleans the addresses of walks stored before the address rule, in all seven files (the scorecard’s too)', async () => {
    for (const format of EXPORT_FORMATS) await format.save(walkStoredBefore());
    expect(saved.size).toBe(7);
    for (const [name, text] of saved) {
      for (const secret of ['CANARY', 'ada%40example.com']) expect(text, `${secret} in ${name}`).not.toContain(secret);
    }
    const shared = JSON.parse(saved.get('Buy-a-b-tent-b.trailnote.json') ?? '{}');
    expect(shared.steps.at(-1).url).toBe('https://shop.example/pay/?email=[masked:a@×15]&pw=[redacted]&delivery=express#access_token=[redacted]');
    expect(shared.journey.environment.startUrl).toBe('https://shop.example/?session=[redacted]');
  });
});
