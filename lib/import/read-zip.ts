import CRC32 from 'crc-32';
import { Inflate } from 'fflate';
import { formatBytes, ImportError } from './import-error';
import type { ImportLimits } from '../journey/limits';

/**
 * Reading a share ZIP as a hostile file: every size, offset and name is checked before anything is
 * inflated, and what comes out is counted against the limits as it comes.
 *
 * The reader is written here rather than taken from fflate's unzipSync, which trusts the central directory:
 * there, stored entries are copied at whatever size they claim, any number of entries may point at the
 * same bytes, and a deflated entry is inflated to its end whatever size it declares, so a 257 kB ZIP kept
 * the page busy for 8 s and a 4 MB one allocated 1.2 GB. fflate still does the inflating.
 */

/**
 * Deflate expands at most 1:1032. Input is fed to the inflater in pieces sized so that one piece cannot
 * come out much bigger than what the entry has left to declare: an entry claiming 1 byte is stopped after
 * at most 66 kB of work, however big its stream, and 25,000 such entries cost seconds, not hours.
 */
const MAX_EXPANSION = 1032;
const SMALLEST_PIECE = 64;
const LARGEST_PIECE = 16 * 1024;
const pieceFor = (left: number): number => Math.min(LARGEST_PIECE, SMALLEST_PIECE + Math.ceil(left / MAX_EXPANSION));

const END = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** General-purpose flags: bit 0 encrypted, bit 11 UTF-8 names. */
const ENCRYPTED = 0x1;
const UTF8_NAMES = 0x800;

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
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a safe entry name must not have
    /[\u0000-\u001f\u007f\ufffd]/.test(name) ||
    name.split('/').some((segment) => segment === '.' || segment === '..')
  );
}

/** Pasted into messages: a hostile name is shown, not interpreted, and kept short. */
const shown = (name: string): string => JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);

const broken = () => new ImportError('importZipBroken');

/** An entry as the central directory describes it. */
interface Entry {
  name: string;
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

/** The end record, within the last 22 bytes plus the longest comment; ZIP64 (over 4 GB or 65,535 entries) is refused. */
function endRecord(bytes: Uint8Array, view: DataView): { count: number; directory: number; directorySize: number } {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) !== END) continue;
    const count = view.getUint16(at + 10, true);
    const directorySize = view.getUint32(at + 12, true);
    const directory = view.getUint32(at + 16, true);
    if (view.getUint16(at + 4, true) !== 0 || view.getUint16(at + 8, true) !== count || count === 0xffff || directory === 0xffffffff) throw broken();
    if (directory + directorySize > at) throw broken();
    return { count, directory, directorySize };
  }
  throw broken();
}

/** The central directory's entries, and where the directory starts (every entry's data lies before it). */
function entriesOf(bytes: Uint8Array, view: DataView, limits: ImportLimits): { entries: Entry[]; directory: number } {
  const { count, directory, directorySize } = endRecord(bytes, view);
  if (count > limits.zipEntries) throw new ImportError('importZipTooManyEntries', limits.zipEntries);
  const entries: Entry[] = [];
  let at = directory;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > directory + directorySize || view.getUint32(at, true) !== CENTRAL) throw broken();
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > directory + directorySize) throw broken();
    const flags = view.getUint16(at + 8, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    entries.push({
      name: new TextDecoder(flags & UTF8_NAMES ? 'utf-8' : 'latin1').decode(nameBytes),
      nameBytes,
      flags,
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
    });
    at = next;
  }
  return { entries, directory };
}

/** Where an entry's data starts, once its local header is found to agree with the central directory. */
function dataStart(bytes: Uint8Array, view: DataView, entry: Entry, end: number): number {
  const at = entry.localHeader;
  if (at + 30 > end || view.getUint32(at, true) !== LOCAL) throw broken();
  const nameLength = view.getUint16(at + 26, true);
  const start = at + 30 + nameLength + view.getUint16(at + 28, true);
  const sameName = nameLength === entry.nameBytes.length && bytes.subarray(at + 30, at + 30 + nameLength).every((byte, i) => byte === entry.nameBytes[i]);
  if (!sameName || view.getUint16(at + 8, true) !== entry.method || start + entry.compressedSize > end) throw broken();
  return start;
}

/** Inflates a deflated entry piece by piece, stopping as soon as more comes out than it declared. */
function inflated(data: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let length = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    if (length + chunk.length > size) throw broken();
    out.set(chunk, length);
    length += chunk.length;
    done ||= final;
  });
  try {
    for (let offset = 0; offset < data.length && !done;) {
      const end = offset + pieceFor(size - length);
      inflater.push(data.subarray(offset, end), end >= data.length);
      offset = end;
    }
  } catch {
    throw broken(); // bad deflate data, or more of it than declared
  }
  if (!done || length !== size) throw broken();
  return out;
}

/**
 * Unpacks the entries `wanted` picks from a ZIP. Every entry's name is checked, wanted or not; unwanted
 * entries are never read. A wanted entry must agree with its local header, lie before the central directory
 * without overlapping another, declare a size within the limits, come out at exactly that size, and match
 * its CRC-32. Throws an ImportError when the ZIP is damaged, cut off, hostile or too big.
 */
export function readZip(bytes: Uint8Array<ArrayBuffer>, wanted: (name: string) => boolean, limits: ImportLimits): Map<string, Uint8Array<ArrayBuffer>> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { entries, directory } = entriesOf(bytes, view, limits);

  const seen = new Set<string>();
  const picked: Entry[] = [];
  let total = 0;
  for (const entry of entries) {
    if (isUnsafeName(entry.name)) throw new ImportError('importZipUnsafeName', shown(entry.name));
    if (seen.has(entry.name)) throw new ImportError('importZipDuplicate', shown(entry.name));
    seen.add(entry.name);
    if (entry.name.endsWith('/') || !wanted(entry.name)) continue;
    if (entry.flags & ENCRYPTED || (entry.method !== STORED && entry.method !== DEFLATED)) throw new ImportError('importZipUnsupported', shown(entry.name));
    const limit = entry.name === 'journey.json' ? limits.journeyBytes : limits.entryBytes;
    if (entry.size > limit) throw new ImportError('importZipEntryTooLarge', shown(entry.name), formatBytes(limit));
    total += entry.size;
    if (total > limits.inflatedBytes) throw new ImportError('importZipTooLarge', formatBytes(limits.inflatedBytes));
    if (entry.method === STORED && entry.compressedSize !== entry.size) throw broken();
    picked.push(entry);
  }

  // Entries may not share bytes: each is read once, so the work is bounded by the file's size.
  const ranges = picked.map((entry) => ({ entry, start: dataStart(bytes, view, entry, directory) })).sort((a, b) => a.entry.localHeader - b.entry.localHeader);
  ranges.forEach(({ entry, start }, index) => {
    const next = ranges[index + 1];
    if (next && start + entry.compressedSize > next.entry.localHeader) throw broken();
  });

  const files = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const { entry, start } of ranges) {
    const data = bytes.subarray(start, start + entry.compressedSize);
    const content = entry.method === STORED ? data : inflated(data, entry.size);
    if (CRC32.buf(content) >>> 0 !== entry.crc) throw broken();
    files.set(entry.name, content);
  }
  return files;
}
