import { unzipSync } from 'fflate';
import { formatBytes, ImportError } from './import-error';
import type { ImportLimits } from './limits';

/**
 * Names a ZIP entry may not have: absolute paths, drive letters, backslashes, "." or ".." segments, control
 * characters. Trailnote never writes entries to disk, but a file carrying such a name was made to attack
 * something, so it is refused whole.
 */
function isUnsafeName(name: string): boolean {
  return (
    name === '' ||
    name.length > 500 ||
    name.startsWith('/') ||
    /^[a-z]:/i.test(name) ||
    name.includes('\\') ||
    /[\u0000-\u001f\u007f]/.test(name) ||
    name.split('/').some((segment) => segment === '.' || segment === '..')
  );
}

/** Pasted into messages: a hostile name is shown, not interpreted, and kept short. */
const shown = (name: string): string => JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);

/** Stored and deflated: what Trailnote, and every ZIP tool's default, writes. */
const METHODS = new Set([0, 8]);

/**
 * Unpacks the entries `wanted` picks from a ZIP, reading its central directory, which holds each entry's
 * true sizes (entries streamed with data descriptors have none in their own headers). Before an entry is
 * inflated, its size is counted against the limits; fflate then inflates it into a buffer of exactly that
 * size, so an entry whose header lies about its size cannot come out bigger (it comes out cut, and fails
 * the checks its contents get). Every entry's name is checked, wanted or not; unwanted entries are never
 * inflated. Throws an ImportError when the ZIP is damaged, cut off, hostile or too big.
 */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean, limits: ImportLimits): Map<string, Uint8Array> {
  const seen = new Set<string>();
  let entries = 0;
  let inflated = 0;

  function filter({ name, originalSize, compression }: { name: string; originalSize: number; compression: number }): boolean {
    entries += 1;
    if (entries > limits.zipEntries) throw new ImportError('importZipTooManyEntries', limits.zipEntries);
    if (isUnsafeName(name)) throw new ImportError('importZipUnsafeName', shown(name));
    if (seen.has(name)) throw new ImportError('importZipDuplicate', shown(name));
    seen.add(name);
    if (name.endsWith('/') || !wanted(name)) return false;
    if (!METHODS.has(compression)) throw new ImportError('importZipUnsupported', shown(name));
    const limit = name === 'journey.json' ? limits.journeyBytes : limits.entryBytes;
    if (originalSize > limit) throw new ImportError('importZipEntryTooLarge', shown(name), formatBytes(limit));
    inflated += originalSize;
    if (inflated > limits.inflatedBytes) throw new ImportError('importZipTooLarge', formatBytes(limits.inflatedBytes));
    return true;
  }

  try {
    return new Map(Object.entries(unzipSync(bytes, { filter })));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    // No end record (a download cut off), an entry cut short, or data that does not inflate.
    throw new ImportError('importZipBroken');
  }
}
