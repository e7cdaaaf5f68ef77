import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { addJourneyRows, loadJourneyBundle } from '../../lib/db';
import { htmlReport } from '../../lib/export/html-report';
import { asJson, journeyFile } from '../../lib/export/journey-file';
import { lanesCsv } from '../../lib/export/lanes-csv';
import { recorderFlow } from '../../lib/export/recorder-flow';
import { ImportError } from '../../lib/import/import-error';
import { importJourney } from '../../lib/import/import-journey';
import { readJourneyFile } from '../../lib/import/journey-file-schema';
import type { ImportLimits } from '../../lib/journey/limits';
import { blobOf, sharedBundle, sharedFile, sharedPictures, storeContents } from './support/shared-files';
import { journey as journeyRow, useFreshStore } from './support/rows';

/**
 * Fuzzed imports: hundreds of hostile files made from real exports (the journey file, the share ZIP with the
 * entries Trailnote writes, the Chrome Recorder flow) by truncating, flipping bytes, mutating values to wrong
 * types, huge strings, deep nesting, duplicate ids, dangling references and ZIP entries swapped or renamed.
 * Every one is either refused with an ImportError in the tester's words, the store left as it was, or imported
 * inert: what was stored exports again as a valid journey file. Nothing else may happen (a TypeError, a hang,
 * a polluted prototype). The generator is seeded, so a failing case is named and can be replayed.
 */

useFreshStore();

/** Small limits, so that floods stay cheap. */
const limits: ImportLimits = { fileBytes: 16 * 2 ** 20, zipEntries: 50, inflatedBytes: 12 * 2 ** 20, entryBytes: 8 * 2 ** 20, journeyBytes: 4 * 2 ** 20 };
const makeThumbnail = async (image: Blob) => image;

beforeEach(async () => {
  await addJourneyRows({ journey: journeyRow('existing'), steps: [], screenshots: [], annotations: [] });
});

/** mulberry32: a small seeded generator, so every case is the same on every run. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Fuzzed = [name: string, file: () => Uint8Array<ArrayBuffer>];

const exportedJson = (): Json => JSON.parse(JSON.stringify(sharedFile())) as Json;
const exportedFlow = (): Json => JSON.parse(JSON.stringify(recorderFlow(sharedBundle))) as Json;
const bytesOf = (value: Json | string): Uint8Array<ArrayBuffer> => strToU8(typeof value === 'string' ? value : asJson(value));

/** The share ZIP's entries as Trailnote writes them (pictures stored, text deflated). */
function exportedEntries(journey: Json | string = exportedJson()): Zippable {
  const pictures = Object.fromEntries(Object.entries(sharedPictures()).map(([name, data]) => [name, [data, { level: 0 }]]));
  return {
    'journey.json': bytesOf(journey),
    'report.html': strToU8(htmlReport(sharedBundle, { thumbnails: new Map(), full: new Map() })),
    'lanes.csv': strToU8(lanesCsv(sharedBundle)),
    'recorder.json': bytesOf(exportedFlow()),
    ...(pictures as Zippable),
  };
}
const exportedZip = (journey?: Json | string) => zipSync(exportedEntries(journey), { level: 6 });

/** Every place in a JSON tree, as the path of keys that leads there. */
function pathsOf(value: Json, path: Array<string | number> = []): Array<Array<string | number>> {
  const below = Array.isArray(value)
    ? value.flatMap((item, index) => pathsOf(item, [...path, index]))
    : value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))
      : [];
  return [path, ...below];
}

function setAt(root: Json, path: Array<string | number>, value: Json): Json {
  if (path.length === 0) return value;
  let parent = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  parent[path[path.length - 1]] = value;
  return root;
}

const deepNesting = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

/** Values of the wrong type, or of the right type but absurd. */
function wrongValue(random: () => number): Json {
  const values: Json[] = [null, true, 0, -1, 1e308, 3.5, '', 'x', '__proto__', [], {}, [null], { __proto__: { polluted: true } }, 'x'.repeat(300_000), ['x', 1, null]];
  return values[Math.floor(random() * values.length)];
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

function truncations(source: string, file: () => Uint8Array<ArrayBuffer>, count: number, random: () => number): Fuzzed[] {
  const whole = file();
  return Array.from({ length: count }, (_, i) => {
    const cut = Math.max(1, Math.floor(random() * whole.length));
    return [`${source} cut at byte ${cut} (#${i})`, () => whole.slice(0, cut)];
  });
}

function byteFlips(source: string, file: () => Uint8Array<ArrayBuffer>, count: number, random: () => number): Fuzzed[] {
  const whole = file();
  return Array.from({ length: count }, (_, i) => {
    const flips = Array.from({ length: 1 + Math.floor(random() * 8) }, () => [Math.floor(random() * whole.length), 1 + Math.floor(random() * 255)] as const);
    return [
      `${source} with ${flips.length} bytes flipped at ${flips.map(([at]) => at).join(', ')} (#${i})`,
      () => {
        const bytes = whole.slice();
        for (const [at, mask] of flips) bytes[at] ^= mask;
        return bytes;
      },
    ];
  });
}

function valueMutations(source: string, base: () => Json, pack: (value: Json) => Uint8Array<ArrayBuffer>, count: number, random: () => number): Fuzzed[] {
  const paths = pathsOf(base()).filter((path) => path.length > 0);
  return Array.from({ length: count }, (_, i) => {
    const path = pick(random, paths);
    const value = wrongValue(random);
    const shown = typeof value === 'string' && value.length > 20 ? `${value.length} characters` : JSON.stringify(value);
    return [`${source} with ${path.join('.')} = ${shown} (#${i})`, () => pack(setAt(base(), path, value))];
  });
}

type JourneyJson = { journey: { stages: Json[]; currentStageId: Json }; steps: Array<Record<string, Json>>; annotations: Array<Record<string, Json>> };
const journeyCase = (name: string, change: (file: JourneyJson) => void): Fuzzed => [
  name,
  () => {
    const file = exportedJson() as unknown as JourneyJson;
    change(file);
    return exportedZip(file);
  },
];

/** Duplicates and dangling references: structure that types alone do not catch. */
const structuralCases: Fuzzed[] = [
  journeyCase('two steps with the same id', (f) => f.steps.push({ ...f.steps[0] })),
  journeyCase('every step with the same id', (f) => f.steps.forEach((step) => (step.id = 's1'))),
  journeyCase('two notes with the same id', (f) => f.annotations.push({ ...f.annotations[1] })),
  journeyCase('two stages with the same id', (f) => f.journey.stages.push(f.journey.stages[0])),
  journeyCase('a note on a step that is not there', (f) => (f.annotations[1].stepId = 'nowhere')),
  journeyCase('a step in a stage that is not there', (f) => (f.steps[2].stageId = 'nowhere')),
  journeyCase('the current stage missing', (f) => (f.journey.currentStageId = 'nowhere')),
  journeyCase('a step whose picture is not in the ZIP', (f) => (f.steps[0].screenshot = 'screenshots/missing.jpg')),
  journeyCase('a step whose picture is outside the ZIP', (f) => (f.steps[0].screenshot = '../../etc/passwd')),
  journeyCase('two steps sharing one picture', (f) => (f.steps[1].screenshot = f.steps[0].screenshot)),
  journeyCase('steps out of order', (f) => f.steps.reverse()),
  journeyCase('no steps but notes', (f) => (f.steps.length = 0)),
  journeyCase('no stages', (f) => (f.journey.stages.length = 0)),
  journeyCase('10,000 notes on one step', (f) => f.annotations.push(...Array.from({ length: 10_000 }, (_, i) => ({ ...f.annotations[1], id: `n${i}` })))),
  journeyCase('a step of an unknown kind', (f) => (f.steps[0].kind = 'teleport')),
  journeyCase('a __proto__ key in a step', (f) => Object.defineProperty(f.steps[0], '__proto__', { value: { polluted: true }, enumerable: true })),
  ['deeply nested journey.json', () => exportedZip(deepNesting(100_000))],
  ['deeply nested JSON file', () => strToU8(deepNesting(100_000))],
  ['deeply nested value in a step', () => strToU8(asJson(exportedJson()).replace('"title": "Buy a tent"', `"title": ${deepNesting(50_000)}`))],
  ['a Recorder flow nested deep', () => strToU8(`{"title":"x","steps":${deepNesting(50_000)}}`)],
];

/** ZIP entries swapped, renamed, doubled or emptied. */
function entryCases(): Fuzzed[] {
  const rezip =
    (change: (entries: Record<string, Uint8Array>) => Record<string, Uint8Array>): (() => Uint8Array<ArrayBuffer>) =>
    () =>
      zipSync(change(unzipSync(exportedZip())));
  const rename = (from: string, to: string) =>
    rezip((entries) => {
      const { [from]: moved, ...rest } = entries;
      return { ...rest, [to]: moved };
    });
  const swap = (a: string, b: string) => rezip((entries) => ({ ...entries, [a]: entries[b], [b]: entries[a] }));
  return [
    ['journey.json renamed', rename('journey.json', 'journey.txt')],
    ['journey.json in a folder', rename('journey.json', 'walk/journey.json')],
    ['journey.json swapped with a screenshot', swap('journey.json', 'screenshots/shot1.jpg')],
    ['journey.json swapped with the report', swap('journey.json', 'report.html')],
    ['journey.json swapped with the Recorder flow', swap('journey.json', 'recorder.json')],
    ['a screenshot swapped with its thumbnail', swap('screenshots/shot1.jpg', 'thumbnails/shot1.jpg')],
    ['two screenshots swapped', swap('screenshots/shot1.jpg', 'screenshots/shot2.jpg')],
    ['a screenshot renamed', rename('screenshots/shot1.jpg', 'screenshots/other.jpg')],
    ['a screenshot renamed to a thumbnail', rename('screenshots/shot2.jpg', 'thumbnails/shot9.jpg')],
    ['a thumbnail missing', rezip(({ 'thumbnails/shot1.jpg': _gone, ...rest }) => rest)],
    ['a screenshot emptied', rezip((entries) => ({ ...entries, 'screenshots/shot1.jpg': new Uint8Array() }))],
    ['journey.json emptied', rezip((entries) => ({ ...entries, 'journey.json': new Uint8Array() }))],
    ['a screenshot that is text', rezip((entries) => ({ ...entries, 'screenshots/shot1.jpg': strToU8('not a picture') }))],
    ['an entry named ../escape', rezip((entries) => ({ ...entries, '../escape.jpg': entries['screenshots/shot1.jpg'] }))],
    ['only pictures', rezip(({ 'journey.json': _gone, ...rest }) => rest)],
    ['a ZIP inside the ZIP', rezip((entries) => ({ 'inner.zip': zipSync(entries) }))],
  ];
}

function fuzzedFiles(): Fuzzed[] {
  const random = randomFrom(20_261_205);
  const json = () => bytesOf(exportedJson());
  const flow = () => bytesOf(exportedFlow());
  const zip = () => exportedZip();
  return [
    ...truncations('journey file', json, 20, random),
    ...truncations('share ZIP', zip, 30, random),
    ...truncations('Recorder flow', flow, 15, random),
    ...byteFlips('journey file', json, 20, random),
    ...byteFlips('share ZIP', zip, 30, random),
    ...byteFlips('Recorder flow', flow, 15, random),
    ...valueMutations('journey file', exportedJson, bytesOf, 25, random),
    ...valueMutations('journey.json in the ZIP', exportedJson, exportedZip, 25, random),
    ...valueMutations('Recorder flow', exportedFlow, bytesOf, 25, random),
    ...structuralCases,
    ...entryCases(),
  ];
}

const cases = fuzzedFiles();

describe('fuzzed imports', () => {
  it('are at least 200 files', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it.each(cases)(
    '%s: refused in words, or imported inert',
    async (_name, file) => {
      const before = await storeContents();
      const outcome = await importJourney(blobOf(file()), { limits, makeThumbnail, now: 5_000 }).then(
        (imported) => ({ imported }),
        (error: unknown) => ({ error }),
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      if ('error' in outcome) {
        expect(outcome.error).toBeInstanceOf(ImportError);
        const message = (outcome.error as Error).message;
        // A translated sentence, never a message key or an engine's words.
        expect(message.length).toBeGreaterThan(15);
        expect(message).not.toMatch(/^import[A-Z]|undefined|\[object |TypeError|SyntaxError/);
        expect(await storeContents()).toEqual(before);
        return;
      }
      // Imported: what was stored exports again as a journey file the importer accepts.
      const stored = await loadJourneyBundle(outcome.imported.rows.journey.id);
      expect(() => readJourneyFile(JSON.parse(JSON.stringify(journeyFile(stored))) as object)).not.toThrow();
      // The biggest files (10,000 notes) take some 2.5 s quiet and over 5 s on a loaded 2-core machine: this checks
      // what an import does, not how fast.
    },
    30_000,
  );
});
