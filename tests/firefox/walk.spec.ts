import { expect, test } from '@playwright/test';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Step } from '../../lib/journey/types';
import { startShop } from '../shop/server';
import { controlNamed, launchFirefox, until } from './firefox';
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

test('walks the demo shop in Firefox ESR: pages, a click, masked fields and an app route, rated and noted, mapped and exported with no secret', async () => {
  // Firefox starts, installs the add-on and walks four pages: a minute quiet, four and more on a loaded 2-core machine.
  test.setTimeout(600_000);
  const shop = await startShop();
  const { browser: firefox, downloadDir } = await launchFirefox();
  try {
    const [shopPage] = await firefox.pages();
    await shopPage.goto(shop.origin + '/');
    const panel = await FirefoxPanel.besideTab(firefox, shopPage);
    await panel.start('Buy a tent in Firefox');
    await panel.waitForStep('Opened Northwind Outfitters — Home');
    await panel.rate('Positive');
    await panel.addNote('Friction', 'The menu hides the tents');

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
    const figures = await until('the figures of step 8', () => panel.page.evaluate(() => document.querySelector('.timings')?.textContent?.replace(/\s+/g, ' ')));
    expect(figures).toContain('Layout stability (CLS) not measured in Firefox');
    expect(figures).toMatch(/Fully loaded \d/);

    const stored = await panel.rawStoreText();
    expect(stored).not.toContain(canary);
    expect(stored).not.toContain(typedName);

    // The map's Export ZIP, saved by Firefox into the download folder.
    const map = await panel.openMap();
    await (await until('Export ZIP', () => controlNamed(map, 'button', 'Export ZIP'))).click();
    // Firefox writes into name.part beside an empty name, and renames the part once the file is whole.
    const zipName = await until('the ZIP on disk', async () => {
      const names = await readdir(downloadDir);
      return !names.some((name) => name.endsWith('.part')) && names.find((name) => name.endsWith('.zip'));
    });
    expect(zipName).toBe('Buy-a-tent-in-Firefox.trailnote.zip');
    const zipped = unzipSync(await readFile(join(downloadDir, zipName)));
    expect(
      Object.keys(zipped)
        .filter((entry) => !/^(screenshots|thumbnails)\//.test(entry))
        .sort(),
    ).toEqual(['journey.json', 'lanes.csv', 'recorder.json', 'report.html']);
    expect(Object.keys(zipped).filter((entry) => entry.startsWith('screenshots/'))).toHaveLength(dump.screenshots.length);
    const shared = JSON.parse(strFromU8(zipped['journey.json']));
    expect(shared).toMatchObject({ format: 'trailnote.journey', version: 1, journey: { title: 'Buy a tent in Firefox' } });
    expect(shared.steps).toHaveLength(dump.steps.length);
    for (const bytes of Object.values(zipped)) {
      const text = strFromU8(bytes, true);
      expect(text).not.toContain(canary);
      expect(text).not.toContain(typedName);
    }
    await map.screenshot({ path: test.info().outputPath('firefox-map.png') });
    await panel.page.evaluate(() => document.querySelector('.timings')?.scrollIntoView({ block: 'center' }));
    await panel.page.screenshot({ path: test.info().outputPath('firefox-panel.png') });
  } finally {
    await firefox.close();
    await shop.close();
    await rm(downloadDir, { recursive: true, force: true });
  }
});
