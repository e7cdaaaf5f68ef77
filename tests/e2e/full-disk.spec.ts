import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm, statfs, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, launchWithExtension, serviceWorkerOf, tabIdOf, test } from './fixtures';
import { PanelPage } from './panel-page';

/** A small file system of its own for the profile, so that filling it fills only this test's disk. */
async function smallDisk(): Promise<string | null> {
  const dir = await mkdtemp(join(tmpdir(), 'trailnote-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=96m', 'tmpfs', dir], { stdio: 'pipe' });
    return dir;
  } catch {
    await rm(dir, { recursive: true, force: true });
    return null;
  }
}

/** Takes every free byte of the disk with one file, as a disk filled by something else would be. */
async function fill(dir: string): Promise<string> {
  const ballast = join(dir, 'ballast');
  try {
    // Written until the disk refuses (dd then fails): the browser writes meanwhile, so no size is right for long.
    execFileSync('dd', ['if=/dev/zero', `of=${ballast}`, 'bs=64k'], { stdio: 'pipe' });
  } catch {
    // No space left on device: what we wanted.
  }
  const { bavail } = await statfs(dir);
  expect(bavail, 'no free block left').toBe(0);
  return ballast;
}

/**
 * Keeps the disk full, as another program filling it would: Chromium frees a few blocks now and then (its logs
 * and journals), and a step then fits, which on a loaded machine made the walk go on before the test freed room.
 * Returns what stops it.
 */
function keepFull(ballast: string): () => Promise<void> {
  // A process group of its own, so that stopping it stops the dd it is running too.
  const filler = spawn('sh', ['-c', `while :; do dd if=/dev/zero bs=4k >> '${ballast}' 2>/dev/null; sleep 0.02; done`], { stdio: 'ignore', detached: true });
  const ended = new Promise((resolve) => filler.once('exit', resolve));
  return async () => {
    if (filler.exitCode === null && filler.signalCode === null) process.kill(-filler.pid!, 'SIGKILL');
    await ended;
  };
}

test('a full disk mid-walk: the panel says so, the walk pauses, nothing is lost, and it goes on once there is room', async ({ shop }) => {
  const disk = await smallDisk();
  // Mounting needs root, which CI has: elsewhere the test says why it did not run rather than pass.
  test.skip(disk === null, 'mounting a small file system for the profile needs root');
  if (!disk) return;
  const context = await launchWithExtension(join(disk, 'profile'));
  let stopFilling = async (): Promise<void> => {};
  try {
    const background = await serviceWorkerOf(context);
    const shopPage = await context.newPage();
    await shopPage.goto(shop.origin + '/');
    const panel = await PanelPage.open(context, background, await tabIdOf(background, shopPage));
    await panel.start('Walk on a full disk');
    await shopPage.getByRole('link', { name: 'Shop tents' }).click();
    await shopPage.waitForURL('**/category/tents.html');
    await expect(panel.stepCount).toHaveText('3');
    await panel.settled();

    const ballast = await fill(disk);
    stopFilling = keepFull(ballast);
    await shopPage.getByRole('link', { name: 'Trailhead 2 Tent' }).click();
    await shopPage.waitForURL('**/product/trailhead-2.html');
    const warning = panel.page.getByRole('alert');
    await expect(warning).toHaveText(/^Your disk is full, so Trailnote paused the recording/);
    await expect(panel.page.getByText('Paused', { exact: true })).toBeVisible();
    // The click may still have found a few blocks Chromium freed (its logs, its journals) before the page it opened
    // was refused: what the panel shows is what was saved, and from now on it stays so until there is room.
    // (The store cannot be read from the test now: opening it needs room.)
    const saved = await panel.stepCount.textContent();
    expect(['3', '4'], 'steps saved before the disk refused one').toContain(saved);
    await panel.page.screenshot({ path: test.info().outputPath('panel-disk-full.png') });

    // Resume while the disk is still full: the panel says so, and keeps what is held.
    await panel.button('Resume').click();
    await expect(panel.page.getByText('The disk is still full: free some space first.', { exact: false })).toBeVisible();
    // Stopping now would throw the held steps away: the walk stays.
    await panel.button('Stop recording').click();
    await expect(panel.button('Stop recording')).toBeEnabled();
    await expect(panel.page.getByText('Paused', { exact: true })).toBeVisible();
    await expect(panel.stepCount).toHaveText(saved!);

    // Room again: the held steps are saved by themselves, and the walk goes on.
    await stopFilling();
    await unlink(ballast);
    await expect(warning).toHaveCount(0, { timeout: 15_000 });
    await expect(panel.stepCount).toHaveText('5');
    await expect(panel.page.getByText('Recording', { exact: true })).toBeVisible();
    await shopPage.getByRole('link', { name: 'Home', exact: true }).click();
    await shopPage.waitForURL(shop.origin + '/');
    await expect(panel.stepCount).toHaveText('7');
    const dump = await panel.settled();
    await panel.stop();

    expect(dump.steps.map((step) => `${step.seq} ${step.kind} ${new URL(step.url).pathname}`)).toEqual([
      '1 navigation /',
      '2 click /',
      '3 navigation /category/tents.html',
      '4 click /category/tents.html',
      '5 navigation /product/trailhead-2.html',
      '6 click /product/trailhead-2.html',
      '7 navigation /',
    ]);
    // Every step has its picture or says why not.
    for (const step of dump.steps) expect(Boolean(step.screenshotId) || Boolean(step.problem), `step ${step.seq}`).toBe(true);
    await expect.poll(async () => (await panel.dump()).journeys[0]).toMatchObject({ status: 'stopped', stepCount: 7 });
  } finally {
    await stopFilling();
    await context.close();
    execFileSync('umount', [disk]);
    await rm(disk, { recursive: true, force: true });
  }
});
