import type { Journey, Step } from '../../lib/journey/types';

/**
 * The store read raw, for the tests' checks: handed to `evaluate` in one of Trailnote's pages or its service worker
 * (the same origin as the store), by Playwright and by puppeteer in Firefox (tests/firefox/), so each function uses
 * nothing from outside itself.
 */

/** What IndexedDB holds, read raw from an extension page (same origin as the store). */
export interface StoreDump {
  journeys: Journey[];
  steps: Step[];
  screenshots: Array<{
    id: string;
    stepId: string;
    width: number;
    height: number;
    imageBytes: number;
    thumbnailBytes: number;
    imageType: string;
    method: string;
    pageUrl?: string;
    takenAt: number;
  }>;
  annotations: unknown[];
}

/**
 * What IndexedDB holds, read raw in one of Trailnote's pages (same origin as the store). Handed to a page's
 * evaluate, by Playwright here and by puppeteer in Firefox (tests/firefox/), so it uses nothing from outside.
 */
export async function readStoreInPage(): Promise<StoreDump> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('trailnote');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const all = <T>(store: string) =>
    new Promise<T[]>((resolve, reject) => {
      if (!db.objectStoreNames.contains(store)) return resolve([]);
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as T[]);
      request.onerror = () => reject(request.error);
    });
  type Shot = { id: string; stepId: string; width: number; height: number; image: Blob; thumbnail: Blob; method: string; pageUrl?: string; takenAt: number };
  const [journeys, steps, shots, annotations] = await Promise.all([all<Journey>('journeys'), all<Step>('steps'), all<Shot>('screenshots'), all<unknown>('annotations')]);
  db.close();
  return {
    journeys,
    steps: steps.sort((a, b) => a.seq - b.seq),
    screenshots: shots.map((shot) => ({
      id: shot.id,
      stepId: shot.stepId,
      width: shot.width,
      height: shot.height,
      imageBytes: shot.image.size,
      thumbnailBytes: shot.thumbnail.size,
      imageType: shot.image.type,
      method: shot.method,
      pageUrl: shot.pageUrl,
      takenAt: shot.takenAt,
    })),
    annotations,
  };
}

/** Every byte of the store and of extension storage as text, screenshots included, for canary searches (as above). */
export async function readStoreTextInPage(): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('trailnote');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const parts: string[] = [];
  for (const name of Array.from(db.objectStoreNames)) {
    const rows = await new Promise<unknown[]>((resolve) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result);
    });
    for (const row of rows) {
      parts.push(JSON.stringify(row));
      for (const value of Object.values(row as Record<string, unknown>)) {
        if (value instanceof Blob) parts.push(new TextDecoder('latin1').decode(await value.arrayBuffer()));
      }
    }
  }
  db.close();
  // Firefox's promise-returning API is `browser`; Chrome's pages have only `chrome`.
  const local = await (typeof browser === 'undefined' ? chrome : browser).storage.local.get(null);
  parts.push(JSON.stringify(local));
  return parts.join('\n');
}
