import { expect, test } from '@playwright/test';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from '@puppeteer/replay';
import { strFromU8, unzipSync } from 'fflate';
import type { Step } from '../../lib/journey/types';
import { startShop } from '../shop/server';
import { controlNamed, launchFirefox, savedDownload, until } from './firefox';
import { FirefoxPanel } from './panel';

/** Typed into the shop's password field: it may appear nowhere Trailnote stores or exports. */
const canary = 'CANARY-ff-Pw81!zQ';
/** Typed into "Full name": typed text is kept as its mask only. */
const typedName = 'Camille FoxName';

function describe(step: Step): string {
  switch (step.kind) {
    case 'navigation':
      return `${step.navigation}:${new URL(step.url).pathname}`;
    case 'click':
    case 'submit':
      return `${step.kind}:${step.target.text}`;
    case 'input':
      return `input:${step.field.label}`;
  }
}

test('walks the demo shop in Firefox ESR: pages, a click, masked fields and an app route, rated, noted and scored, mapped, exported in every format with no secret, imported back and kept in the library', async () => {
  // Firefox starts, installs the add-on and walks four pages: a minute quiet, four and more on a loaded 2-core machine.
  test.setTimeout(600_000);
  const shop = await startShop();
  const { browser: firefox, downloadDir } = await launchFirefox();
  try {
    const [shopPage] = await firefox.pages();
    await shopPage.goto(shop.origin + '/');
    const panel = await FirefoxPanel.besideTab(firefox, shopPage);
    await panel.chooseTemplate('E-commerce purchase');
    await panel.start('Buy a tent in Firefox');
    await panel.waitForStep('Opened Northwind Outfitters — Home');
    await panel.rate('Positive');
    await panel.addNote('Friction', 'The menu hides the tents');
    await panel.click('button', 'Scorecard');
    await panel.answerCriterion('The home page says what the shop sells', 'pass');
    await panel.click('button', 'Journey');

    await Promise.all([shopPage.waitForNavigation(), shopPage.click('a.btn[href="/category/tents.html"]')]);
    await panel.waitForStep('Opened Tents');
    // At a reader's pace: each page is looked at until Trailnote has its screenshot (record-walk.spec.ts).
    await panel.settled();

    await shopPage.goto(shop.origin + '/checkout.html');
    await panel.waitForStep('Opened Checkout');
    await panel.settled();
    await shopPage.type('#fullName', typedName);
    await shopPage.type('#password', canary);
    // A press elsewhere: the tester is done with the password field.
    await shopPage.click('input[name="newsletter"]');
    await until('the three fields', async () => (await panel.dump()).steps.filter((step) => step.kind === 'input').length >= 3);

    await shopPage.goto(shop.origin + '/app/');
    await panel.waitForStep('Opened Overview');
    await panel.settled();
    await shopPage.click('a[data-view="routes"]');
    await until('the app route', async () => (await panel.dump()).steps.some((step) => step.kind === 'navigation' && step.navigation === 'route'));

    const dump = await panel.settled();
    await panel.stop();

    expect(dump.steps.map(describe)).toEqual([
      'load:/',
      'click:Shop tents',
      'load:/category/tents.html',
      'load:/checkout.html',
      'input:Full name',
      'input:Create a password',
      'input:Subscribe to trail news',
      'load:/app/',
      'click:Routes',
      'route:/app/routes',
    ]);
    const fields = Object.fromEntries(dump.steps.flatMap((step) => (step.kind === 'input' ? [[step.field.label, step.field]] : [])));
    expect(fields['Full name']).toMatchObject({ masked: true, maskReason: 'typed', mask: 'Aa_ ×15' });
    expect(fields['Create a password']).toMatchObject({ masked: true, maskReason: 'sensitive' });
    expect(fields['Create a password'].value).toBeUndefined();
    expect(fields['Subscribe to trail news']).toMatchObject({ masked: false });

    // Firefox's load figures: what Navigation Timing and LCP give, and no layout shift (Firefox has no such API).
    for (const load of dump.steps.filter((step) => step.kind === 'navigation' && step.navigation === 'load')) {
      expect(load.kind === 'navigation' && load.timing?.load, load.url).toBeGreaterThan(0);
      expect(load.kind === 'navigation' && load.timing?.cls, load.url).toBeUndefined();
    }

    // A screenshot for every page and click, taken by captureVisibleTab.
    const pictured = dump.steps.filter((step) => step.kind !== 'input');
    expect(pictured.filter((step) => !step.screenshotId).map((step) => [describe(step), step.problem])).toEqual([]);
    for (const shot of dump.screenshots) {
      expect(shot).toMatchObject({ imageType: 'image/jpeg', method: 'visible-tab' });
      expect(shot.imageBytes).toBeGreaterThan(5_000);
    }

    expect(dump.annotations).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'emotion', emotion: 1 }), expect.objectContaining({ kind: 'friction', text: 'The menu hides the tents' })]),
    );

    // Firefox reports no layout shift: a page's details say so, rather than leaving the figure out or showing 0.
    await panel.click('button', 'Details of step 8');
    const figures = await until('the figures of step 8', () =>
      panel.page.evaluate(() => {
        const rows = Array.from(document.querySelectorAll('.timings li'), (row) => (row.textContent ?? '').replace(/\s+/g, ' ').trim());
        return rows.length > 0 && rows;
      }),
    );
    // In its place among the figures, as in Chrome: after how the page loaded, before its file size.
    expect(figures.map((row) => row.replace(/ [\d.]+ (s|kB)$/, ''))).toEqual([
      'Server response (TTFB)',
      'Page readable',
      'Main content shown (LCP)',
      'Fully loaded',
      'Layout stability (CLS) not measured in Firefox',
      'Page file size',
    ]);

    // Every export of the map, saved by Firefox into the download folder: each file whole, and no secret in any.
    const map = await panel.openMap();
    const exported = async (button: string, name: string): Promise<Uint8Array> => {
      await (await until(button, () => controlNamed(map, 'button', button))).click();
      const bytes = await savedDownload(downloadDir, name);
      const text = strFromU8(bytes, true);
      expect(text, name).not.toContain(canary);
      expect(text, name).not.toContain(typedName);
      return bytes;
    };

    const zip = await exported('Export ZIP', 'Buy-a-tent-in-Firefox.trailnote.zip');
    const zipped = unzipSync(zip);
    expect(
      Object.keys(zipped)
        .filter((entry) => !/^(screenshots|thumbnails)\//.test(entry))
        .sort(),
    ).toEqual(['journey.json', 'lanes.csv', 'recorder.json', 'report.html', 'scorecard.csv']);
    expect(Object.keys(zipped).filter((entry) => entry.startsWith('screenshots/'))).toHaveLength(dump.screenshots.length);
    for (const bytes of Object.values(zipped)) {
      const text = strFromU8(bytes, true);
      expect(text).not.toContain(canary);
      expect(text).not.toContain(typedName);
    }

    const shared = JSON.parse(strFromU8(await exported('Export JSON', 'Buy-a-tent-in-Firefox.trailnote.json')));
    expect(shared).toMatchObject({
      format: 'trailnote.journey',
      version: 1,
      journey: { title: 'Buy a tent in Firefox', environment: { userAgent: expect.stringContaining('Firefox/') } },
    });
    expect(shared.steps).toHaveLength(dump.steps.length);

    // The report stands alone: its pictures inside it as data: addresses, no script, nothing fetched from the extension.
    const report = strFromU8(await exported('Export HTML report', 'Buy-a-tent-in-Firefox.html'));
    expect(report).toMatch(/^<!doctype html>/i);
    expect(report).toContain('The menu hides the tents');
    expect(report).toContain('data:image/jpeg;base64,');
    expect(report).not.toMatch(/<script|moz-extension:|blob:|src="http/i);

    // Firefox measures no layout stability: the CSV's page rows say so in that column, the clicks and routes leave it empty.
    const csv = strFromU8(await exported('Export CSV', 'Buy-a-tent-in-Firefox.csv'));
    const [header, ...rows] = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(dump.steps.length);
    const cls = header.split('","').indexOf('Layout stability (CLS)');
    expect(rows.map((row) => row.split('","')[cls])).toEqual(dump.steps.map((step) => (step.kind === 'navigation' && step.navigation === 'load' ? 'not measured in Firefox' : '')));

    const markdown = strFromU8(await exported('Export Markdown', 'Buy-a-tent-in-Firefox.md'));
    expect(markdown).toContain('# Buy a tent in Firefox\n');
    expect(markdown).toContain('- **Layout stability (CLS):** not measured in Firefox\n');
    expect(markdown).toContain('**Friction:** The menu hides the tents');

    // The Chrome Recorder flow replays the walk: @puppeteer/replay reads it, and it starts at the shop.
    const flow = parse(JSON.parse(strFromU8(await exported('Export Chrome Recorder', 'Buy-a-tent-in-Firefox.recorder.json'))));
    expect(flow.title).toBe('Buy a tent in Firefox');
    expect(flow.steps).toContainEqual(expect.objectContaining({ type: 'navigate', url: shop.origin + '/' }));

    const scorecard = strFromU8(await exported('Export scorecard CSV', 'Buy-a-tent-in-Firefox.scorecard.csv'));
    // Stage, criterion, weight, critical, answer, comment, evidence step (the home page: step 1), score.
    expect(scorecard).toMatch(/"Awareness","The home page says what the shop sells","\d+","[^"]*","Pass","","1","100"/);
    await map.screenshot({ path: test.info().outputPath('firefox-map.png') });
    await panel.page.evaluate(() => document.querySelector('.timings')?.scrollIntoView({ block: 'center' }));
    await panel.page.screenshot({ path: test.info().outputPath('firefox-panel.png') });

    // The ZIP imported back, read in the import worker of a Firefox extension page: a second walk, the same steps.
    const zipPath = join(downloadDir, 'Buy-a-tent-in-Firefox.trailnote.zip');
    await panel.click('button', 'Library');
    await panel.importFiles(zipPath);
    await panel.control('button', 'Open “Buy a tent in Firefox”', { selector: '.outcomes', hasText: 'Buy a tent in Firefox' });
    const both = await panel.dump();
    const imported = both.journeys.find((journey) => journey.importedAt !== undefined);
    expect(both.journeys).toHaveLength(2);
    expect(imported).toMatchObject({ title: 'Buy a tent in Firefox', environment: { userAgent: expect.stringContaining('Firefox/') } });
    expect(both.steps.filter((step) => step.journeyId === imported?.id).map(describe)).toEqual(dump.steps.map(describe));
    expect(both.screenshots).toHaveLength(2 * dump.screenshots.length);

    // The library: rename the imported walk, delete it, Undo, and open it.
    const importedEntry = { selector: '.entry', hasText: 'Imported' };
    await panel.click('button', 'Rename “Buy a tent in Firefox”', importedEntry);
    // The entry being renamed is a form with the title's field (the one form of its kind: one entry is renamed at a time).
    const renaming = { selector: '.entry form.rename', hasText: '' };
    const title = await panel.control('textbox', 'Journey title', renaming);
    await title.evaluate((input) => ((input as HTMLInputElement).value = ''));
    await title.type('Tent walk, imported back');
    await panel.click('button', 'Save', renaming);
    await until('the new title', async () => (await panel.dump()).journeys.some((journey) => journey.title === 'Tent walk, imported back'));
    await panel.click('button', 'Delete “Tent walk, imported back”');
    await panel.click('button', 'Delete journey');
    // Undo is offered for 10 s: the library is read, not the whole store, before it is pressed.
    await until('the walk gone from the library', () =>
      panel.page.evaluate(() => !Array.from(document.querySelectorAll('.entry'), (entry) => entry.textContent ?? '').some((text) => text.includes('Tent walk, imported back'))),
    );
    await panel.click('button', 'Undo');
    const undone = await until('the walk back', async () => {
      const back = await panel.dump();
      return back.journeys.length === 2 && back;
    });
    expect(undone.steps).toHaveLength(both.steps.length);
    expect(undone.screenshots).toHaveLength(both.screenshots.length);
    await panel.page.screenshot({ path: test.info().outputPath('firefox-library.png') });
    await panel.click('button', 'Open “Tent walk, imported back”');
    await panel.waitForStep('Opened Overview');
    const stored = await panel.rawStoreText();
    expect(stored).not.toContain(canary);
    expect(stored).not.toContain(typedName);
  } finally {
    await firefox.close();
    await shop.close();
    await rm(downloadDir, { recursive: true, force: true });
  }
});
