import type { MessageKey } from '../i18n';
import { ImportError } from './import-error';

/** Keys that reach an object's prototype in careless code: a shared file never needs them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses JSON from a shared file. Refuses prototype keys anywhere in it, and says where the text is
 * broken (a file cut off in transit ends mid-value). `tooDeep` names what the file should have been.
 */
export function readJson(text: string, tooDeep: MessageKey = 'importTooDeep'): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ImportError('importForbiddenKey', key);
      return value;
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    // The reviver recurses: nesting deep enough to overflow the stack is no journey.
    if (error instanceof RangeError) throw new ImportError(tooDeep);
    throw new ImportError('importNotJson');
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 text of a file's bytes (a leading BOM dropped); undefined when the bytes are not UTF-8. */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}
