import type { BrowserContext } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';

/** Chromium's processes started with this profile: the browser itself and its helpers (renderers, GPU, storage…). */
function processesOf(profileDir: string): Array<{ pid: number; helper: boolean }> {
  const found: Array<{ pid: number; helper: boolean }> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // ended while we looked
    }
    if (args.includes(`--user-data-dir=${profileDir}`)) found.push({ pid: Number(entry), helper: args.some((arg) => arg.startsWith('--type=')) });
  }
  return found;
}

/**
 * Kills the browser the way a crash or a power cut does: SIGKILL on Chromium's browser process, which
 * gets no chance to close its profile, save its session or tell the extension. Its helper processes
 * die with it (they lose their pipe to it); any still there after a while are killed too, as the
 * operating system would when the machine goes down. Resolves once nothing of that browser is left.
 */
export async function killBrowser(context: BrowserContext, profileDir: string): Promise<number> {
  const browser = processesOf(profileDir).filter((process) => !process.helper);
  if (browser.length !== 1) throw new Error(`Expected one browser process for ${profileDir}, found ${browser.length}`);
  const [{ pid }] = browser;
  const closed = context.waitForEvent('close');
  process.kill(pid, 'SIGKILL');
  await closed;
  const started = Date.now();
  for (let left = processesOf(profileDir); left.length > 0; left = processesOf(profileDir)) {
    const waited = Date.now() - started;
    if (waited > 20_000) throw new Error(`Chromium's processes ${left.map(({ pid }) => pid).join(', ')} outlived their browser`);
    if (waited > 10_000) for (const helper of left) process.kill(helper.pid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return pid;
}
