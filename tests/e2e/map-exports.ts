import type { Download, Page } from '@playwright/test';

/** Clicks one of the journey map's export buttons ("Export ZIP", …) and resolves with its download. */
export async function exportFromMap(map: Page, button: string): Promise<Download> {
  // A 2,000-step ZIP takes seconds to build: more than the default wait for an event.
  const downloaded = map.waitForEvent('download', { timeout: 60_000 });
  await map.getByRole('button', { name: button, exact: true }).click();
  return downloaded;
}

/** The same, resolving with where Playwright saved the file (under a bare id, without its name). */
export async function exportedFile(map: Page, button: string): Promise<string> {
  const path = await (await exportFromMap(map, button)).path();
  if (!path) throw new Error(`${button} was not downloaded`);
  return path;
}
