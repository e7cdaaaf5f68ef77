import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addJourneyRows, getScreenshot, listJourneys, loadJourneyBundle, saveScreenshot } from '../../lib/db';
import { journeyFile, type JourneyFile } from '../../lib/export/journey-file';
import { TEXT_LIMITS } from '../../lib/journey/limits';
import { recorderFlow } from '../../lib/export/recorder-flow';
import { shareZip } from '../../lib/export/share-zip';
import { importJourney } from '../../lib/import/import-journey';
import { blobOf, fakeJpeg, sharedBundle, sharedFile, sharedPictures, storeContents, zipOf } from './support/shared-files';
import { useFreshStore } from './support/rows';

useFreshStore();

const makeThumbnail = vi.fn(async (image: Blob) => new Blob([await image.arrayBuffer()], { type: 'image/jpeg' }));
const options = { makeThumbnail, now: 123_456 };
beforeEach(() => {
  makeThumbnail.mockClear();
});

/** The walk as a tester exports it: journey.json with ids replaced by their order of appearance. */
function comparable(file: JourneyFile): unknown {
  const names = new Map<string, string>();
  const named = (id: string) => names.get(id) ?? names.set(id, `#${names.size + 1}`).get(id);
  const text = JSON.stringify({ ...file, exportedAt: 0 }, (key, value: unknown) =>
    (key === 'id' && typeof value === 'string') || key === 'stepId' ? named(String(value)) : key === 'screenshot' ? named(String(value)) : value,
  );
  return JSON.parse(text);
}

async function storeSharedWalk(): Promise<void> {
  const { journey, steps, annotations } = sharedBundle;
  await addJourneyRows({ journey, steps: steps.map(({ screenshotId: _shot, ...step }) => step), screenshots: [], annotations });
  for (const [index, step] of steps.filter((step) => step.screenshotId).entries()) {
    await saveScreenshot({
      id: step.screenshotId!,
      journeyId: journey.id,
      stepId: step.id,
      takenAt: step.at,
      image: new Blob([fakeJpeg(1280, 800 - index)], { type: 'image/jpeg' }),
      thumbnail: new Blob([fakeJpeg(320, 200 - index)], { type: 'image/jpeg' }),
      width: 1280,
      height: 800 - index,
      method: 'visible-tab',
    });
  }
}

describe('importing a share ZIP', () => {
  it('gives the journey back under new ids, with its pictures, stages, notes and emotions', async () => {
    await storeSharedWalk();
    const original = await loadJourneyBundle('j1');
    const zip = await shareZip(original);

    const { rows, source } = await importJourney(blobOf(zip), options);
    expect(source).toBe('zip');
    expect(rows.journey.id).not.toBe('j1');
    expect(rows.journey).toMatchObject({ title: 'Buy a tent', status: 'stopped', importedAt: 123_456, stepCount: 8, currentStageId: 'awareness' });
    expect(rows.steps.map((step) => step.id)).not.toContain('s1');
    expect(rows.screenshots).toHaveLength(2);
    expect(makeThumbnail).not.toHaveBeenCalled(); // the ZIP carried them

    const imported = await loadJourneyBundle(rows.journey.id);
    expect(imported.steps.map((step) => step.seq)).toEqual([1, 2, 3, 4, 5, 6, 8]);
    expect(imported.annotations.map((a) => a.text ?? a.emotion)).toEqual([1, 'Clear hero', 'Slow, "very" slow', -2, 'Why an email?', 'Show the colours', 'Stopped before paying']);
    const shot = await getScreenshot(imported.steps[0].screenshotId!);
    expect(shot).toMatchObject({ stepId: imported.steps[0].id, width: 1280, height: 800, method: 'imported', takenAt: 1_000 });
    expect(shot!.image.type).toBe('image/jpeg');
    expect(new Uint8Array(await shot!.thumbnail.arrayBuffer())).toEqual(fakeJpeg(320, 200));
    expect((await listJourneys()).map((journey) => journey.id).sort()).toEqual(['j1', rows.journey.id].sort());
  });

  it('round trip: export, import and export again give the same file, ids and dates aside', async () => {
    await storeSharedWalk();
    const first = journeyFile(await loadJourneyBundle('j1'));
    const { rows } = await importJourney(blobOf(await shareZip(await loadJourneyBundle('j1'))), options);
    const second = journeyFile(await loadJourneyBundle(rows.journey.id));
    expect(comparable(second)).toEqual(comparable(first));
    expect(second.steps.filter((step) => step.screenshot)).toHaveLength(2);
  });

  it('draws thumbnails when the ZIP has none (share files made before they travelled along)', async () => {
    const pictures = sharedPictures();
    delete pictures['thumbnails/shot1.jpg'];
    const { rows } = await importJourney(blobOf(zipOf(sharedFile(), pictures)), options);
    expect(makeThumbnail).toHaveBeenCalledOnce();
    expect(rows.screenshots).toHaveLength(2);
  });

  it('draws a thumbnail again when the ZIP’s is no fit thumbnail (not a JPEG, or too big)', async () => {
    const pictures = { ...sharedPictures(), 'thumbnails/shot1.jpg': strToU8('GIF89a'), 'thumbnails/shot2.jpg': fakeJpeg(4_000, 3_000) };
    const { rows } = await importJourney(blobOf(zipOf(sharedFile(), pictures)), options);
    expect(makeThumbnail).toHaveBeenCalledTimes(2);
    expect(rows.screenshots).toHaveLength(2);
  });

  it('reads ZIPs streamed with data descriptors, as macOS and streaming tools write them, byte for byte', async () => {
    // A picture holding the data-descriptor signature: a reader that looks for signatures would cut it there.
    const picture = new Uint8Array([...fakeJpeg(1280, 800).slice(0, -2), 0x50, 0x4b, 0x07, 0x08, 1, 2, 3, 0xff, 0xd9]);
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    const add = (name: string, data: Uint8Array, deflate: boolean) => {
      const entry = deflate ? new ZipDeflate(name) : new ZipPassThrough(name);
      zip.add(entry);
      entry.push(data, true);
    };
    add('journey.json', strToU8(JSON.stringify(sharedFile())), true);
    add('screenshots/shot1.jpg', picture, false);
    add('screenshots/shot2.jpg', fakeJpeg(1280, 720), false);
    zip.end();
    const { rows } = await importJourney(new Blob(chunks.map((chunk) => chunk.slice())), options);
    expect(new Uint8Array(await rows.screenshots[0].image.arrayBuffer())).toEqual(picture);
  });

  it('imports the same file twice as two journeys', async () => {
    const zip = zipOf(sharedFile());
    const one = await importJourney(blobOf(zip), options);
    const two = await importJourney(blobOf(zip), options);
    expect(one.rows.journey.id).not.toBe(two.rows.journey.id);
    expect((await storeContents()).steps).toHaveLength(14);
  });

  it('skips the entries it does not need (report, CSV, recorder flow, a Mac’s __MACOSX folder)', async () => {
    const entries = { ...sharedPictures(), 'report.html': new Uint8Array([1]), '__MACOSX/._journey.json': new Uint8Array([0]), 'docs/': {} };
    const { rows } = await importJourney(blobOf(zipOf(sharedFile(), entries)), options);
    expect(rows.steps).toHaveLength(7);
  });
});

describe('importing a JSON share file', () => {
  it('imports the steps without screenshots', async () => {
    const { rows, source } = await importJourney(blobOf(JSON.stringify(sharedFile())), options);
    expect(source).toBe('json');
    expect(rows.screenshots).toHaveLength(0);
    expect(rows.steps.every((step) => step.screenshotId === undefined)).toBe(true);
    expect(rows.annotations).toHaveLength(7);
  });

  it('reads a file with a byte-order mark', async () => {
    const { rows } = await importJourney(blobOf('\ufeff' + JSON.stringify(sharedFile())), options);
    expect(rows.steps).toHaveLength(7);
  });

  it('keeps nothing the privacy rules forbid, whatever the file holds', async () => {
    const file = sharedFile();
    const input = (index: number) => {
      const step = file.steps[index];
      if (step.kind !== 'input') throw new Error('fixture changed');
      return step;
    };
    const secretTyped = 'camper@example.com';
    const email = input(3);
    email.field = { ...email.field, masked: false, maskReason: undefined, value: secretTyped };
    const card = input(4);
    card.field = { ...card.field, masked: false, value: '4242 4242 4242 4242', mask: '9_ ×19' };
    file.steps.push(
      { ...email, id: 'pw', seq: 20, field: { label: 'Choose one', name: 'p', type: 'password', masked: false, value: 'hunter2-secret' } },
      { ...email, id: 'cvc', seq: 21, field: { label: 'Code', name: 'cvc', type: 'text', masked: false, value: '321' } },
      // A parent's id in a selector is no field's name: a login page's checkbox stays a choice.
      {
        ...email,
        id: 'show',
        seq: 23,
        target: { ...email.target, selectors: ['#forgot-password > input'] },
        field: { label: 'Show password', name: 'show', type: 'checkbox', masked: false, value: 'checked' },
      },
      { ...email, id: 'fake-mask', seq: 22, field: { label: 'Town', name: 'town', type: 'text', masked: true, maskReason: 'typed', mask: 'Paris-secret-town' } },
      // A masked menu with its chosen option, and a first option that is a saved card's id.
      {
        ...email,
        id: 'menu',
        seq: 24,
        field: {
          label: 'Pay with',
          name: 'savedcard',
          type: 'select-one',
          masked: true,
          maskReason: 'sensitive',
          optionValue: 'amex',
          rules: { option: 'pm_1NxYzAbC2dE9', required: true },
        },
      },
    );
    const { rows } = await importJourney(blobOf(JSON.stringify(file)), options);
    const text = JSON.stringify(await storeContents());
    for (const secret of [secretTyped, '4242', '9_ ×19', 'hunter2', '"321"', 'Paris-secret', 'amex', 'pm_1N']) expect(text, secret).not.toContain(secret);
    const fields = rows.steps.flatMap((step) => (step.kind === 'input' ? [step.field] : []));
    expect(fields.map((field) => [field.label, field.maskReason ?? 'clear', field.mask ?? field.value ?? ''])).toEqual([
      ['Email', 'typed', 'a@ ×18'], // masked again, from the value the file held
      ['Card number', 'sensitive', ''],
      ['Colour', 'clear', 'Sand'], // a choice keeps its value
      ['Choose one', 'sensitive', ''], // a password field, whatever its label
      ['Code', 'sensitive', ''], // its name is the card code's
      ['Town', 'typed', ''], // a mask that is no mask is dropped
      ['Show password', 'clear', 'checked'],
      ['Pay with', 'sensitive', ''],
    ]);
    expect(fields.at(-1)?.rules).toEqual({ required: true });
  });

  it('keeps of every address only what the address rule lets through, whatever the file holds', async () => {
    const file = sharedFile();
    const email = file.steps.find((step) => step.kind === 'input' && step.field.name === 'email');
    const page = file.steps.find((step) => step.kind === 'navigation');
    if (!email || !page || !file.journey.environment) throw new Error('fixture changed');
    const landing = 'https://shop.example/pay/?email=ada%40example.com&token=CANARY-TOKEN-1&n=4242+4242+4242+4242';
    file.steps.push({ ...page, id: 'landing', seq: 30, url: landing, title: landing, frameUrl: 'https://pay.example/frame#access_token=CANARY-TOKEN-2' });
    file.journey.environment.startUrl = 'https://shop.example/?session=CANARY-SESSION';
    const { rows } = await importJourney(blobOf(JSON.stringify(file)), options);
    const text = JSON.stringify(await storeContents());
    for (const secret of ['ada%40example.com', 'CANARY', '4242']) expect(text, secret).not.toContain(secret);
    const kept = rows.steps.find((step) => step.seq === 30);
    expect(kept?.url).toBe('https://shop.example/pay/?email=[masked:a@×15]&token=[redacted]&n=[redacted]');
    expect(kept?.title).toBe(kept?.url);
    expect(kept?.frameUrl).toBe('https://pay.example/frame#access_token=[redacted]');
    expect(rows.journey.environment?.startUrl).toBe('https://shop.example/?session=[redacted]');
  });

  it('keeps a signal’s message under the address rule, and drops a signal whose message is longer than a signal holds', async () => {
    const file = sharedFile();
    const page = file.steps.find((step) => step.kind === 'navigation');
    if (!page) throw new Error('fixture changed');
    const formError = {
      id: `${page.id}:form-error`,
      kind: 'form-error' as const,
      at: page.at,
      status: 'suggested' as const,
      evidence: { messages: 1 },
      thresholds: { windowMs: 2000 },
    };
    page.signals = [{ ...formError, message: 'No member has the code “[masked:A9×10]”. See https://shop.example/help?token=CANARY-TOKEN-3' }];
    const { rows } = await importJourney(blobOf(JSON.stringify(file)), options);
    const imported = (found: typeof rows) => found.steps.find((step) => step.seq === page.seq);
    expect(imported(rows)?.signals?.[0].message).toBe('No member has the code “[masked:A9×10]”. See https://shop.example/help?token=[redacted]');
    page.signals = [{ ...formError, message: 'x'.repeat(TEXT_LIMITS.signalMessage + 1) }];
    expect(imported((await importJourney(blobOf(JSON.stringify(file)), options)).rows)?.signals).toEqual([]);
  });

  it('keeps typed text when the journey recorded it', async () => {
    const file = sharedFile();
    file.journey.recordTypedText = true;
    const email = file.steps[3];
    if (email.kind !== 'input') throw new Error('fixture changed');
    email.field = { label: 'Email', name: 'email', type: 'email', masked: false, value: 'camper@example.com' };
    const { rows } = await importJourney(blobOf(JSON.stringify(file)), options);
    expect(rows.steps[3]).toMatchObject({ field: { masked: false, value: 'camper@example.com' } });
  });

  it('imports markup in every string as text, unchanged', async () => {
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const text = JSON.stringify(sharedFile(), (key, value: unknown) =>
      typeof value === 'string' && !['format', 'kind', 'navigation', 'maskReason', 'code', 'screenshot', 'id', 'stepId', 'stageId'].includes(key) ? `${value}${markup}` : value,
    );
    const { rows } = await importJourney(blobOf(text), options);
    expect(rows.journey.title).toBe(`Buy a tent${markup}`);
    expect(rows.journey.stages[0].name).toBe(`Awareness${markup}`);
    expect(rows.annotations[1].text).toBe(`Clear hero${markup}`);
    const bundle = await loadJourneyBundle(rows.journey.id);
    expect(bundle.steps[1]).toMatchObject({ title: `Shop — Home${markup}`, target: { text: `Shop tents${markup}` } });
  });

  it('accepts files from other tools that leave out what Trailnote adds (exportedAt, environment, navigation)', async () => {
    const { exportedAt: _at, ...rest } = sharedFile();
    const { environment: _env, ...journey } = rest.journey;
    const steps = rest.steps.map((step) => (step.kind === 'navigation' ? { ...step, navigation: undefined } : step));
    const { rows } = await importJourney(blobOf(JSON.stringify({ ...rest, journey, steps })), options);
    expect(rows.steps[0]).toMatchObject({ kind: 'navigation', navigation: 'load' });
    expect(rows.journey.environment).toBeUndefined();
  });

  it('drops fields and problem codes it does not know (a newer version 1 may add some)', async () => {
    const shared = sharedFile();
    const steps = shared.steps.map((step, index) => (index === 0 ? { ...step, heatmap: [1, 2] } : index === 6 ? { ...step, problem: { code: 'on-fire', message: 'x' } } : step));
    const file = { ...shared, steps, futureField: { anything: true } };
    const { rows } = await importJourney(blobOf(JSON.stringify(file)), options);
    expect(JSON.stringify(rows)).not.toContain('heatmap');
    expect(rows.steps[6].problem).toBeUndefined();
    expect(rows.steps[6]).toMatchObject({ kind: 'submit', seq: 8 });
  });
});

describe('importing a Chrome Recorder flow', () => {
  it('builds a skeleton journey from Trailnote’s own Recorder export, notes and emotions included', async () => {
    const flow = recorderFlow(sharedBundle);
    const { rows, source } = await importJourney(blobOf(JSON.stringify(flow)), options);
    expect(source).toBe('recorder');
    expect(rows.journey).toMatchObject({ title: 'Buy a tent', site: 'shop.example', kind: 'other', recordTypedText: false, startedAt: 123_456 });
    expect(rows.steps.map((step) => step.kind)).toEqual(['navigation', 'click', 'input', 'input', 'input']);
    expect(rows.steps.every((step) => step.stageId === rows.journey.stages[0].id)).toBe(true);
    const [email, card, colour] = rows.steps.slice(2);
    expect(email).toMatchObject({ target: { text: 'Email' }, field: { label: 'Email', masked: true, maskReason: 'typed', mask: 'a@ ×18' } });
    expect(card).toMatchObject({ field: { label: 'Card number', maskReason: 'sensitive' } });
    expect(card.kind === 'input' && card.field.mask).toBeFalsy();
    // A choice was written in clear in the flow; an imported journey keeps only its mask.
    expect(colour).toMatchObject({ field: { masked: true, mask: 'Aa ×4' } });
    const said = rows.annotations.map((a) => [rows.steps.findIndex((step) => step.id === a.stepId), a.kind, a.text ?? a.emotion]);
    expect(said).toContainEqual([0, 'emotion', 1]);
    expect(said).toContainEqual([0, 'delight', 'Clear hero']);
    expect(said).toContainEqual([2, 'friction', 'Why an email?']);
    // The click flagged as a key moment is one again.
    expect(rows.steps.map((step) => step.keyMoment === true)).toEqual([false, true, false, false, false]);
  });

  it('reads a flow the DevTools Recorder wrote: pages, clicks with navigations, typed values masked', async () => {
    const flow = {
      title: 'Checkout',
      steps: [
        { type: 'setViewport', width: 1280, height: 800, deviceScaleFactor: 1, isMobile: false, hasTouch: false, isLandscape: false },
        { type: 'navigate', url: 'https://shop.example/', assertedEvents: [{ type: 'navigation', url: 'https://shop.example/', title: 'Shop' }] },
        {
          type: 'click',
          target: 'main',
          selectors: [['aria/Sign in[role="link"]'], ['#signin']],
          offsetX: 4,
          offsetY: 5,
          assertedEvents: [{ type: 'navigation', url: 'https://shop.example/login', title: 'Log in' }],
        },
        { type: 'change', target: 'main', selectors: [['aria/Email'], ['#email']], value: 'camper@example.com' },
        { type: 'change', target: 'main', selectors: [['#password']], value: 'hunter2-secret' },
        { type: 'keyDown', target: 'main', key: 'Enter' },
        { type: 'keyUp', target: 'main', key: 'Enter' },
        { type: 'customStep', name: 'somethingElse', parameters: {} },
      ],
    };
    const { rows } = await importJourney(blobOf(JSON.stringify(flow)), options);
    expect(rows.steps.map((step) => [step.kind, step.url, step.title])).toEqual([
      ['navigation', 'https://shop.example/', 'Shop'],
      ['click', 'https://shop.example/', ''],
      ['navigation', 'https://shop.example/login', 'Log in'],
      ['input', 'https://shop.example/login', ''],
      ['input', 'https://shop.example/login', ''],
    ]);
    expect(rows.steps[1]).toMatchObject({ target: { text: 'Sign in', role: 'link', selectors: ['aria/Sign in[role="link"]', '#signin'] } });
    expect(rows.steps[4]).toMatchObject({ field: { maskReason: 'sensitive' } });
    const text = JSON.stringify(await storeContents());
    expect(text).not.toContain('camper@example.com');
    expect(text).not.toContain('hunter2');
  });

  it('gives a click’s notes back to the click and the page’s to the page it opened', async () => {
    const { journey, steps } = sharedBundle;
    const [home, click, route] = steps;
    const page = { ...route, id: 'p', seq: 3, kind: 'navigation' as const, navigation: 'load' as const, url: 'https://shop.example/tents', title: 'Tents' };
    const walk = {
      journey,
      steps: [home, click, page],
      annotations: [
        { id: 'n1', journeyId: 'j1', stepId: click.id, at: 1, kind: 'friction' as const, text: 'Tiny link' },
        { id: 'n2', journeyId: 'j1', stepId: click.id, at: 2, kind: 'emotion' as const, emotion: -1 as const },
        { id: 'n3', journeyId: 'j1', stepId: page.id, at: 3, kind: 'emotion' as const, emotion: 2 as const },
      ],
    };
    const { rows } = await importJourney(blobOf(JSON.stringify(recorderFlow(walk))), options);
    const kindOf = (stepId: string) => rows.steps.find((step) => step.id === stepId)?.kind;
    expect(rows.annotations.map((a) => [kindOf(a.stepId), a.kind, a.text ?? a.emotion])).toEqual([
      ['click', 'friction', 'Tiny link'],
      ['click', 'emotion', -1],
      ['navigation', 'emotion', 2],
    ]);
  });

  it('skips step types it has no use for, including ones newer than this Trailnote', async () => {
    const flow = {
      title: 'x',
      steps: [
        { type: 'navigate', url: 'https://a.example/' },
        { type: 'teleport', to: 'mars' },
        { type: 'hover', selectors: [['#a']] },
      ],
    };
    const { rows } = await importJourney(blobOf(JSON.stringify(flow)), options);
    expect(rows.steps.map((step) => step.kind)).toEqual(['navigation']);
  });

  it('cuts names read out of selectors to what a share file holds, so the journey exports and imports again', async () => {
    const name = 'n'.repeat(3_150);
    const flow = {
      title: 'x',
      steps: [
        { type: 'navigate', url: 'https://a.example/' },
        { type: 'click', selectors: [[`aria/${name}`]] },
        { type: 'change', selectors: [['#q']], value: `{{${name}: Aa ×3}}` },
      ],
    };
    const { rows } = await importJourney(blobOf(JSON.stringify(flow)), options);
    const again = await importJourney(blobOf(JSON.stringify(journeyFile(await loadJourneyBundle(rows.journey.id)))), options);
    expect(again.rows.steps[1]).toMatchObject({ target: { text: `${'n'.repeat(1_999)}…` } });
    expect(again.rows.steps[2]).toMatchObject({ field: { label: `${'n'.repeat(1_999)}…`, mask: 'Aa ×3' } });
  });

  it('keeps the page a pressed key led to, and never takes typed text in braces for a label', async () => {
    const flow = {
      title: 'Log in',
      steps: [
        { type: 'navigate', url: 'https://shop.example/login' },
        { type: 'change', selectors: [['aria/Password'], ['#pw']], value: '{{hunter2}}' },
        { type: 'change', selectors: [['aria/Coupon'], ['#coupon']], value: '{{SAVE10}}' },
        { type: 'keyDown', key: 'Enter', assertedEvents: [{ type: 'navigation', url: 'https://shop.example/account', title: 'Your account' }] },
        { type: 'keyUp', key: 'Enter' },
        { type: 'click', selectors: [['aria/Orders']] },
      ],
    };
    const { rows } = await importJourney(blobOf(JSON.stringify(flow)), options);
    expect(rows.steps.map((step) => [step.kind, step.url])).toEqual([
      ['navigation', 'https://shop.example/login'],
      ['input', 'https://shop.example/login'],
      ['input', 'https://shop.example/login'],
      ['navigation', 'https://shop.example/account'],
      ['click', 'https://shop.example/account'],
    ]);
    expect(rows.steps[1]).toMatchObject({ field: { label: 'Password', maskReason: 'sensitive' } });
    expect(rows.steps[2]).toMatchObject({ field: { label: 'Coupon', maskReason: 'typed', mask: 'A9@ ×10' } });
    const text = JSON.stringify(await storeContents());
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('SAVE10');
  });

  it('refuses a flow that would make more steps than a journey holds (a click that opens a page makes two)', async () => {
    const click = { type: 'click', selectors: [['#next']], assertedEvents: [{ type: 'navigation', url: 'https://a.example/next', title: 'Next' }] };
    const flow = { title: 'Long', steps: [{ type: 'navigate', url: 'https://a.example/' }, ...Array(5_000).fill(click)] };
    await expect(importJourney(blobOf(JSON.stringify(flow)), options)).rejects.toThrow('The Chrome Recorder flow makes more than 10,000 steps');
  });

  it('names a flow without a title after its site, within the length of a title', async () => {
    const host = `${'h'.repeat(2_100)}.example`;
    const { rows } = await importJourney(blobOf(JSON.stringify({ title: '', steps: [{ type: 'navigate', url: `https://${host}/` }] })), options);
    expect(rows.journey.title.length).toBeLessThanOrEqual(2_000);
    expect(rows.journey.site.length).toBeLessThanOrEqual(2_000);
  });

  it('names a flow without a title after its site', async () => {
    const { rows } = await importJourney(blobOf(JSON.stringify({ title: ' ', steps: [{ type: 'navigate', url: 'https://www.example.org/a' }] })), options);
    expect(rows.journey.title).toBe('Recorder flow on www.example.org');
  });
});

describe('importing onto a full disk', () => {
  it('says so, and keeps nothing of the file', async () => {
    const { fillTheDisk } = await import('./support/full-disk');
    const before = await storeContents();
    fillTheDisk();
    await expect(importJourney(blobOf(zipOf(sharedFile())), options)).rejects.toThrow('Your disk is full: free some space, then import the file again.');
    vi.restoreAllMocks();
    expect(await storeContents()).toEqual(before);
  });
});
