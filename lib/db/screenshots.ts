import { t } from '../i18n';
import type { Screenshot } from '../journey/types';
import { missingRecord, StoreError } from './errors';
import { finish, withStore, writeStore } from './transaction';

/**
 * Stores a screenshot and links its step to it, in one transaction: a step never points to a missing
 * picture, and a picture never lacks its step. A step's previous screenshot, if any, is replaced.
 */
export function saveScreenshot(shot: Screenshot): Promise<void> {
  return writeStore(
    'storeActionSaveScreenshot',
    async (db) => {
      // Blobs, never data: URLs. A base64 string is a third bigger and slows every read of the step.
      if (!(shot.image instanceof Blob) || !(shot.thumbnail instanceof Blob)) {
        throw new StoreError(t('errorScreenshotNotImage'));
      }
      const tx = db.transaction(['screenshots', 'steps'], 'readwrite');
      await finish(tx, async () => {
        const screenshots = tx.objectStore('screenshots');
        const steps = tx.objectStore('steps');
        const step = await steps.get(shot.stepId);
        if (!step) {
          throw missingRecord('step', 'storeActionSaveScreenshot');
        }
        const previous = step.screenshotId && step.screenshotId !== shot.id ? step.screenshotId : undefined;
        await Promise.all([screenshots.put(shot), steps.put({ ...step, screenshotId: shot.id }), previous && screenshots.delete(previous)]);
      });
    },
    () => [{ kind: 'step', journeyId: shot.journeyId, stepId: shot.stepId }],
  );
}

export function getScreenshot(id: string): Promise<Screenshot | undefined> {
  return withStore('storeActionReadScreenshot', (db) => db.get('screenshots', id));
}

export function getScreenshotForStep(stepId: string): Promise<Screenshot | undefined> {
  return withStore('storeActionReadScreenshot', (db) => db.getFromIndex('screenshots', 'by-step', stepId));
}

export function countScreenshots(journeyId: string): Promise<number> {
  return withStore('storeActionCountScreenshots', (db) => db.countFromIndex('screenshots', 'by-journey', journeyId));
}

/** How many screenshots a journey has, and their bytes with their thumbnails': what its ZIP carries. */
export function measureScreenshots(journeyId: string): Promise<{ count: number; bytes: number }> {
  return withStore('storeActionReadScreenshot', async (db) => {
    // Blobs in IndexedDB are read by reference: their size is known without reading their bytes.
    const shots = await db.getAllFromIndex('screenshots', 'by-journey', journeyId);
    return { count: shots.length, bytes: shots.reduce((sum, shot) => sum + shot.image.size + shot.thumbnail.size, 0) };
  });
}
