import { getScreenshot } from '../db';

/**
 * A step's picture as the panel and the map show it: the full JPEG (`image`) or its 320 px `thumbnail`;
 * undefined once the screenshot is gone (its step deleted meanwhile).
 */
export async function readPicture(screenshotId: string, size: 'image' | 'thumbnail'): Promise<Blob | undefined> {
  return (await getScreenshot(screenshotId))?.[size];
}
