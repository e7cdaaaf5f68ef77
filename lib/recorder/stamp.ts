/** What every recorded step carries about where and when it happened. */
export interface Stamp {
  id: string;
  at: number;
  url: string;
  title: string;
  frameUrl?: string;
}

/**
 * crypto.randomUUID() exists only in secure contexts, and the recorded page may be plain http:
 * getRandomValues is everywhere. The id is made in the page so a resent step is stored once.
 */
export function newStepId(win: Window): string {
  const crypto = win.crypto ?? globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The top document's URL and title when this frame may read them; a cross-origin frame only knows its own. */
function page(win: Window): { url: string; title: string } {
  try {
    return { url: win.top?.location.href ?? win.location.href, title: win.top?.document.title ?? win.document.title };
  } catch {
    return { url: win.location.href, title: win.document.title };
  }
}

/** Every step is timestamped here, once (docs/conventions.md, Data). */
export function stamp(win: Window): Stamp {
  const inFrame = win !== win.top;
  const { url, title } = inFrame ? page(win) : { url: win.location.href, title: win.document.title };
  return { id: newStepId(win), at: Date.now(), url, title, ...(inFrame && { frameUrl: win.location.href }) };
}

const loadStepKey = Symbol.for('trailnote.loadStepId');

/**
 * The id of this document's page-load step. Each injection of the recorder replaces the previous one in
 * the document (the background injects at commit and again at DOMContentLoaded); both report the load,
 * and the same id makes the store keep it once. Kept on the document in the content script's world.
 */
export function loadStepId(win: Window): string {
  const doc = win.document as Document & { [loadStepKey]?: string };
  doc[loadStepKey] ??= newStepId(win);
  return doc[loadStepKey];
}
