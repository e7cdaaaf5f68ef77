import { parse } from '@puppeteer/replay';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../lib/export/csv';
import { fileName } from '../../lib/export/download';
import { htmlReport } from '../../lib/export/html-report';
import { JOURNEY_FORMAT, journeyFile } from '../../lib/export/journey-file';
import { lanesCsv } from '../../lib/export/lanes-csv';
import { journeyMarkdown } from '../../lib/export/markdown';
import { markdownText } from '../../lib/export/markdown-text';
import { recorderFlow } from '../../lib/export/recorder-flow';
import { scorecardCsv } from '../../lib/export/scorecard-csv';
import type { Step } from '../../lib/journey/types';
import { PICTURES, exportBundle } from './support/export-bundle';
import { useFreshStore } from './support/rows';

useFreshStore();

/** The fixture walk (support/export-bundle.ts); export-golden.test.ts holds each export of it in full. */
const bundle = exportBundle();

describe('JSON share file', () => {
  const file = journeyFile(bundle, 99);
  it('has the format, version and the journey without store-only fields', () => {
    expect(file).toMatchObject({ format: JOURNEY_FORMAT, version: 1, exportedAt: 99, journey: { id: 'j1', kind: 'competitor', recordTypedText: false } });
    expect(file.journey).not.toHaveProperty('status');
    expect(file.journey).not.toHaveProperty('stepCount');
    expect(file.steps[0]).toMatchObject({ id: 's1', seq: 1, kind: 'navigation', screenshot: 'screenshots/shot1.jpg', timing: { ttfb: 120 } });
    expect(file.steps[0]).not.toHaveProperty('tabId');
    expect(file.annotations.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8']);
    expect(file.annotations[0]).not.toHaveProperty('journeyId');
  });

  it('keeps a masked value out and a choice in', () => {
    const fields = file.steps.flatMap((step) => (step.kind === 'input' ? [step.field] : []));
    expect(fields.map((field) => field.value)).toEqual([undefined, undefined, 'Sand', 'checked']);
    expect(fields[0]).toMatchObject({ masked: true, maskReason: 'typed', mask: 'a@ ×9' });
    expect(Object.keys(fields[1]).sort()).toEqual(['label', 'maskReason', 'masked', 'name', 'type']); // sensitive: not even a mask
  });
});

describe('CSV lanes', () => {
  const csv = lanesCsv(bundle);
  // Rows end in CRLF; a CRLF inside a quoted cell (a note's line break) is followed by text, not a quote.
  const lines = csv.slice(1).split(/\r\n(?="|$)/);
  it('is UTF-8 with a BOM, CRLF rows, a header and a row per step', () => {
    expect(csv.startsWith('\uFEFF"Stage","Step","Actions","Page","URL","Touchpoints","Emotion","Key moment","Friction","Pain point"')).toBe(true);
    expect(lines).toHaveLength(bundle.steps.length + 2); // header, rows, and the empty string after the last CRLF
    expect(lines.at(-1)).toBe('');
  });

  it('quotes by RFC 4180 and makes formulas inert, numbers untouched', () => {
    expect(lines[3]).toContain(`"'+Pay ""now"", please"`);
    expect(lines[3]).toContain(`"'-Slow, ""very"" slow\n<script>alert(1)</script>"`);
    expect(lines[3]).toContain('"-2"');
    expect(lines[3]).toContain('"pay.example (Third party)"');
    expect(lines[9]).toContain(`"'@SUM(A1) is what the widget wanted"`);
    expect(lines[1]).toContain('"1","","","","","","","120","450","900","700","0.05","","48213"');
    expect(lines[10]).toContain('"450",""');
  });

  it('says which steps are key moments in a column of their own', () => {
    const keyMoments = lines.slice(1, -1).map((line) => line.match(/^(?:"(?:[^"]|"")*",){7}"([^"]*)"/)?.[1]);
    expect(keyMoments).toEqual(['', '', '', '', '', '', '', '', '', 'Yes']); // s10
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
    expect(markdown).toMatch(/^# \\=Buy a \\<b\\>tent\\<\/b\\>\n/);
    expect(markdown).toContain('## 1. Awareness');
    expect(markdown).toContain('## 4. Purchase');
    expect(markdown).toContain('_No steps in this stage_');
    expect(markdown).toContain('**Pain point:** \\-Slow, "very" slow  \n  > \\<script\\>alert\\(1\\)\\</script\\>');
    expect(markdown).toContain('Frictions: 1');
  });

  it('indents a step’s notes to its list item’s text, so that they stay in the item', () => {
    const indents = markdown
      .slice(0, markdown.indexOf('## Scorecard'))
      .split('\n')
      .filter((line) => line.trimStart().startsWith('>'))
      .map((line) => line.indexOf('>'));
    expect(indents).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2, 2]); // step 2's two signals; steps 3 (two lines), 8 (a note, a signal) and 9; step 10 (two notes, one of two lines)
    expect(markdown).toContain('- **10.** Saw the order \\<b\\>42\\</b\\> — Very positive — **★ Key moment**\n  > **Delight:**');
  });

  it('keeps the map’s step numbers after a step was deleted (an ordered list would be renumbered)', () => {
    const bundle = exportBundle();
    const withGap = journeyMarkdown({ ...bundle, steps: bundle.steps.filter((step) => step.seq !== 2) });
    expect(withGap).toContain('- **1.** Opened Shop');
    expect(withGap).not.toContain('- **2.**');
    expect(withGap).not.toMatch(/^\d+\. /m);
  });

  it('escapes what Markdown or HTML would read as syntax', () => {
    expect(markdownText('[link](javascript:x) ![img](y) <i>')).toBe('\\[link\\]\\(javascript:x\\) \\!\\[img\\]\\(y\\) \\<i\\>');
  });

  it('keeps a line of = or - under a note’s text from making it a heading', () => {
    expect(markdownText('Total\n===\nSum\r\n---')).toBe('Total  \n\\=\\=\\=  \nSum  \n\\-\\-\\-');
  });
});

describe('Chrome Recorder flow', () => {
  const flow = recorderFlow(bundle);
  it('passes @puppeteer/replay’s parse()', () => {
    expect(() => parse(JSON.parse(JSON.stringify(flow)))).not.toThrow();
  });

  it('navigates to the first page, asserts the navigation a click caused, and replays masked values as stand-ins', () => {
    expect(flow.steps.map((step) => step.type)).toEqual([
      'setViewport',
      'navigate',
      'customStep', // s1 and its emotion
      'click',
      'customStep',
      'customStep', // s2, which opened s3, and s3's note and emotion
      'change',
      'customStep', // s4's stand-in
      'change',
      'customStep', // s5's stand-in
      'change',
      'click', // s6, and the box ticked in s7; the submit s8 is the click or key that caused it
      'customStep',
      'click',
      'customStep', // s8's note, s9 and its note; the app route s10 is replayed by that click
      'customStep',
      'customStep',
      'customStep',
      'customStep', // s10's key moment, notes and emotion
    ]);
    const click = flow.steps.find((step) => step.type === 'click');
    expect(click).toMatchObject({
      selectors: [['aria/Add to cart'], ['gift-wrap', '[data-testid="x"]'], ['xpath///button']],
      assertedEvents: [{ type: 'navigation', url: 'https://pay.example/pay' }],
    });
    const values = flow.steps.flatMap((step) => (step.type === 'change' ? [step.value] : []));
    // A reserved-domain address, the documented test card, and the menu's option by value.
    expect(values).toEqual(['test@example.com', '4242424242424242', 'sand']);
    expect(flow.steps.filter((step) => step.type === 'customStep' && step.name === 'trailnote.standIn').map((step) => step.type === 'customStep' && step.parameters)).toEqual([
      { step: 4, stepKind: 'input', field: 'Email', standIn: 'email', mask: 'a@ ×9' },
      { step: 5, stepKind: 'input', field: 'Card number', standIn: 'card-number', mask: 'secret' },
    ]);
  });

  it('carries key moments as customSteps that name their step', () => {
    expect(flow.steps.filter((step) => step.type === 'customStep' && step.name === 'trailnote.keyMoment')).toEqual([
      { type: 'customStep', name: 'trailnote.keyMoment', parameters: { step: 10, stepKind: 'navigation', label: 'Key moment' } },
    ]);
  });

  it('replays a ticked box or a chosen radio as a click, since a change step would only set its value attribute', () => {
    const choice = (id: string, type: string, value: string, masked = false): Step => ({
      ...bundle.steps[6],
      id,
      kind: 'input',
      target: { text: id, role: type, tag: 'input', selectors: [`aria/${id}`] },
      field: { label: id, name: id, type, masked, ...(masked ? { maskReason: 'sensitive' } : { value }) },
    });
    const steps = [
      bundle.steps[0],
      choice('Gift wrap', 'checkbox', 'checked'),
      choice('Newsletter', 'checkbox', 'unchecked'),
      choice('Express', 'radio', 'checked: Express'),
      choice('Consent', 'checkbox', '', true),
    ];
    const replayed = recorderFlow({ ...bundle, steps, annotations: [] }).steps.slice(2);
    expect(replayed).toEqual([
      { type: 'click', target: 'main', selectors: [['aria/Gift wrap']], offsetX: 1, offsetY: 1 },
      { type: 'click', target: 'main', selectors: [['aria/Newsletter']], offsetX: 1, offsetY: 1 },
      { type: 'click', target: 'main', selectors: [['aria/Express']], offsetX: 1, offsetY: 1 },
      { type: 'click', target: 'main', selectors: [['aria/Consent']], offsetX: 1, offsetY: 1 },
    ]);
    expect(() => parse(JSON.parse(JSON.stringify({ title: 't', steps: replayed })))).not.toThrow();
  });

  it('makes every page reached without clicking its own navigate step, and asserts a navigation only on the step that caused it', () => {
    const [home, addToCart, , email] = bundle.steps;
    const page = (id: string, url: string, navigation: 'load' | 'route', type?: string, qualifiers: string[] = []): Step => ({
      ...home,
      id,
      url,
      kind: 'navigation',
      navigation,
      ...(type && { transition: { type, qualifiers } }),
    });
    const click = (id: string, extra: Partial<Step> = {}): Step => ({ ...addToCart, id, ...extra }) as Step;
    const steps: Step[] = [
      page('home', 'https://shop.example/', 'load', 'typed'),
      click('tick'), // a click that opened nothing
      page('typed', 'https://shop.example/tents', 'load', 'typed', ['from_address_bar']),
      click('link'),
      page('linked', 'https://shop.example/tent', 'load', 'link'),
      page('back', 'https://shop.example/tents', 'load', 'typed', ['forward_back']),
      page('bookmark', 'https://shop.example/app/', 'load', 'auto_bookmark'),
      click('route-link'),
      page('pushed', 'https://shop.example/app/routes', 'route', 'link'),
      page('app-back', 'https://shop.example/app/', 'route', 'link', ['forward_back']),
      click('app-back-button'),
      page('app-back-by-click', 'https://shop.example/app/routes', 'route', 'link', ['forward_back']),
      page('reload', 'https://shop.example/app/routes', 'load', 'reload'),
      { ...email, id: 'field' },
      click('enter', { byEnter: true, offset: { x: 40, y: 12 } }),
      page('sent', 'https://shop.example/sent', 'load', 'form_submit'),
      { ...email, id: 'search' },
      { ...bundle.steps[7], id: 'submit-by-enter' }, // a form with no button, sent with Enter
      page('found', 'https://shop.example/found', 'load', 'form_submit'),
      page('older', 'https://shop.example/older', 'load'), // recorded before transitions were kept: follows nothing here
    ];
    const replayed = recorderFlow({ ...bundle, steps, annotations: [] }).steps.filter((step) => step.type !== 'setViewport' && step.type !== 'customStep');
    const shown = replayed.map((step) => {
      const asserted = 'assertedEvents' in step && step.assertedEvents ? ` → ${new URL(step.assertedEvents[0].url).pathname}` : '';
      return step.type === 'navigate' ? `navigate ${new URL(step.url).pathname}` : `${step.type}${asserted}`;
    });
    expect(shown).toEqual([
      'navigate /',
      'click', // no navigation to wait for: the next page was typed
      'navigate /tents',
      'click → /tent',
      'navigate /tents', // Back
      'navigate /app/', // a bookmark
      'click', // the app's own link: its route needs no step
      'navigate /app/', // Back through the app's history
      'click', // the app's Back button: the click replays it
      'navigate /app/routes', // Reload
      'change',
      'keyDown → /sent', // Enter, as pressed
      'keyUp',
      'change',
      'keyDown → /found',
      'keyUp',
      'navigate /older',
    ]);
    expect(replayed.find((step) => step.type === 'navigate' && step.url.endsWith('/tents'))).toMatchObject({
      assertedEvents: [{ type: 'navigation', url: 'https://shop.example/tents' }],
    });
    expect(replayed.find((step) => step.type === 'keyDown')).toEqual({
      type: 'keyDown',
      target: 'main',
      key: 'Enter',
      assertedEvents: [{ type: 'navigation', url: 'https://shop.example/sent', title: home.title }],
    });
    expect(() => parse(JSON.parse(JSON.stringify({ title: 't', steps: replayed })))).not.toThrow();
  });

  it('clicks where the tester clicked in the element', () => {
    const steps = [bundle.steps[0], { ...bundle.steps[1], offset: { x: 120, y: 22 } } as Step];
    expect(recorderFlow({ ...bundle, steps, annotations: [] }).steps.find((step) => step.type === 'click')).toMatchObject({ offsetX: 120, offsetY: 22 });
  });

  it('keeps the frame of a click in a frame', () => {
    const clicks = flow.steps.filter((step) => step.type === 'click');
    expect(clicks.map((click) => click.frame)).toEqual([undefined, undefined, [0]]);
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
  const NO_PICTURES = { thumbnails: new Map(), full: new Map() };
  const html = htmlReport(bundle, PICTURES, { generatedAt: 99, timeZone: 'UTC' });
  it('allows nothing but inline styles and data: images, and carries no script', () => {
    expect(html).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"`);
    expect(html).not.toMatch(/<script|<iframe|<object|<embed|<link|\son\w+=|url\(/i);
    // What could load or run something sits in an attribute; the fixture's "javascript:" note is only text.
    // Links go nowhere but to the report's own anchors (a finding, a step of the map, the scorecard).
    const addresses = [...html.matchAll(/\s(?:src|href|action|formaction|xlink:href|srcset|poster|data)="([^"]*)"/gi)].map((match) => match[1]);
    const pictures = addresses.filter((address) => !/^#((finding|step)-\d+|scorecard-title)$/.test(address));
    expect(new Set(pictures)).toEqual(new Set([...PICTURES.thumbnails.values(), ...PICTURES.full.values()]));
    expect(addresses.length).toBeGreaterThan(pictures.length);
  });

  it('escapes every page- and tester-supplied string', () => {
    expect(html).toContain('=Buy a &#60;b&#62;tent&#60;/b&#62;');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).not.toContain('<b>tent</b>');
    expect(html).toContain('Show the total before [Place order](javascript:alert(1))</p>');
  });

  it('writes its dates in the time zone it is given, and names it, so a report reads the same anywhere', () => {
    const at = Date.UTC(2026, 0, 1, 2, 0);
    expect(htmlReport(bundle, NO_PICTURES, { generatedAt: at, timeZone: 'UTC' })).toContain('January 1, 2026 at 2:00 AM UTC.');
    expect(htmlReport(bundle, NO_PICTURES, { generatedAt: at, timeZone: 'America/New_York' })).toContain('December 31, 2025 at 9:00 PM EST.');
  });

  it('draws the stages, the lanes and the curve', () => {
    expect(html).toContain('1. Awareness');
    expect(html).toContain('4. Purchase');
    expect(html.match(/<circle class="point"/g)).toHaveLength(3);
    expect(html).toContain('class="dip"');
  });
});

describe('ZIP share file', () => {
  it('holds journey.json, report.html, lanes.csv, recorder.json, scorecard.csv, the screenshots and their thumbnails', async () => {
    const { unzipSync, strFromU8, strToU8 } = await import('fflate');
    const { openJourneyDb } = await import('../../lib/db');
    const { shareZip } = await import('../../lib/export/share-zip');
    const db = await openJourneyDb();
    const jpeg = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], { type: 'image/jpeg' });
    const shot = { journeyId: 'j1', takenAt: 1, image: jpeg, thumbnail: jpeg, width: 1280, height: 800, method: 'visible-tab' } as const;
    await db.put('screenshots', { ...shot, id: 'shot1', stepId: 's1' });
    await db.put('screenshots', { ...shot, id: 'shot2', stepId: 's10' });
    const files = unzipSync(await shareZip(bundle));
    expect(Object.keys(files).sort()).toEqual([
      'journey.json',
      'lanes.csv',
      'recorder.json',
      'report.html',
      'scorecard.csv',
      'screenshots/shot1.jpg',
      'screenshots/shot2.jpg',
      'thumbnails/shot1.jpg',
      'thumbnails/shot2.jpg',
    ]);
    const shared = JSON.parse(strFromU8(files['journey.json']));
    expect(shared).toMatchObject({ format: 'trailnote.journey' });
    expect(shared.steps.map((step: { screenshot?: string }) => step.screenshot)).toEqual(['screenshots/shot1.jpg', ...Array(8).fill(undefined), 'screenshots/shot2.jpg']);
    expect([...files['screenshots/shot1.jpg']]).toEqual([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    expect(strFromU8(files['report.html'])).toContain('data:image/jpeg;base64,');
    expect(files['scorecard.csv']).toEqual(strToU8(scorecardCsv(bundle) ?? ''));
    expect(strFromU8(files['scorecard.csv'])).toContain(`"Overall","Tent shop <audit> ""2026""","","Critical failures: 1","6 of 7 answered","","","55"`);
    // A walk nobody scored has no scorecard to share.
    const unscored = unzipSync(await shareZip({ ...bundle, journey: { ...bundle.journey, scorecard: undefined } }));
    expect(Object.keys(unscored)).not.toContain('scorecard.csv');
  });
});
