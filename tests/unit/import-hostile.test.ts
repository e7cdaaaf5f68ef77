import { strToU8, zipSync, type Zippable } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { addJourneyRows } from '../../lib/db';
import type { JourneyFile } from '../../lib/export/journey-file';
import { recorderFlow } from '../../lib/export/recorder-flow';
import { ImportError } from '../../lib/import/import-error';
import { importJourney } from '../../lib/import/import-journey';
import type { ImportLimits } from '../../lib/journey/limits';
import { blobOf, fakeJpeg, sharedBundle, sharedFile, sharedPictures, storeContents, zipOf } from './support/shared-files';
import { journey as journeyRow, useFreshStore } from './support/rows';

/**
 * Malformed and hostile share files. Each is refused with an ImportError whose message says what is wrong,
 * and the store (which holds one journey beforehand) is left exactly as it was.
 */

useFreshStore();

/** Small limits, so that bombs and floods are cheap to build. */
const limits: ImportLimits = { fileBytes: 16 * 2 ** 20, zipEntries: 50, inflatedBytes: 12 * 2 ** 20, entryBytes: 8 * 2 ** 20, journeyBytes: 4 * 2 ** 20 };
const makeThumbnail = async (image: Blob) => image;

beforeEach(async () => {
  await addJourneyRows({ journey: journeyRow('existing'), steps: [], screenshots: [], annotations: [] });
});

async function expectRefused(file: Blob, message: RegExp): Promise<void> {
  const before = await storeContents();
  const error: unknown = await importJourney(file, { limits, makeThumbnail }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect((error as Error).message).toMatch(message);
  expect(await storeContents()).toEqual(before);
}

type Mutation = (file: JourneyFile) => unknown;
const long = (length: number) => 'x'.repeat(length);

/** Changes to a valid journey.json, each making it invalid, and the message that must say so. */
const mutations: Array<[name: string, mutate: Mutation, message: RegExp]> = [
  ['format missing', (f) => ({ ...f, format: undefined }), /neither a Trailnote journey|no Trailnote journey/],
  ['another format', (f) => ({ ...f, format: 'someone.else' }), /neither a Trailnote journey|no Trailnote journey/],
  ['a newer version', (f) => ({ ...f, version: 2 }), /newer Trailnote \(format version 2\)/],
  ['a far newer version', (f) => ({ ...f, version: 9000 }), /newer Trailnote/],
  ['version 0', (f) => ({ ...f, version: 0 }), /unknown format version \(0\)/],
  ['version as text', (f) => ({ ...f, version: '1' }), /unknown format version \("1"\)/],
  ['version missing', (f) => ({ ...f, version: undefined }), /unknown format version \(null\)/],
  ['version 1.5', (f) => ({ ...f, version: 1.5 }), /unknown format version/],
  ['negative version', (f) => ({ ...f, version: -1 }), /unknown format version/],
  ['exportedAt as text', (f) => ({ ...f, exportedAt: 'today' }), /At exportedAt: expected a number/],
  ['journey missing', (f) => ({ ...f, journey: undefined }), /At journey: missing/],
  ['journey null', (f) => ({ ...f, journey: null }), /At journey: expected a group of fields/],
  ['journey a list', (f) => ({ ...f, journey: [] }), /At journey( › id)?: (missing|expected a group of fields)/],
  ['title a number', (f) => ({ ...f, journey: { ...f.journey, title: 42 } }), /At journey › title: expected text/],
  ['title missing', (f) => ({ ...f, journey: { ...f.journey, title: undefined } }), /At journey › title: missing/],
  ['huge title', (f) => ({ ...f, journey: { ...f.journey, title: long(2_001) } }), /journey › title: longer than 2,000 characters/],
  ['huge site', (f) => ({ ...f, journey: { ...f.journey, site: long(2_001) } }), /journey › site: longer than 2,000/],
  ['huge persona', (f) => ({ ...f, journey: { ...f.journey, persona: long(10_001) } }), /journey › persona: longer than 10,000/],
  ['huge goal', (f) => ({ ...f, journey: { ...f.journey, goal: long(10_001) } }), /journey › goal: longer than 10,000/],
  ['unknown kind', (f) => ({ ...f, journey: { ...f.journey, kind: 'enemy' } }), /journey › kind: expected one of "own" \| "competitor" \| "other"/],
  ['startedAt as text', (f) => ({ ...f, journey: { ...f.journey, startedAt: '2026-12-01' } }), /journey › startedAt: expected a number/],
  ['negative startedAt', (f) => ({ ...f, journey: { ...f.journey, startedAt: -5 } }), /journey › startedAt: -5 is not allowed/],
  ['startedAt past the end of time', (f) => ({ ...f, journey: { ...f.journey, startedAt: 9e15 } }), /journey › startedAt/],
  ['endedAt as text', (f) => ({ ...f, journey: { ...f.journey, endedAt: 'later' } }), /journey › endedAt: expected a number/],
  ['no stages', (f) => ({ ...f, journey: { ...f.journey, stages: [] } }), /journey › the stages: empty/],
  ['stages missing', (f) => ({ ...f, journey: { ...f.journey, stages: undefined } }), /journey › the stages: missing/],
  ['stages an object', (f) => ({ ...f, journey: { ...f.journey, stages: { awareness: 'Awareness' } } }), /journey › the stages: expected a list/],
  ['stage without id', (f) => ({ ...f, journey: { ...f.journey, stages: [{ name: 'Only' }] } }), /journey › stage 1 › id: missing/],
  ['stage id empty', (f) => ({ ...f, journey: { ...f.journey, stages: [{ id: '', name: 'Only' }] } }), /journey › stage 1 › id: empty/],
  ['stage id a number', (f) => ({ ...f, journey: { ...f.journey, stages: [{ id: 7, name: 'Only' }] } }), /journey › stage 1 › id: expected text/],
  ['huge stage id', (f) => ({ ...f, journey: { ...f.journey, stages: [{ id: long(201), name: 'Only' }] } }), /journey › stage 1 › id: longer than 200/],
  [
    'huge stage name',
    (f) => ({ ...f, journey: { ...f.journey, stages: [{ ...f.journey.stages[0], name: long(2_001) }, ...f.journey.stages.slice(1)] } }),
    /stage 1 › name: longer/,
  ],
  [
    'two stages with one id',
    (f) => ({ ...f, journey: { ...f.journey, stages: [...f.journey.stages, { id: 'awareness', name: 'Again' }] } }),
    /two stages share the id “awareness”/,
  ],
  [
    '51 stages',
    (f) => ({ ...f, journey: { ...f.journey, stages: Array.from({ length: 51 }, (_, i) => ({ id: `s${i}`, name: `S${i}` })) } }),
    /journey › the stages: more than 50 items/,
  ],
  ['recordTypedText as text', (f) => ({ ...f, journey: { ...f.journey, recordTypedText: 'no' } }), /journey › recordTypedText: expected true or false/],
  [
    'environment without viewport',
    (f) => ({ ...f, journey: { ...f.journey, environment: { ...f.journey.environment, viewport: undefined } } }),
    /journey › environment › viewport: missing/,
  ],
  ['steps missing', (f) => ({ ...f, steps: undefined }), /At the steps: missing/],
  ['steps an object', (f) => ({ ...f, steps: { 1: f.steps[0] } }), /At the steps: expected a list/],
  ['a step that is text', (f) => ({ ...f, steps: ['click'] }), /step 1: expected a group of fields/],
  ['unknown step kind', (f) => ({ ...f, steps: [{ ...f.steps[0], kind: 'hover' }] }), /step 1 › kind: expected one of "navigation" \| "click" \| "input" \| "submit"/],
  ['step kind missing', (f) => ({ ...f, steps: [{ ...f.steps[0], kind: undefined }] }), /step 1 › kind/],
  ['step number 0', (f) => ({ ...f, steps: [{ ...f.steps[0], seq: 0 }] }), /step 1 › seq: 0 is not allowed/],
  ['step number 1.5', (f) => ({ ...f, steps: [{ ...f.steps[0], seq: 1.5 }] }), /step 1 › seq: 1\.5 is not allowed/],
  ['step number as text', (f) => ({ ...f, steps: [{ ...f.steps[0], seq: '1' }] }), /step 1 › seq: expected a number/],
  ['two steps with one number', (f) => ({ ...f, steps: [f.steps[0], { ...f.steps[1], seq: 1 }] }), /Two steps share the id or the number of step 1/],
  ['two steps with one id', (f) => ({ ...f, steps: [f.steps[0], { ...f.steps[1], id: 's1' }] }), /Two steps share the id or the number of step 2/],
  ['step id empty', (f) => ({ ...f, steps: [{ ...f.steps[0], id: '' }] }), /step 1 › id: empty/],
  ['step in an unknown stage', (f) => ({ ...f, steps: [{ ...f.steps[0], stageId: 'nowhere' }] }), /Step 1 belongs to a stage the journey does not have \(“nowhere”\)/],
  ['huge URL', (f) => ({ ...f, steps: [{ ...f.steps[0], url: `https://x.example/${long(65_536)}` }] }), /step 1 › url: longer than 65,536/],
  ['URL a number', (f) => ({ ...f, steps: [{ ...f.steps[0], url: 404 }] }), /step 1 › url: expected text/],
  ['huge page title', (f) => ({ ...f, steps: [{ ...f.steps[0], title: long(10_001) }] }), /step 1 › title: longer than 10,000/],
  ['step time as text', (f) => ({ ...f, steps: [{ ...f.steps[0], at: 'noon' }] }), /step 1 › at: expected a number/],
  ['huge step label', (f) => ({ ...f, steps: [{ ...f.steps[0], label: long(2_001) }] }), /step 1 › label: longer/],
  ['key moment as text', (f) => ({ ...f, steps: [{ ...f.steps[0], keyMoment: 'yes' }] }), /step 1 › keyMoment: expected true or false/],
  ['unknown navigation', (f) => ({ ...f, steps: [{ ...f.steps[0], navigation: 'teleport' }] }), /step 1 › navigation: expected one of "load" \| "route"/],
  ['timing as text', (f) => ({ ...f, steps: [{ ...f.steps[0], timing: { ttfb: 'fast' } }] }), /step 1 › timing › ttfb: expected a number/],
  ['negative load time', (f) => ({ ...f, steps: [{ ...f.steps[0], timing: { load: -1 } }] }), /step 1 › timing › load: -1 is not allowed/],
  ['click without target', (f) => ({ ...f, steps: [{ ...f.steps[1], target: undefined }] }), /step 1 › target: missing/],
  ['selectors as text', (f) => ({ ...f, steps: [{ ...f.steps[1], target: { ...target(f), selectors: '#buy' } }] }), /step 1 › target › selectors: expected a list/],
  ['21 selectors', (f) => ({ ...f, steps: [{ ...f.steps[1], target: { ...target(f), selectors: Array(21).fill('#a') } }] }), /target › selectors: more than 20 items/],
  ['huge selector', (f) => ({ ...f, steps: [{ ...f.steps[1], target: { ...target(f), selectors: [long(10_001)] } }] }), /target › selectors › 1/],
  ['selector with no level', (f) => ({ ...f, steps: [{ ...f.steps[1], target: { ...target(f), selectors: [[]] } }] }), /target › selectors › 1/],
  ['selector a number', (f) => ({ ...f, steps: [{ ...f.steps[1], target: { ...target(f), selectors: [5] } }] }), /target › selectors › 1/],
  ['negative frame', (f) => ({ ...f, steps: [{ ...f.steps[1], target: { ...target(f), frame: [-1] } }] }), /target › frame › 1: -1 is not allowed/],
  ['click point as text', (f) => ({ ...f, steps: [{ ...f.steps[1], point: { x: 'left', y: 0, viewportWidth: 1, viewportHeight: 1 } }] }), /step 1 › point › x: expected a number/],
  ['input without field', (f) => ({ ...f, steps: [{ ...f.steps[3], field: undefined }] }), /step 1 › field: missing/],
  ['field masked as text', (f) => ({ ...f, steps: [{ ...f.steps[3], field: { ...field(f), masked: 'yes' } }] }), /step 1 › field › masked: expected true or false/],
  ['unknown mask reason', (f) => ({ ...f, steps: [{ ...f.steps[3], field: { ...field(f), maskReason: 'shy' } }] }), /field › maskReason: expected one of "sensitive" \| "typed"/],
  ['huge field value', (f) => ({ ...f, steps: [{ ...f.steps[5], field: { ...field(f, 5), value: long(10_001) } }] }), /field › value: longer/],
  ['screenshot path climbing out', (f) => ({ ...f, steps: [{ ...f.steps[0], screenshot: '../../etc/passwd' }] }), /step 1 › screenshot: "\.\.\/\.\.\/etc\/passwd" is not allowed/],
  ['screenshot path with ..', (f) => ({ ...f, steps: [{ ...f.steps[0], screenshot: 'screenshots/../journey.json' }] }), /step 1 › screenshot/],
  ['absolute screenshot path', (f) => ({ ...f, steps: [{ ...f.steps[0], screenshot: '/etc/shadow.jpg' }] }), /step 1 › screenshot/],
  ['screenshot path with a backslash', (f) => ({ ...f, steps: [{ ...f.steps[0], screenshot: 'screenshots\\..\\x.jpg' }] }), /step 1 › screenshot/],
  ['screenshot that is not a JPEG path', (f) => ({ ...f, steps: [{ ...f.steps[0], screenshot: 'screenshots/shot1.svg' }] }), /step 1 › screenshot/],
  [
    'screenshot path of 10,000 characters',
    (f) => ({ ...f, steps: [{ ...f.steps[0], screenshot: `screenshots/${long(10_000)}.jpg` }] }),
    /step 1 › screenshot: "screenshots\/x{47}… is not allowed here/,
  ],
  ['annotations missing', (f) => ({ ...f, annotations: undefined }), /At the notes: missing/],
  ['unknown annotation kind', (f) => ({ ...f, annotations: [{ ...f.annotations[1], kind: 'rant' }] }), /note 1 › kind: expected one of/],
  ['emotion of 3', (f) => ({ ...f, annotations: [{ ...f.annotations[0], emotion: 3 }] }), /note 1 › emotion: expected one of -2 \| -1 \| 0 \| 1 \| 2/],
  ['emotion as text', (f) => ({ ...f, annotations: [{ ...f.annotations[0], emotion: '2' }] }), /note 1 › emotion: expected one of/],
  ['emotion missing', (f) => ({ ...f, annotations: [{ ...f.annotations[0], emotion: undefined }] }), /note 1 › emotion: missing/],
  ['empty note', (f) => ({ ...f, annotations: [{ ...f.annotations[1], text: '' }] }), /note 1 › text: empty/],
  ['note without text', (f) => ({ ...f, annotations: [{ ...f.annotations[1], text: undefined }] }), /note 1 › text: missing/],
  ['note of 20,001 characters', (f) => ({ ...f, annotations: [{ ...f.annotations[1], text: long(20_001) }] }), /note 1 › text: longer than 20,000/],
  ['note about a missing step', (f) => ({ ...f, annotations: [{ ...f.annotations[1], stepId: 'ghost' }] }), /Note 1 is about a step the journey does not have/],
  ['two emotions on one step', (f) => ({ ...f, annotations: [f.annotations[0], { ...f.annotations[0], id: 'again' }] }), /Step 1 has two emotions; a step has one/],
  ['10,001 steps', (f) => ({ ...f, steps: Array.from({ length: 10_001 }, (_, i) => ({ ...f.steps[2], id: `x${i}`, seq: i + 1 })) }), /At the steps: more than 10,000 items/],
  ['30,001 annotations', (f) => ({ ...f, annotations: Array(30_001).fill({ id: 'a', stepId: 's1', at: 1, kind: 'note', text: 'x' }) }), /At the notes: more than 30,000 items/],
];

function target(f: JourneyFile) {
  const step = f.steps[1];
  if (step.kind !== 'click') throw new Error('fixture changed');
  return step.target;
}

function field(f: JourneyFile, index = 3) {
  const step = f.steps[index];
  if (step.kind !== 'input') throw new Error('fixture changed');
  return step.field;
}

/** Raw journey.json texts that are not valid JSON, or hold what JSON.parse lets through. */
const texts: Array<[name: string, text: () => string, message: RegExp]> = [
  ['cut off halfway', () => JSON.stringify(sharedFile()).slice(0, 700), /not valid JSON: it may have been cut off/],
  ['cut off at the last brace', () => JSON.stringify(sharedFile()).slice(0, -1), /not valid JSON/],
  ['plain words', () => 'hello, I am a journey', /not valid JSON/],
  ['an HTML page', () => '<!doctype html><title>Journey</title><script>alert(1)</script>', /not valid JSON/],
  ['a CSV', () => 'stage,step\nAwareness,1\n', /not valid JSON/],
  ['trailing garbage', () => `${JSON.stringify(sharedFile())} trailing`, /not valid JSON/],
  ['an infinite time', () => JSON.stringify(sharedFile()).replace('"startedAt":1000', '"startedAt":1e400'), /journey › startedAt: Infinity is not allowed/],
  ['__proto__ at the top', () => JSON.stringify(sharedFile()).replace('{', '{"__proto__":{"polluted":true},'), /field named “__proto__”/],
  ['__proto__ in the journey', () => JSON.stringify(sharedFile()).replace('"journey":{', '"journey":{"__proto__":{"admin":true},'), /field named “__proto__”/],
  ['constructor in a step', () => JSON.stringify(sharedFile()).replace('"steps":[{', '"steps":[{"constructor":{"prototype":{"x":1}},'), /field named “(constructor|prototype)”/],
  ['prototype deep in a target', () => JSON.stringify(sharedFile()).replace('"target":{', '"target":{"a":{"b":{"prototype":1}},'), /field named “prototype”/],
  ['nested 200,000 levels deep', () => '['.repeat(200_000) + ']'.repeat(200_000), /nested too deeply|not valid JSON/],
  ['a list at the top', () => '[1, 2, 3]', /neither a Trailnote journey|no Trailnote journey/],
  ['null', () => 'null', /neither a Trailnote journey|no Trailnote journey/],
  ['a number', () => '42', /neither a Trailnote journey|no Trailnote journey/],
  ['a string', () => '"trailnote.journey"', /neither a Trailnote journey|no Trailnote journey/],
];

describe.each([
  ['JSON file', (text: string) => blobOf(text)],
  ['journey.json in a ZIP', (text: string) => blobOf(zipOf(text))],
])('a damaged %s', (_kind, pack) => {
  it.each(mutations)('is refused: %s', async (_name, mutate, message) => {
    await expectRefused(pack(JSON.stringify(mutate(sharedFile()))), message);
  });
  it.each(texts)('is refused: %s', async (_name, text, message) => {
    await expectRefused(pack(text()), message);
  });
});

/** Where an entry's local header and central-directory header start, for forging what a ZIP claims. */
interface Headers {
  local: number;
  central: number;
}

/** Finds both headers of an entry by name and lets `patch` rewrite their fields (little-endian). */
function patchHeaders(zip: Uint8Array, entry: string, patch: (view: DataView, at: Headers) => void): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer);
  const name = strToU8(entry);
  const named = (at: number, nameAt: number, nameLength: number) =>
    nameLength === name.length && bytes.subarray(at + nameAt, at + nameAt + nameLength).every((byte, i) => byte === name[i]);
  const found: Partial<Headers> = {};
  for (let at = 0; at < bytes.length - 46; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && named(at, 30, view.getUint16(at + 26, true))) found.local = at;
    if (signature === 0x02014b50 && named(at, 46, view.getUint16(at + 28, true))) found.central = at;
  }
  if (found.local === undefined || found.central === undefined) throw new Error(`no entry ${entry}`);
  patch(view, { local: found.local, central: found.central });
  return bytes;
}

const zeros = (bytes: number) => new Uint8Array(bytes);

/** The share ZIP with its pictures stored, as Trailnote writes them. */
const storedZip = () =>
  zipSync({ 'journey.json': strToU8(JSON.stringify(sharedFile())), ...Object.fromEntries(Object.entries(sharedPictures()).map(([name, data]) => [name, [data, { level: 0 }]])) });

/** Where the central directory starts, from the end record (a ZIP without a comment). */
const centralDirectory = (zip: Uint8Array<ArrayBuffer>): number => new DataView(zip.buffer).getUint32(zip.length - 22 + 16, true);

/** The ZIP without its central directory and the last bytes of its last entry: a download that stopped. */
const cutInLastEntry = (zip: Uint8Array<ArrayBuffer>) => zip.slice(0, centralDirectory(zip) - 5);

describe('a hostile or damaged ZIP', () => {
  const zips: Array<[name: string, zip: () => Uint8Array<ArrayBuffer>, message: RegExp]> = [
    ['cut off halfway', () => zipOf(sharedFile()).slice(0, 600), /ZIP is damaged or cut off/],
    ['cut off inside its last entry', () => cutInLastEntry(zipOf(sharedFile())), /ZIP is damaged or cut off/],
    ['cut off in its last bytes', () => zipOf(sharedFile()).slice(0, -30), /ZIP is damaged or cut off/],
    [
      'without its central directory',
      () => {
        const zip = zipOf(sharedFile());
        return zip.slice(0, centralDirectory(zip));
      },
      /ZIP is damaged or cut off/,
    ],
    ['only a signature', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04]), /ZIP is damaged or cut off|no Trailnote journey/],
    ['an empty ZIP', () => zipSync({}), /no Trailnote journey \(journey\.json\)/],
    ['no journey.json', () => zipSync(sharedPictures()), /no Trailnote journey/],
    ['journey.json in a folder', () => zipSync({ 'walk/journey.json': strToU8(JSON.stringify(sharedFile())) }), /no Trailnote journey/],
    ['a Recorder flow as journey.json', () => zipOf(recorderFlow(sharedBundle)), /no Trailnote journey/],
    ['journey.json that is not UTF-8', () => zipSync({ 'journey.json': new Uint8Array([0xff, 0xfe, 0xfd, 0x00]) }), /neither a ZIP nor text/],
    ['a journey.json bomb', () => zipOf(sharedFile(), { 'journey.json': zeros(200 * 2 ** 20) }), /"journey\.json" in the ZIP unpacks to more than 4 MB/],
    [
      'a picture bomb',
      () => zipOf(sharedFile(), { ...sharedPictures(), 'screenshots/shot1.jpg': zeros(50 * 2 ** 20) }),
      /"screenshots\/shot1\.jpg" in the ZIP unpacks to more than/,
    ],
    [
      'many pictures that together unpack too far',
      () => zipOf(sharedFile(), Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`screenshots/big${i}.jpg`, zeros(4 * 2 ** 20)]))),
      /ZIP unpacks to more than 12 MB/,
    ],
    [
      'a bomb whose headers claim 10 bytes: stopped as soon as more comes out',
      () =>
        patchHeaders(zipOf(sharedFile(), { ...sharedPictures(), 'screenshots/shot1.jpg': zeros(50 * 2 ** 20) }), 'screenshots/shot1.jpg', (view, at) => {
          view.setUint32(at.local + 22, 10, true);
          view.setUint32(at.central + 24, 10, true);
        }),
      /ZIP is damaged or cut off/,
    ],
    [
      'a 256 MB bomb in a 260 kB file claiming 1 byte',
      () =>
        patchHeaders(zipOf(sharedFile(), { ...sharedPictures(), 'screenshots/shot1.jpg': zeros(256 * 2 ** 20) }), 'screenshots/shot1.jpg', (view, at) => {
          view.setUint32(at.local + 22, 1, true);
          view.setUint32(at.central + 24, 1, true);
        }),
      /ZIP is damaged or cut off/,
    ],
    [
      'a journey.json whose headers claim too little',
      () =>
        patchHeaders(zipOf(sharedFile()), 'journey.json', (view, at) => {
          view.setUint32(at.local + 22, 100, true);
          view.setUint32(at.central + 24, 100, true);
        }),
      /ZIP is damaged or cut off/,
    ],
    [
      'a journey.json whose headers claim too much',
      () => patchHeaders(zipOf(sharedFile()), 'journey.json', (view, at) => view.setUint32(at.central + 24, 3 * 2 ** 20, true)),
      /ZIP is damaged or cut off/,
    ],
    [
      'a stored picture whose sizes disagree',
      () => patchHeaders(storedZip(), 'screenshots/shot1.jpg', (view, at) => view.setUint32(at.central + 24, 10, true)),
      /ZIP is damaged or cut off/,
    ],
    [
      'a stored picture reaching over the next entry',
      () =>
        patchHeaders(storedZip(), 'screenshots/shot1.jpg', (view, at) => {
          view.setUint32(at.central + 20, view.getUint32(at.central + 20, true) + 60, true);
          view.setUint32(at.central + 24, view.getUint32(at.central + 24, true) + 60, true);
        }),
      /ZIP is damaged or cut off/,
    ],
    [
      'a picture whose bytes do not match its CRC-32',
      () => patchHeaders(storedZip(), 'screenshots/shot1.jpg', (view, at) => view.setUint32(at.central + 16, view.getUint32(at.central + 16, true) ^ 1, true)),
      /ZIP is damaged or cut off/,
    ],
    [
      'an entry whose local header names another file',
      () => patchHeaders(storedZip(), 'screenshots/shot1.jpg', (view, at) => view.setUint8(at.local + 30, 'S'.charCodeAt(0))),
      /ZIP is damaged or cut off/,
    ],
    [
      'an entry whose local header says another method',
      () => patchHeaders(storedZip(), 'screenshots/shot1.jpg', (view, at) => view.setUint16(at.local + 8, 8, true)),
      /ZIP is damaged or cut off/,
    ],
    [
      'an encrypted entry',
      () => patchHeaders(storedZip(), 'screenshots/shot1.jpg', (view, at) => view.setUint16(at.central + 8, 1, true)),
      /compressed in a way Trailnote cannot read/,
    ],
    [
      'an end record claiming more entries than it has',
      () => {
        const zip = zipOf(sharedFile());
        new DataView(zip.buffer).setUint16(zip.length - 12, 40, true);
        new DataView(zip.buffer).setUint16(zip.length - 14, 40, true);
        return zip;
      },
      /ZIP is damaged or cut off/,
    ],
    [
      'a ZIP64 end record',
      () => {
        const zip = zipOf(sharedFile());
        new DataView(zip.buffer).setUint16(zip.length - 12, 0xffff, true);
        new DataView(zip.buffer).setUint16(zip.length - 14, 0xffff, true);
        return zip;
      },
      /ZIP is damaged or cut off/,
    ],
    ['too many entries', () => zipOf(sharedFile(), Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`notes/${i}.txt`, zeros(1)]))), /ZIP holds more than 50 files/],
    ['an entry climbing out with ..', () => zipOf(sharedFile(), { '../evil.jpg': zeros(1) }), /unsafe name \("\.\.\/evil\.jpg"\)/],
    ['an entry deep in ..', () => zipOf(sharedFile(), { 'screenshots/../../../etc/cron.d/x': zeros(1) }), /unsafe name/],
    ['an absolute entry', () => zipOf(sharedFile(), { '/etc/passwd': zeros(1) }), /unsafe name \("\/etc\/passwd"\)/],
    ['a drive-letter entry', () => zipOf(sharedFile(), { 'C:/Windows/evil.dll': zeros(1) }), /unsafe name/],
    ['an entry with backslashes', () => zipOf(sharedFile(), { '..\\..\\evil.jpg': zeros(1) }), /unsafe name/],
    ['an entry with a "." segment', () => zipOf(sharedFile(), { 'screenshots/./shot9.jpg': zeros(1) }), /unsafe name/],
    ['an entry with a NUL byte', () => zipOf(sharedFile(), { 'screenshots/shot\u0000.jpg': zeros(1) }), /unsafe name/],
    ['an entry with a 600-character name', () => zipOf(sharedFile(), { [`a/${long(600)}`]: zeros(1) }), /unsafe name \(".{80}…"\)/],
    [
      'journey.json twice',
      () => {
        const zip = zipOf(sharedFile(), { ...sharedPictures(), 'journey.jsox': strToU8('{}') });
        return patchHeaders(zip, 'journey.jsox', (view, at) => {
          view.setUint8(at.local + 30 + 'journey.jso'.length, 'n'.charCodeAt(0));
          view.setUint8(at.central + 46 + 'journey.jso'.length, 'n'.charCodeAt(0));
        });
      },
      /holds "journey\.json" twice/,
    ],
    [
      'an entry compressed with LZMA',
      () =>
        patchHeaders(zipOf(sharedFile()), 'screenshots/shot1.jpg', (view, at) => {
          view.setUint16(at.local + 8, 14, true);
          view.setUint16(at.central + 10, 14, true);
        }),
      /compressed in a way Trailnote cannot read/,
    ],
    [
      'a screenshot the ZIP does not hold',
      () => {
        const p = sharedPictures();
        delete p['screenshots/shot2.jpg'];
        return zipOf(sharedFile(), p);
      },
      /Step 2 shows screenshots\/shot2\.jpg, which the ZIP does not hold/,
    ],
    [
      'a screenshot that is a PNG',
      () => zipOf(sharedFile(), { ...sharedPictures(), 'screenshots/shot1.jpg': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]) }),
      /screenshots\/shot1\.jpg in the ZIP is not a JPEG picture/,
    ],
    [
      'a screenshot that is an HTML page',
      () => zipOf(sharedFile(), { ...sharedPictures(), 'screenshots/shot1.jpg': strToU8('<script>alert(1)</script>') }),
      /is not a JPEG picture/,
    ],
    ['a JPEG header with no size', () => zipOf(sharedFile(), { ...sharedPictures(), 'screenshots/shot1.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xd9]) }), /is not a JPEG picture/],
    [
      'a JPEG of 5,000 × 800 pixels',
      () => zipOf(sharedFile(), { ...sharedPictures(), 'screenshots/shot1.jpg': fakeJpeg(5_000, 800) }),
      /screenshots\/shot1\.jpg in the ZIP is not a JPEG picture/,
    ],
    [
      'a JPEG of 1,280 × 20,000 pixels',
      () => zipOf(sharedFile(), { ...sharedPictures(), 'screenshots/shot1.jpg': fakeJpeg(1_280, 20_000) }),
      /screenshots\/shot1\.jpg in the ZIP is not a JPEG picture/,
    ],
    ['a JPEG of 0 × 0 pixels', () => zipOf(sharedFile(), { ...sharedPictures(), 'screenshots/shot1.jpg': fakeJpeg(0, 0) }), /is not a JPEG picture/],
    [
      'two steps showing one picture',
      () => {
        const file = sharedFile();
        file.steps[1].screenshot = file.steps[0].screenshot;
        return zipOf(file);
      },
      /Two steps show the same picture \(screenshots\/shot1\.jpg\)/,
    ],
  ];
  // Building a bomb deflates up to 256 MB of zeros: a second or two on a quiet machine, far more on a busy one.
  it.each(zips)(
    'is refused: %s',
    async (_name, zip, message) => {
      await expectRefused(blobOf(zip()), message);
    },
    60_000,
  );

  it('is refused when a picture cannot be drawn as a thumbnail', async () => {
    const pictures: Zippable = sharedPictures();
    delete pictures['thumbnails/shot1.jpg'];
    const before = await storeContents();
    const failing = async () => {
      throw new DOMException('The source image could not be decoded.', 'InvalidStateError');
    };
    await expect(importJourney(blobOf(zipOf(sharedFile(), pictures)), { limits, makeThumbnail: failing })).rejects.toThrow(
      /screenshots\/shot1\.jpg in the ZIP is not a JPEG picture/,
    );
    expect(await storeContents()).toEqual(before);
  });
});

describe('a file that is no journey at all', () => {
  const files: Array<[name: string, file: () => Blob, message: RegExp]> = [
    ['an empty file', () => blobOf(''), /The file is empty/],
    ['a file over the size limit', () => blobOf(zeros(limits.fileBytes + 1)), /The file is 16 MB: more than the 16 MB Trailnote imports/],
    ['a JSON file over the size limit of one entry', () => blobOf(`"${long(limits.journeyBytes)}"`), /The file is 4 MB: more than the 4 MB of JSON Trailnote imports/],
    ['random bytes', () => blobOf(new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256))), /neither a ZIP nor text/],
    ['UTF-16 text', () => blobOf(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])), /neither a ZIP nor text/],
    ['a PNG picture', () => blobOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13])), /neither a ZIP nor text/],
    ['a JSON object of another tool', () => blobOf(JSON.stringify({ name: 'package', version: '1.0.0' })), /neither a Trailnote journey nor a Chrome Recorder flow/],
  ];
  it.each(files)('is refused: %s', async (_name, file, message) => {
    await expectRefused(file(), message);
  });
});

describe('a damaged Chrome Recorder flow', () => {
  const navigate = { type: 'navigate', url: 'https://shop.example/' };
  const flows: Array<[name: string, flow: unknown, message: RegExp]> = [
    ['no steps to import', { title: 'Empty', steps: [] }, /has no page, click or field to import/],
    ['only steps Trailnote skips', { title: 'Keys', steps: [{ type: 'keyDown', key: 'a' }, { type: 'scroll' }] }, /has no page, click or field/],
    ['a step without type', { title: 'x', steps: [navigate, { url: 'https://a' }] }, /step 2 › type: missing/],
    ['a click whose selectors are text', { title: 'x', steps: [navigate, { type: 'click', selectors: '#buy' }] }, /step 2 › selectors: expected a list/],
    ['a URL that is a number', { title: 'x', steps: [{ type: 'navigate', url: 7 }] }, /step 1 › url: expected text/],
    ['a huge URL', { title: 'x', steps: [{ type: 'navigate', url: long(65_537) }] }, /step 1 › url: longer than 65,536/],
    ['a click without selectors', { title: 'x', steps: [navigate, { type: 'click', offsetX: 1, offsetY: 1 }] }, /step 2 › selectors: missing/],
    ['a huge selector', { title: 'x', steps: [navigate, { type: 'click', selectors: [[long(10_001)]] }] }, /step 2 › selectors › 1/],
    ['a change value of 10,001 characters', { title: 'x', steps: [navigate, { type: 'change', selectors: [['#a']], value: long(10_001) }] }, /step 2 › value: longer than 10,000/],
    ['a huge title', { title: long(2_001), steps: [navigate] }, /At title: longer than 2,000/],
    ['10,001 steps', { title: 'x', steps: Array(10_001).fill(navigate) }, /At the steps: more than 10,000 items/],
  ];
  it.each(flows)('is refused: %s', async (_name, flow, message) => {
    await expectRefused(blobOf(JSON.stringify(flow)), message);
  });
  it('is refused when it carries __proto__', async () => {
    await expectRefused(blobOf('{"title":"x","steps":[{"type":"navigate","url":"https://a","__proto__":{"x":1}}]}'), /field named “__proto__”/);
  });
});
