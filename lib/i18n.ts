import english from '../public/_locales/en/messages.json';
import { browser } from 'wxt/browser';

/** Every user-facing string has a key in public/_locales/<lang>/messages.json (English is the default). */
export type MessageKey = keyof typeof english;

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** English text with Chrome's `$P1$`-style placeholders filled, for places without `browser.i18n`. */
function fromEnglish(key: MessageKey, substitutions: string[]): string {
  const entry: ChromeMessage = english[key];
  return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    const index = content ? Number(content.slice(1)) - 1 : -1;
    return substitutions[index] ?? whole;
  });
}

/**
 * Translates a message in the browser's language. Falls back to English where `browser.i18n` has no
 * answer (unit tests, exported reports opened outside the extension).
 */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const values = substitutions.map(String);
  let translated = '';
  try {
    translated = browser?.i18n?.getMessage(key, values) ?? '';
  } catch {
    // i18n is missing outside extension pages; English below.
  }
  return translated || fromEnglish(key, values);
}

/** The language a worker was told to format in: it has no `browser.i18n` to ask. */
let workerLanguage: string | undefined;

/** Tells a worker the tester's language (lib/import/read-worker.ts), for the numbers its messages carry. */
export function formatIn(language: string | undefined): void {
  workerLanguage = language;
}

/** The UI language, for number and date formatting. */
export function uiLanguage(): string {
  if (workerLanguage) return workerLanguage;
  try {
    return browser?.i18n?.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
