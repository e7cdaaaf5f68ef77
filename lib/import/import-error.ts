import { t, type MessageKey } from '../i18n';

/**
 * Why a file was not imported, in the tester's language. An import that throws one has changed nothing:
 * every check runs before the single transaction that writes the journey.
 */
export class ImportError extends Error {
  override name = 'ImportError';

  constructor(key: MessageKey, ...substitutions: Array<string | number>) {
    super(t(key, ...substitutions));
  }
}

/**
 * A byte count as the tester reads it: "512 MB", "2.5 kB". Counted in 1,024s, as file managers mostly do,
 * so the limits read as round numbers.
 */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : Number(value.toPrecision(3))} ${units[unit]}`;
}
