import { TrailnoteError } from '../errors';
import { t, uiLanguage, type MessageKey } from '../i18n';

/**
 * Why a file was not imported, in the tester's language. An import that throws one has changed nothing:
 * every check runs before the single transaction that writes the journey.
 */
export class ImportError extends TrailnoteError {
  override name = 'ImportError';

  /**
   * What fills the message, kept with its key: a refusal made in the import worker, which has no
   * `browser.i18n`, is said again in the tester's language on the panel's side (lib/import/off-thread.ts).
   */
  readonly substitutions: string[];

  constructor(
    readonly key: MessageKey,
    ...substitutions: Array<string | number>
  ) {
    // A full disk is not the file's fault: the panel says so in its own words.
    super(key === 'importDiskFull' ? 'quota' : 'import-invalid', t(key, ...substitutions));
    this.substitutions = substitutions.map(String);
  }
}

/** Byte units Intl names in every language ("16 MB", "16 Mo"), each 1,024 of the one before. */
const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * A byte count as the tester reads it, in their language: "512 MB", "2.5 kB", "16 Mo". Counted in 1,024s, as
 * file managers mostly do, so the limits read as round numbers.
 */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(uiLanguage(), { style: 'unit', unit: UNITS[unit], maximumSignificantDigits: 3 }).format(value);
}
