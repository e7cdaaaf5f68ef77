import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { formatBytes, ImportError } from './import-error';
import type { ImportLimits } from './limits';

/**
 * Input is fed to the unzipper this many bytes at a time. Deflate expands at most about 1:1000, so one
 * piece inflates to at most ~16 MB before the count below can stop it: a zip bomb is caught while it
 * unpacks, whatever sizes its headers claim.
 */
const PIECE = 16 * 1024;

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

/**
 * True when the ZIP ends with its end-of-central-directory record ("PK\x05\x06", within the last 22 bytes
 * plus the longest comment). Entries are read as they come, so without this a download that stopped
 * between two entries would look whole.
 */
function hasEnd(bytes: Uint8Array): boolean {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 5 && bytes[at + 3] === 6) return true;
  }
  return false;
}

/**
 * Unpacks the entries `wanted` picks from a ZIP, counting the bytes that come out against the limits. Every
 * entry's name is checked, wanted or not; unwanted entries are never inflated. Throws an ImportError when
 * the ZIP is damaged, cut off, hostile or too big.
 */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean, limits: ImportLimits): Map<string, Uint8Array> {
  if (!hasEnd(bytes)) throw new ImportError('importZipBroken');
  const files = new Map<string, Uint8Array>();
  const unfinished = new Set<string>();
  let entries = 0;
  let inflated = 0;
  let failure: ImportError | undefined;

  function unpack(file: UnzipFile): void {
    const chunks: Uint8Array[] = [];
    let size = 0;
    unfinished.add(file.name);
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = new ImportError('importZipBroken');
        return;
      }
      size += chunk.length;
      inflated += chunk.length;
      if (size > limits.entryBytes) failure = new ImportError('importZipEntryTooLarge', shown(file.name), formatBytes(limits.entryBytes));
      else if (inflated > limits.inflatedBytes) failure = new ImportError('importZipTooLarge', formatBytes(limits.inflatedBytes));
      if (failure) {
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) {
        unfinished.delete(file.name);
        files.set(file.name, join(chunks, size));
      }
    };
    try {
      file.start();
    } catch {
      // fflate knows stored and deflated entries; other methods (LZMA, encryption) throw here.
      failure = new ImportError('importZipUnsupported', shown(file.name));
    }
  }

  const unzip = new Unzip((file) => {
    if (failure) return;
    entries += 1;
    if (entries > limits.zipEntries) failure = new ImportError('importZipTooManyEntries', limits.zipEntries);
    else if (isUnsafeName(file.name)) failure = new ImportError('importZipUnsafeName', shown(file.name));
    else if (files.has(file.name) || unfinished.has(file.name)) failure = new ImportError('importZipDuplicate', shown(file.name));
    else if (!file.name.endsWith('/') && wanted(file.name)) unpack(file);
  });
  unzip.register(UnzipInflate);

  try {
    for (let offset = 0; offset < bytes.length && !failure; offset += PIECE) {
      unzip.push(bytes.subarray(offset, offset + PIECE), offset + PIECE >= bytes.length);
    }
  } catch {
    failure ??= new ImportError('importZipBroken');
  }
  if (failure) throw failure;
  // A ZIP cut off mid-entry can end without an error: the entry just never finishes.
  if (unfinished.size > 0) throw new ImportError('importZipBroken');
  return files;
}

function join(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  return whole;
}
