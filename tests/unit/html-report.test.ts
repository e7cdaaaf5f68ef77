/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { htmlReport } from '../../lib/export/html-report';
import { PICTURES, exportBundle } from './support/export-bundle';

/** The fixture walk's report, parsed: what a browser would build from the file. */
function reportDocument(bundle = exportBundle()): Document {
  return new DOMParser().parseFromString(htmlReport(bundle, PICTURES, { generatedAt: 0, timeZone: 'UTC' }), 'text/html');
}

const texts = (nodes: Iterable<Element>) => [...nodes].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
});

describe('the HTML report’s map', () => {
  it('collapses the stages without steps to narrow columns, still named', () => {
    const page = reportDocument();
    expect([...page.querySelectorAll('#map col')].map((col) => col.className)).toEqual(['lanes', '', 'collapsed', 'collapsed', '', '', 'collapsed']);
    const headers = [...page.querySelectorAll('#map thead th.collapsed')];
    expect(headers.map((header) => header.querySelector('.visually-hidden')?.textContent)).toEqual(['2. Consideration', '3. Decision', '6. Loyalty']);
    expect(texts(page.querySelectorAll('#map td.collapsed .stage-name'))).toEqual(['Consideration · 0 steps', 'Decision · 0 steps', 'Loyalty · 0 steps']);
    // Nothing else in a collapsed column: every other lane's cell there is empty.
    expect([...page.querySelectorAll('#map td.collapsed')].filter((cell) => cell.textContent !== '' && !cell.querySelector('.stage-name, svg'))).toEqual([]);
  });

  it('draws a piece of the curve in each stage’s cell, with faces on its axis instead of numbers', () => {
    const page = reportDocument();
    const row = page.querySelector('#map tr.emotion')!;
    expect(row.querySelectorAll('th svg.face')).toHaveLength(5);
    expect(row.textContent).not.toMatch(/[+−]\d\.\d/);
    const cells = [...row.querySelectorAll('td')];
    expect(cells).toHaveLength(6);
    expect(cells.map((cell) => [...cell.querySelectorAll('circle.point')].map((point) => point.getAttribute('data-step')))).toEqual([['1'], [], [], ['3'], ['10'], []]);
    // Every point's x is a share of its own cell's width.
    for (const point of row.querySelectorAll('circle.point')) expect(point.getAttribute('cx')).toMatch(/^\d{1,2}(\.\d+)?%$/);
  });

  it('names each piece of the curve with its points, as a group whose labels stay links a keyboard reaches', () => {
    const page = reportDocument();
    const curves = [...page.querySelectorAll('#map tr.emotion td svg.curve')];
    // An image's insides are hidden from screen readers: links to findings inside one would be unreachable.
    expect(curves.map((curve) => curve.getAttribute('role'))).toEqual(Array(6).fill('group'));
    expect(curves[3].getAttribute('aria-label')).toBe('Emotion curve — Purchase; 3. Opened +Pay "now", please — Very negative');
    expect(curves[3].querySelector('a[href="#finding-1"] text')?.textContent).toBe('-Slow, "very" slow<script>alert(1)</script>');
    // The points are said in the name; their titles are for the pointer only.
    expect([...page.querySelectorAll('#map circle.point')].map((point) => point.getAttribute('aria-hidden'))).toEqual(['true', 'true', 'true']);
  });

  it('flags the key moment in the actions and screenshots lanes and on the curve', () => {
    const page = reportDocument();
    const key = page.querySelectorAll('#map li.key');
    expect(texts(key)).toEqual(['Saw the order <b>42</b> ★ Key moment']);
    expect(page.querySelector('#map figure.key figcaption')?.textContent).toBe('★ 10');
    expect(page.querySelectorAll('#map circle.key-ring')).toHaveLength(1);
  });

  it('links the cells of a step with a finding to it, and every link to an anchor the report has', () => {
    const page = reportDocument();
    const links = [...page.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')!);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      expect(href).toMatch(/^#((finding|step)-\d+|scorecard-title)$/);
      expect(page.getElementById(href.slice(1)), href).not.toBeNull();
    }
    const painPoint = page.querySelector('#map .kind-pain-point a');
    expect(painPoint?.getAttribute('href')).toBe('#finding-1');
    expect(page.querySelector('#step-10 a')?.getAttribute('href')).toBe('#finding-4');
    expect(page.querySelector('#map figure.key a')?.getAttribute('href')).toBe('#finding-4');
    expect(page.querySelector('#step-1 a')).toBeNull(); // rated, but nothing said there
  });
});

describe('the HTML report’s findings', () => {
  it('lists every note and key moment with what was said, the step’s full-size screenshot where it has one', () => {
    const page = reportDocument();
    const findings = [...page.querySelectorAll('li.finding')];
    expect(findings.map((finding) => finding.id)).toEqual(['finding-1', 'finding-2', 'finding-3', 'finding-4']);
    expect(texts(page.querySelectorAll('li.finding .note p'))).toEqual([
      '-Slow, "very" slow <script>alert(1)</script>',
      'Show the total before [Place order](javascript:alert(1))',
      '@SUM(A1) is what the widget wanted',
      'Tracking *just worked*',
      'Line one Line two',
    ]);
    const last = findings[3];
    expect(last.className).toContain('key');
    expect(last.querySelector('.key-tag')?.textContent).toBe('★ Key moment');
    expect(last.querySelector('.feeling')?.textContent).toBe('Very positive');
    expect(last.querySelector('img')?.getAttribute('src')).toBe(PICTURES.full.get('s10'));
    expect(last.querySelector('img')?.getAttribute('alt')).toBe('Screenshot of step 10: Saw the order <b>42</b>');
    expect(last.querySelector('.back a')?.getAttribute('href')).toBe('#step-10');
    // The thumbnail is for the lanes only.
    expect(last.innerHTML).not.toContain(PICTURES.thumbnails.get('s10'));
    expect(findings[0].querySelector('img')).toBeNull();
    expect(findings[0].textContent).toContain('No screenshot');
  });

  it('says so when the walk has nothing to list', () => {
    const bundle = exportBundle();
    const page = reportDocument({
      ...bundle,
      steps: bundle.steps.map((step) => ({ ...step, keyMoment: false })),
      annotations: bundle.annotations.filter((a) => a.kind === 'emotion'),
    });
    expect(page.querySelectorAll('li.finding')).toHaveLength(0);
    expect(page.querySelector('section[aria-labelledby="findings-title"]')?.textContent).toContain('No notes and no key moments in this walk');
  });
});
