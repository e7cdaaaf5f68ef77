/**
 * A generated journey of the size the scale figures are measured on (2,000 steps, 500 screenshots), written
 * straight into the extension's store from one of its pages. Benchmarks and scale tests share it, so the panel,
 * the map and the exports are measured on the same walk.
 */
import type { Page } from '@playwright/test';
import { DB_VERSION } from '../lib/db/migrations';
import type { BenchEnv } from './section';

export interface BigJourneyOptions {
  steps?: number;
  screenshots?: number;
  /** Journey id; one is made up when absent. */
  id?: string;
  title?: string;
  /** Scorecard criteria, all answered, spread over the six stages (issue 18); none when absent. */
  scorecardCriteria?: number;
}

/**
 * A new page of the extension, of the given size, whose store holds a big journey: the panel's library is opened
 * first, which creates the store. Returns the page (left on the library) and the journey's id.
 */
export async function pageWithBigJourney(
  { context, extensionId, progress }: Pick<BenchEnv, 'context' | 'extensionId' | 'progress'>,
  viewport: { width: number; height: number },
  options: BigJourneyOptions = {},
): Promise<{ page: Page; journeyId: string }> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await page.getByText('No journey yet').waitFor();
  const criteria = options.scorecardCriteria ? ` and ${options.scorecardCriteria} answered criteria` : '';
  progress(`seeding ${(options.steps ?? 2000).toLocaleString('en')} steps, ${options.screenshots ?? 500} screenshots${criteria}`);
  return { page, journeyId: await seedBigJourney(page, options) };
}

/**
 * Seeds the store and returns the journey id. `extensionPage` must be a page of the extension (same origin
 * as the store), opened after Trailnote created its database (it does on its first walk or first panel): the
 * seeder writes rows of the current version and refuses a store of any other.
 */
export async function seedBigJourney(extensionPage: Page, options: BigJourneyOptions = {}): Promise<string> {
  const settings = {
    steps: options.steps ?? 2000,
    screenshots: options.screenshots ?? 500,
    id: options.id ?? `big-${Date.now().toString(36)}`,
    title: options.title ?? 'Generated walk: 2,000 steps',
    version: DB_VERSION,
    criteriaTotal: options.scorecardCriteria ?? 0,
  };
  return extensionPage.evaluate(async ({ steps: stepTotal, screenshots: shotTotal, id, title, version, criteriaTotal }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('trailnote');
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error('Trailnote has not created its store yet: open the panel or walk first.'));
    });
    if (db.version !== version) {
      db.close();
      throw new Error(`The store is at version ${db.version}, the seeder writes version ${version}.`);
    }

    const stageIds = ['awareness', 'consideration', 'decision', 'purchase', 'service', 'loyalty'];
    const stageNames = ['Awareness', 'Consideration', 'Decision', 'Purchase', 'Service', 'Loyalty'];
    const startedAt = Date.now() - stepTotal * 4000;
    const pages = ['/', '/category/tents.html', '/product/trailhead-2.html', '/cart', '/checkout.html', '/help/returns.html'];

    async function jpeg(width: number, height: number, seq: number): Promise<Blob> {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d')!;
      context.fillStyle = `hsl(${(seq * 47) % 360} 45% 88%)`;
      context.fillRect(0, 0, width, height);
      context.fillStyle = `hsl(${(seq * 47) % 360} 40% 35%)`;
      context.fillRect(width * 0.06, height * 0.08, width * 0.88, height * 0.12);
      for (let line = 0; line < 6; line++) context.fillRect(width * 0.06, height * (0.3 + line * 0.1), width * (0.3 + ((seq + line) % 5) * 0.1), height * 0.04);
      context.font = `${Math.round(height / 8)}px sans-serif`;
      context.fillText(`Step ${seq}`, width * 0.08, height * 0.9);
      return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.7 });
    }

    const steps: Record<string, unknown>[] = [];
    const shots: Record<string, unknown>[] = [];
    const annotations: Record<string, unknown>[] = [];
    const shotEvery = Math.max(1, Math.floor(stepTotal / Math.max(1, shotTotal)));
    for (let seq = 1; seq <= stepTotal; seq++) {
      const stepId = `${id}-s${seq}`;
      const at = startedAt + seq * 4000;
      const stageId = stageIds[Math.min(stageIds.length - 1, Math.floor(((seq - 1) / stepTotal) * stageIds.length))];
      const path = pages[seq % pages.length];
      const base = { id: stepId, journeyId: id, seq, at, stageId, url: `https://shop.example${path}`, title: `Northwind Outfitters — page ${seq % 40}`, tabId: 1 };
      const target = { text: `Button ${seq % 25}`, role: 'button', tag: 'button', selectors: [`aria/Button ${seq % 25}`, `#b${seq % 25}`] };
      let step: Record<string, unknown>;
      switch (seq % 4) {
        case 1:
          step = {
            ...base,
            kind: 'navigation',
            navigation: seq % 8 === 1 ? 'load' : 'route',
            timing: {
              ttfb: 80 + (seq % 13) * 40,
              domContentLoaded: 300 + (seq % 7) * 50,
              load: 600 + (seq % 11) * 120,
              lcp: 700 + (seq % 9) * 150,
              cls: (seq % 5) / 100,
              transferSize: 20000 + seq * 10,
            },
          };
          break;
        case 2:
          step = { ...base, kind: 'click', target, point: { x: 100 + (seq % 900), y: 80 + (seq % 600), viewportWidth: 1280, viewportHeight: 800 } };
          break;
        case 3:
          step = {
            ...base,
            kind: 'input',
            target: { ...target, role: 'textbox', tag: 'input' },
            field: { label: `Field ${seq % 9}`, name: `field${seq % 9}`, type: 'text', masked: true, maskReason: 'typed', mask: 'Aa ×12' },
          };
          break;
        default:
          step = { ...base, kind: 'submit', target };
      }
      if (seq % 40 === 0) step.keyMoment = true;
      if (step.kind !== 'input' && shots.length < shotTotal && seq % shotEvery === 0) {
        const shotId = `${stepId}-shot`;
        step.screenshotId = shotId;
        shots.push({
          id: shotId,
          journeyId: id,
          stepId,
          takenAt: at + 200,
          image: await jpeg(1280, 800, seq),
          thumbnail: await jpeg(320, 200, seq),
          width: 1280,
          height: 800,
          method: 'visible-tab',
          pageUrl: base.url,
        });
      }
      steps.push(step);
      if (seq % 5 === 0) annotations.push({ id: `${stepId}-e`, journeyId: id, stepId, at: at + 1000, kind: 'emotion', emotion: ((seq / 5) % 5) - 2 });
      if (seq % 7 === 0) {
        const kinds = ['friction', 'pain-point', 'opportunity', 'delight', 'note'];
        annotations.push({
          id: `${stepId}-n`,
          journeyId: id,
          stepId,
          at: at + 1500,
          kind: kinds[(seq / 7) % kinds.length],
          text: `Note on step ${seq}: the page could say more about delivery times.`,
        });
      }
    }

    const journey = {
      id,
      title,
      site: 'shop.example',
      persona: 'First-time camper',
      goal: 'Buy a tent for a weekend trip',
      kind: 'own',
      startedAt,
      endedAt: startedAt + (stepTotal + 1) * 4000,
      status: 'stopped',
      stages: stageIds.map((stageId, index) => ({ id: stageId, name: stageNames[index] })),
      currentStageId: stageIds[0],
      recordTypedText: false,
      environment: { userAgent: navigator.userAgent, language: 'en-US', viewport: { width: 1280, height: 800 }, startUrl: 'https://shop.example/' },
      stepCount: stepTotal,
      ...(criteriaTotal > 0 && { scorecard: scorecard() }),
    };

    /** A template of `criteriaTotal` criteria over the stages, every one answered with a step of its stage as evidence. */
    function scorecard() {
      const verdicts = ['pass', 'partial', 'fail', 'pass', 'not-applicable'];
      const groups = stageIds.map((stageId, index) => ({ stageId, stageName: stageNames[index], criteria: [] as Record<string, unknown>[] }));
      const answers: Record<string, unknown>[] = [];
      for (let n = 1; n <= criteriaTotal; n++) {
        const stage = (n - 1) % stageIds.length;
        const rating = n % 10 === 0;
        groups[stage].criteria.push({
          id: `c${n}`,
          text: `Criterion ${n}: the page says what the customer needs here`,
          scale: rating ? 'rating' : 'verdict',
          weight: 1 + (n % 3),
          critical: n % 17 === 0,
        });
        const evidence = steps.find((step) => step.stageId === stageIds[stage] && Number(step.seq) % 50 === n % 50) ?? steps.find((step) => step.stageId === stageIds[stage]);
        answers.push({
          criterionId: `c${n}`,
          answer: rating ? 1 + (n % 5) : verdicts[n % verdicts.length],
          stepId: evidence?.id,
          comment: n % 3 === 0 ? `Comment on criterion ${n}` : undefined,
          at: startedAt + n * 1000,
        });
      }
      return {
        template: { id: `${id}-template`, title: 'Generated scorecard', language: 'en', groups },
        answers: answers.map((answer) => JSON.parse(JSON.stringify(answer)) as Record<string, unknown>),
      };
    }

    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['journeys', 'steps', 'screenshots', 'annotations'], 'readwrite');
      tx.objectStore('journeys').add(journey);
      for (const step of steps) tx.objectStore('steps').add(step);
      for (const shot of shots) tx.objectStore('screenshots').add(shot);
      for (const annotation of annotations) tx.objectStore('annotations').add(annotation);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    db.close();
    return id;
  }, settings);
}
