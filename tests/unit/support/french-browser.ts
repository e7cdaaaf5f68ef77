import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import french from '../../../public/_locales/fr/messages.json';

/** The browser in French: messages from public/_locales/fr, placeholders filled the way Chrome fills them. */
export function speakFrench(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, substitutions?: string | string[]) => {
    const values = [substitutions ?? []].flat();
    return ((french as Record<string, { message: string }>)[key]?.message ?? '').replace(/\$P(\d)\$/g, (_all, n: string) => values[Number(n) - 1] ?? '');
  });
}
