import { strToU8, zipSync, type Zippable } from 'fflate';
import { openJourneyDb, type JourneyBundle } from '../../../lib/db';
import { defaultStages } from '../../../lib/db/default-stages';
import { journeyFile, type JourneyFile } from '../../../lib/export/journey-file';

/** Share files for import tests: a valid journey, its ZIP, and what the store holds around an import. */

/**
 * The smallest JPEG image-size reads: SOI, a JFIF APP0, a baseline SOF0 with the size, EOI. Never decoded:
 * unit tests give the import a thumbnail maker.
 */
export function fakeJpeg(width: number, height: number): Uint8Array<ArrayBuffer> {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9]);
}

const stages = defaultStages();
const page = { journeyId: 'j1', tabId: 3, url: 'https://shop.example/', title: 'Shop — Home' };
const target = (text: string) => ({ text, role: 'button', tag: 'button', selectors: [`aria/${text}`, ['gift-wrap', '[data-testid="x"]'], 'xpath///button'] });

/** A walk with every kind of step, a masked and a sensitive field, two screenshots and each kind of note. */
export const sharedBundle: JourneyBundle = {
  journey: {
    id: 'j1',
    title: 'Buy a tent',
    site: 'shop.example',
    persona: 'Camper',
    goal: 'Buy a tent',
    kind: 'competitor',
    startedAt: 1_000,
    endedAt: 60_000,
    status: 'stopped',
    stages,
    currentStageId: 'purchase',
    recordTypedText: false,
    environment: { userAgent: 'Chrome/156', language: 'en', viewport: { width: 1280, height: 800 }, startUrl: 'https://shop.example/' },
    stepCount: 7,
  },
  steps: [
    {
      ...page,
      id: 's1',
      seq: 1,
      at: 1_000,
      stageId: 'awareness',
      kind: 'navigation',
      navigation: 'load',
      timing: { ttfb: 120, load: 900, lcp: 700, cls: 0.02 },
      screenshotId: 'shot1',
    },
    {
      ...page,
      id: 's2',
      seq: 2,
      at: 2_000,
      stageId: 'awareness',
      kind: 'click',
      target: target('Shop tents'),
      point: { x: 10, y: 20, viewportWidth: 1280, viewportHeight: 800 },
      screenshotId: 'shot2',
      keyMoment: true,
    },
    {
      ...page,
      id: 's3',
      seq: 3,
      at: 2_500,
      stageId: 'consideration',
      kind: 'navigation',
      navigation: 'route',
      url: 'https://shop.example/#tents',
      title: 'Tents',
      label: 'Browsed the tents',
    },
    {
      ...page,
      id: 's4',
      seq: 4,
      at: 4_000,
      stageId: 'purchase',
      kind: 'input',
      target: target('Email'),
      field: { label: 'Email', name: 'email', type: 'email', masked: true, maskReason: 'typed', mask: 'a@ ×18' },
    },
    {
      ...page,
      id: 's5',
      seq: 5,
      at: 5_000,
      stageId: 'purchase',
      kind: 'input',
      target: target('Card'),
      field: { label: 'Card number', name: 'cc', type: 'text', masked: true, maskReason: 'sensitive' },
    },
    {
      ...page,
      id: 's6',
      seq: 6,
      at: 6_000,
      stageId: 'purchase',
      kind: 'input',
      target: target('Colour'),
      field: { label: 'Colour', name: 'colour', type: 'select-one', masked: false, value: 'Sand' },
    },
    { ...page, id: 's7', seq: 8, at: 7_000, stageId: 'purchase', kind: 'submit', target: target('Pay'), problem: { code: 'capture-failed', message: 'The tab was hidden' } },
  ],
  annotations: [
    { id: 'a1', journeyId: 'j1', stepId: 's1', at: 1_500, kind: 'emotion', emotion: 1 },
    { id: 'a2', journeyId: 'j1', stepId: 's1', at: 1_600, kind: 'delight', text: 'Clear hero' },
    { id: 'a3', journeyId: 'j1', stepId: 's3', at: 3_500, kind: 'pain-point', text: 'Slow, "very" slow' },
    { id: 'a4', journeyId: 'j1', stepId: 's3', at: 3_600, kind: 'emotion', emotion: -2 },
    { id: 'a5', journeyId: 'j1', stepId: 's4', at: 4_100, kind: 'friction', text: 'Why an email?' },
    { id: 'a6', journeyId: 'j1', stepId: 's6', at: 6_100, kind: 'opportunity', text: 'Show the colours' },
    { id: 'a7', journeyId: 'j1', stepId: 's7', at: 7_100, kind: 'note', text: 'Stopped before paying' },
  ],
};

/** The walk's journey.json, as a fresh object each time (tests mutate it). */
export const sharedFile = (): JourneyFile => structuredClone(journeyFile(sharedBundle, 99_000));

/** Pictures of the walk's two screenshots, by ZIP entry, thumbnails included. */
export function sharedPictures(): Zippable {
  return {
    'screenshots/shot1.jpg': fakeJpeg(1280, 800),
    'thumbnails/shot1.jpg': fakeJpeg(320, 200),
    'screenshots/shot2.jpg': fakeJpeg(1280, 720),
    'thumbnails/shot2.jpg': fakeJpeg(320, 180),
  };
}

/** A share ZIP: journey.json (any value) and the given entries. */
export function zipOf(journey: unknown, entries: Zippable = sharedPictures()): Uint8Array<ArrayBuffer> {
  return zipSync({ 'journey.json': strToU8(typeof journey === 'string' ? journey : JSON.stringify(journey)), ...entries });
}

export const blobOf = (data: string | Uint8Array<ArrayBuffer>): Blob => new Blob([data]);

/** Every row the store holds, for checking that a rejected import changed nothing. */
export async function storeContents(): Promise<Record<string, unknown[]>> {
  const db = await openJourneyDb();
  const read = async (store: 'journeys' | 'steps' | 'screenshots' | 'annotations') =>
    (await db.getAll(store)).map((row) => ('image' in row ? { ...row, image: row.image.size, thumbnail: row.thumbnail.size } : row));
  return { journeys: await read('journeys'), steps: await read('steps'), screenshots: await read('screenshots'), annotations: await read('annotations') };
}
