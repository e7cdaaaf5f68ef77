import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { JourneyBundle } from '../../lib/db';
import { compareReport } from '../../lib/export/compare-report';
import { saveComparison } from '../../lib/export/exports';
import { alignStages, sideBySide } from '../../lib/map/compare';
import { EXPORTED_AT, PICTURES, T0, unscoredBundle } from './support/export-bundle';

const THUMBNAILS = PICTURES.thumbnails;
import { useFreshStore } from './support/rows';

useFreshStore();

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
});

/** What Export comparison handed to the browser's download. */
const saved = new Map<string, string>();
vi.mock('../../lib/export/download', async (original) => ({
  ...(await original<typeof import('../../lib/export/download')>()),
  download: (name: string, content: string | Uint8Array<ArrayBuffer>) => saved.set(name, String(content)),
}));

/**
 * A competitor's walk beside the fixture: its own ids, no Service or Loyalty stage but a "Delivery" one, a note
 * and a rating on its first page, and a step in Awareness only.
 */
function rivalBundle(): JourneyBundle {
  const own = unscoredBundle();
  const stages = [
    { id: 'r-aware', name: 'Awareness' },
    { id: 'r-buy', name: 'purchase' },
    { id: 'r-delivery', name: 'Delivery' },
  ];
  return {
    journey: { ...own.journey, id: 'j2', title: 'Rival & co', site: 'rival.example', stages, currentStageId: 'r-aware', stepCount: 2 },
    steps: [
      { ...own.steps[0], id: 'r1', journeyId: 'j2', stageId: 'r-aware', url: 'https://rival.example/', title: 'Rival — Home', screenshotId: 'rshot1' },
      { ...own.steps[2], id: 'r2', seq: 2, journeyId: 'j2', stageId: 'r-buy', url: 'https://rival.example/pay', title: 'Rival pay' },
    ],
    annotations: [
      { id: 'r-a1', journeyId: 'j2', stepId: 'r1', at: T0 + 1_500, kind: 'emotion', emotion: -1 },
      { id: 'r-a2', journeyId: 'j2', stepId: 'r1', at: T0 + 1_600, kind: 'friction', text: 'Rival hides the <prices>' },
      { id: 'r-a3', journeyId: 'j2', stepId: 'r2', at: T0 + 3_600, kind: 'emotion', emotion: 1 },
    ],
  };
}

const RIVAL_PICTURES: ReadonlyMap<string, string> = new Map([['r1', 'data:image/jpeg;base64,/9j/RIVAL']]);

describe('side by side', () => {
  const stages = sideBySide(alignStages([unscoredBundle(), rivalBundle()]), [unscoredBundle(), rivalBundle()]);

  it('lines up each walk’s screenshots and notes by stage, leaving out stages nobody walked', () => {
    // Decision and Loyalty: no step in either walk. Delivery: the rival has it, and no step in it.
    expect(stages.map((stage) => stage.name)).toEqual(['Awareness', 'Purchase', 'Service']);
    const [awareness, purchase, service] = stages;
    expect(awareness.sides.map((side) => side?.pictured.map(({ step, emotion }) => [step.id, emotion]))).toEqual([[['s1', 1]], [['r1', -1]]]);
    expect(awareness.sides[1]?.notes.map(({ note, step }) => [note.text, step.seq])).toEqual([['Rival hides the <prices>', 1]]);
    expect(purchase.sides.map((side) => side?.notes.map(({ note }) => note.kind))).toEqual([['pain-point', 'opportunity'], []]);
    expect(purchase.sides.map((side) => side?.metrics.steps)).toEqual([6, 1]);
    // The rival has no Service stage: its side is missing, not empty.
    expect(service.sides[1]).toBeUndefined();
    expect(service.sides[0]?.notes.map(({ note }) => note.kind)).toEqual(['friction', 'delight', 'note']);
  });
});

describe('comparison file', () => {
  const html = compareReport([unscoredBundle(), rivalBundle()], [THUMBNAILS, RIVAL_PICTURES], { generatedAt: EXPORTED_AT, timeZone: 'UTC' });

  it('runs nothing and loads nothing: no script, a CSP that allows only inline styles and data: pictures', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).toContain(`content="default-src 'none'; img-src data:;`);
    expect(html.match(/<img [^>]*src="([^"]*)"/g)?.every((img) => img.includes('src="data:image/jpeg;base64,'))).toBe(true);
  });

  it('embeds both walks’ pictures and carries both walks’ notes, escaped', () => {
    for (const url of [...THUMBNAILS.values(), ...RIVAL_PICTURES.values()]) expect(html).toContain(`src="${url}"`);
    expect(html).toContain('Rival hides the &#60;prices&#62;');
    expect(html).toContain('-Slow, &#34;very&#34; slow\n&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('Tracking *just worked*');
    expect(html).toContain('<h2>=Buy a &#60;b&#62;tent&#60;/b&#62;</h2>');
    expect(html).toContain('<h2>Rival &#38; co</h2>');
  });

  it('tells each walk’s emotion story: range, average, best and worst moments with their stage', () => {
    expect(html).toContain('From Very negative to Very positive <small>Average +0.3 over 3 rated steps</small>');
    expect(html).toContain('From Negative to Positive <small>Average 0.0 over 2 rated steps</small>');
    expect(html).toMatch(/Worst moment<\/dt><dd><span class="emo emo0">Very negative<\/span> 3\. [^<]*<span class="stage-tag">Purchase<\/span><q>-Slow/);
  });

  it('puts a row per walked stage and says where a walk has no such stage', () => {
    const rows = [...html.matchAll(/<tr><th scope="row">([^<]*)<\/th>/g)].map((match) => match[1]);
    expect(rows).toEqual(['Awareness', 'Purchase', 'Service']);
    expect(html).toContain('This journey has no such stage');
    expect(html).toContain('<footer>Made with Trailnote on March 14, 2026');
  });

  it('refuses picture sets that do not match the walks', () => {
    expect(() => compareReport([unscoredBundle(), rivalBundle()], [THUMBNAILS])).toThrow(/2 journeys but 1 picture sets/);
  });
});

describe('Export comparison', () => {
  it('writes the walks under the privacy rules: an address stored before the rule comes out redacted', async () => {
    const leaky = rivalBundle();
    const landing = 'https://rival.example/pay?email=ada%40example.com&token=CANARY-TOKEN';
    leaky.steps[1] = { ...leaky.steps[1], url: landing, title: landing };
    saved.clear();
    await saveComparison([unscoredBundle(), leaky]);
    const [[name, html]] = [...saved];
    expect(name).toBe('Buy-a-b-tent-b-Rival-co.comparison.html');
    expect(html).not.toContain('CANARY');
    expect(html).toContain('token=[redacted]');
  });
});
