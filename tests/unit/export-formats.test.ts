import { parse } from '@puppeteer/replay';
import { describe, expect, it } from 'vitest';
import type { JourneyBundle } from '../../lib/db';
import { toCsv } from '../../lib/export/csv';
import { fileName } from '../../lib/export/download';
import { htmlReport } from '../../lib/export/html-report';
import { JOURNEY_FORMAT, journeyFile } from '../../lib/export/journey-file';
import { lanesCsv } from '../../lib/export/lanes-csv';
import { journeyMarkdown, markdownText } from '../../lib/export/markdown';
import { recorderFlow } from '../../lib/export/recorder-flow';
import { defaultStages } from '../../lib/db/default-stages';
import { useFreshStore } from './support/rows';

useFreshStore();

const stages = defaultStages();
const base = { journeyId: 'j1', tabId: 3, url: 'https://shop.example/', title: 'Shop — Home' };
const target = (text: string) => ({ text, role: 'button', tag: 'button', selectors: [`aria/${text}`, [`gift-wrap`, `[data-testid="x"]`], 'xpath///button'] });

/** A small walk with every kind of step, a masked and a sensitive field, and markup where pages and testers put text. */
const bundle: JourneyBundle = {
  journey: {
    id: 'j1',
    title: '=Buy a <b>tent</b>',
    site: 'shop.example',
    persona: 'Camper',
    goal: 'Buy a tent',
    kind: 'competitor',
    startedAt: 1_000,
    endedAt: 60_000,
    status: 'stopped',
    stages,
    currentStageId: 'awareness',
    recordTypedText: false,
    environment: { userAgent: 'Chrome/156', language: 'en', viewport: { width: 1280, height: 800 }, startUrl: 'https://shop.example/' },
    stepCount: 6,
  },
  steps: [
    { ...base, id: 's1', seq: 1, at: 1_000, stageId: 'awareness', kind: 'navigation', navigation: 'load', timing: { ttfb: 120, load: 900, lcp: 700 }, screenshotId: 'shot1' },
    { ...base, id: 's2', seq: 2, at: 2_000, stageId: 'awareness', kind: 'click', target: target('Add to cart'), point: { x: 10, y: 20, viewportWidth: 1280, viewportHeight: 800 } },
    { ...base, id: 's3', seq: 3, at: 3_000, stageId: 'purchase', kind: 'navigation', navigation: 'load', url: 'https://pay.example/pay', title: '+Pay "now", please' },
    { ...base, id: 's4', seq: 4, at: 4_000, stageId: 'purchase', kind: 'input', target: target('Email'), field: { label: 'Email', name: 'email', type: 'email', masked: true, maskReason: 'typed', mask: 'a@a ×9' } },
    { ...base, id: 's5', seq: 5, at: 5_000, stageId: 'purchase', kind: 'input', target: target('Card'), field: { label: 'Card number', name: 'cc', type: 'text', masked: true, maskReason: 'sensitive' } },
    { ...base, id: 's6', seq: 6, at: 6_000, stageId: 'purchase', kind: 'input', target: target('Colour'), field: { label: 'Colour', name: 'colour', type: 'select-one', masked: false, value: 'Sand' } },
  ],
  annotations: [
    { id: 'a1', journeyId: 'j1', stepId: 's1', at: 1_500, kind: 'emotion', emotion: 1 },
    { id: 'a2', journeyId: 'j1', stepId: 's3', at: 3_500, kind: 'pain-point', text: '-Slow, "very" slow\n<script>alert(1)</script>' },
    { id: 'a3', journeyId: 'j1', stepId: 's3', at: 3_600, kind: 'emotion', emotion: -2 },
  ],
};

describe('JSON share file', () => {
  const file = journeyFile(bundle, 99);
  it('has the format, version and the journey without store-only fields', () => {
    expect(file).toMatchObject({ format: JOURNEY_FORMAT, version: 1, exportedAt: 99, journey: { id: 'j1', kind: 'competitor', recordTypedText: false } });
    expect(file.journey).not.toHaveProperty('status');
    expect(file.journey).not.toHaveProperty('stepCount');
    expect(file.steps[0]).toMatchObject({ id: 's1', seq: 1, kind: 'navigation', screenshot: 'screenshots/shot1.jpg', timing: { ttfb: 120 } });
    expect(file.steps[0]).not.toHaveProperty('tabId');
    expect(file.annotations.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
  });

  it('keeps a masked value out and a choice in', () => {
    const fields = file.steps.flatMap((step) => (step.kind === 'input' ? [step.field] : []));
    expect(fields.map((field) => field.value)).toEqual([undefined, undefined, 'Sand']);
  });
});

describe('CSV lanes', () => {
  const csv = lanesCsv(bundle);
  const lines = csv.slice(1).split('\r\n');
  it('is UTF-8 with a BOM, CRLF rows, a header and a row per step', () => {
    expect(csv.startsWith('\uFEFF"Stage","Step","Actions","Page","URL","Touchpoints","Emotion","Friction","Pain point"')).toBe(true);
    expect(lines).toHaveLength(bundle.steps.length + 2); // header, rows, and the empty string after the last CRLF
    expect(lines.at(-1)).toBe('');
  });

  it('quotes by RFC 4180 and makes formulas inert, numbers untouched', () => {
    expect(lines[3]).toContain(`"'+Pay ""now"", please"`);
    expect(lines[3]).toContain(`"'-Slow, ""very"" slow\n<script>alert(1)</script>"`);
    expect(lines[3]).toContain('"-2"');
    expect(lines[3]).toContain('"pay.example (Third party)"');
    expect(lines[1]).toContain('"120","","900","700"');
  });

  it.each([
    ['=1+1', `"'=1+1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tTab', `"'\tTab"`],
    ['plain', '"plain"'],
  ])('neutralises %j', (cell, expected) => {
    expect(toCsv([[cell]])).toBe(`\uFEFF${expected}\r\n`);
  });
});

describe('Markdown', () => {
  const markdown = journeyMarkdown(bundle);
  it('has the stages as headings, steps, notes and metrics', () => {
    expect(markdown).toMatch(/^# =Buy a \\<b\\>tent\\<\/b\\>\n/);
    expect(markdown).toContain('## 1. Awareness');
    expect(markdown).toContain('## 4. Purchase');
    expect(markdown).toContain('_No steps in this stage_');
    expect(markdown).toContain('**Pain point:** \\-Slow, "very" slow  \n   > \\<script\\>alert\\(1\\)\\</script\\>');
    expect(markdown).toContain('Frictions: 1');
  });

  it('escapes what Markdown or HTML would read as syntax', () => {
    expect(markdownText('[link](javascript:x) ![img](y) <i>')).toBe('\\[link\\]\\(javascript:x\\) \\!\\[img\\]\\(y\\) \\<i\\>');
  });
});

describe('Chrome Recorder flow', () => {
  const flow = recorderFlow(bundle);
  it('passes @puppeteer/replay’s parse()', () => {
    expect(() => parse(JSON.parse(JSON.stringify(flow)))).not.toThrow();
  });

  it('navigates to the first page, asserts the navigation a click caused, and masks values', () => {
    expect(flow.steps.map((step) => step.type)).toEqual(['setViewport', 'navigate', 'customStep', 'click', 'customStep', 'customStep', 'change', 'change', 'change']);
    const click = flow.steps.find((step) => step.type === 'click');
    expect(click).toMatchObject({ selectors: [['aria/Add to cart'], ['gift-wrap', '[data-testid="x"]'], ['xpath///button']], assertedEvents: [{ type: 'navigation', url: 'https://pay.example/pay' }] });
    const values = flow.steps.flatMap((step) => (step.type === 'change' ? [step.value] : []));
    expect(values).toEqual(['{{Email: a@a ×9}}', '{{Card number: secret}}', 'Sand']);
  });
});

describe('file names', () => {
  it.each([
    ['Buy a tent: Northwind', 'Buy-a-tent-Northwind.csv'],
    ['../../etc/passwd', 'etc-passwd.csv'],
    ['Étape à Noël', 'Etape-a-Noel.csv'],
    ['   ', 'journey.csv'],
  ])('%j → %j', (title, expected) => {
    expect(fileName(title, 'csv')).toBe(expected);
  });
});

describe('HTML report', () => {
  const html = htmlReport(bundle, new Map([['s1', 'data:image/jpeg;base64,/9j/AA==']]), { generatedAt: 99, timeZone: 'UTC' });
  it('allows nothing but inline styles and data: images, and carries no script', () => {
    expect(html).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"`);
    expect(html).not.toMatch(/<script|javascript:|https?:\/\//i);
  });

  it('escapes every page- and tester-supplied string', () => {
    expect(html).toContain('=Buy a &#60;b&#62;tent&#60;/b&#62;');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).not.toContain('<b>tent</b>');
    expect(html).toContain('src="data:image/jpeg;base64,/9j/AA=="');
  });

  it('writes its dates in the time zone it is given, so a report does not depend on the machine', () => {
    const at = Date.UTC(2026, 0, 1, 2, 0);
    expect(htmlReport(bundle, new Map(), { generatedAt: at, timeZone: 'UTC' })).toContain('January 1, 2026 at 2:00 AM.');
    expect(htmlReport(bundle, new Map(), { generatedAt: at, timeZone: 'America/New_York' })).toContain('December 31, 2025 at 9:00 PM.');
  });

  it('draws the stages, the lanes and the curve', () => {
    expect(html).toContain('1. Awareness');
    expect(html).toContain('4. Purchase');
    expect(html.match(/<circle /g)).toHaveLength(2);
    expect(html).toContain('class="dip"');
  });
});

describe('ZIP share file', () => {
  it('holds journey.json, report.html, lanes.csv, recorder.json and the screenshots', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const { openJourneyDb } = await import('../../lib/db');
    const { shareZip } = await import('../../lib/export/share-zip');
    const db = await openJourneyDb();
    const jpeg = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], { type: 'image/jpeg' });
    await db.put('screenshots', { id: 'shot1', journeyId: 'j1', stepId: 's1', takenAt: 1, image: jpeg, thumbnail: jpeg, width: 1280, height: 800, method: 'visible-tab' });
    const files = unzipSync(await shareZip(bundle));
    expect(Object.keys(files).sort()).toEqual(['journey.json', 'lanes.csv', 'recorder.json', 'report.html', 'screenshots/shot1.jpg']);
    expect(JSON.parse(strFromU8(files['journey.json']))).toMatchObject({ format: 'trailnote.journey', steps: [{ screenshot: 'screenshots/shot1.jpg' }, {}, {}, {}, {}, {}] });
    expect([...files['screenshots/shot1.jpg']]).toEqual([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    expect(strFromU8(files['report.html'])).toContain('data:image/jpeg;base64,');
  });
});
