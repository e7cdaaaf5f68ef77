import { afterEach, describe, expect, it, vi } from 'vitest';
import { listJourneys } from '../../lib/db';
import { formatIn } from '../../lib/i18n';
import { ImportError } from '../../lib/import/import-error';
import { importJourneyOffThread } from '../../lib/import/off-thread';
import { answerFor, type ReadAnswer, type ReadRequest } from '../../lib/import/read-answer';
import { IMPORT_LIMITS } from '../../lib/journey/limits';
import { blobOf, sharedFile, storeContents, zipOf } from './support/shared-files';
import { useFreshStore } from './support/rows';

useFreshStore();

/** The import worker as the panel sees it: requests in, answers out, the reading done by the worker's own code. */
const { FakeReadWorker } = vi.hoisted(() => {
  class FakeReadWorker {
    static made: FakeReadWorker[] = [];
    onmessage?: (event: { data: ReadAnswer }) => void;
    onerror?: (event: { message: string }) => void;
    requests: ReadRequest[] = [];
    terminated = false;

    constructor() {
      FakeReadWorker.made.push(this);
    }

    postMessage(request: ReadRequest): void {
      this.requests.push(request);
      void answerFor(request).then((answer) => this.onmessage?.({ data: answer }));
    }

    terminate(): void {
      this.terminated = true;
    }
  }
  return { FakeReadWorker };
});

vi.mock('../../lib/import/read-worker?worker', () => ({ default: FakeReadWorker }));

afterEach(() => {
  vi.unstubAllGlobals();
  FakeReadWorker.made = [];
  formatIn(undefined);
});

describe('imports read off the panel’s thread', () => {
  it('imports the file in the worker, answers with what it saved, and lets the worker go', async () => {
    vi.stubGlobal('Worker', FakeReadWorker);
    const imported = await importJourneyOffThread(blobOf(zipOf(sharedFile())));

    expect(FakeReadWorker.made).toHaveLength(1);
    expect(FakeReadWorker.made[0].requests[0].language).toBe('en');
    expect(FakeReadWorker.made[0].terminated).toBe(true);
    expect(imported.source).toBe('zip');
    expect((await listJourneys()).map((journey) => journey.id)).toEqual([imported.rows.journey.id]);
  });

  it('says a refusal again on the panel’s side: the same words, the same code, nothing stored', async () => {
    vi.stubGlobal('Worker', FakeReadWorker);
    const before = await storeContents();
    const refusal = await importJourneyOffThread(blobOf('{"format": "trailnote.journey", "version": 1')).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(ImportError);
    expect(refusal).toMatchObject({ code: 'import-invalid', key: 'importNotJson', message: new ImportError('importNotJson').message });
    expect(FakeReadWorker.made[0].terminated).toBe(true);
    expect(await storeContents()).toEqual(before);
  });

  it('gives the sizes a refusal names in the tester’s language, which the worker cannot ask the browser for', async () => {
    const tooBig = new Blob([new Uint8Array(IMPORT_LIMITS.journeyBytes + 1).fill(0x20)]);
    const answer = await answerFor({ file: tooBig, language: 'fr', now: 1 });

    // "16 Mo", with the narrow space French puts before a unit; English would say "16 MB".
    const sixteenMo = expect.stringMatching(/^16\sMo$/);
    expect(answer).toEqual({ refused: { key: 'importJsonTooBig', substitutions: [sixteenMo, sixteenMo] } });
  });

  it('turns a failure that is no refusal into an error naming it, for the diagnostics log', async () => {
    vi.stubGlobal('Worker', FakeReadWorker);
    const unreadable = { size: 10, arrayBuffer: () => Promise.reject(new TypeError('The file went away')) } as unknown as Blob;
    const failure = await importJourneyOffThread(unreadable).catch((error: unknown) => error);

    expect(failure).not.toBeInstanceOf(ImportError);
    expect(failure).toMatchObject({ message: 'TypeError: The file went away' });
  });

  it('imports the file here where no worker can start', async () => {
    const imported = await importJourneyOffThread(blobOf(JSON.stringify(sharedFile())));
    expect(imported.source).toBe('json');
    expect(FakeReadWorker.made).toHaveLength(0);
  });
});
