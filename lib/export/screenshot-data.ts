import { getScreenshot } from '../db';
import type { Step } from '../journey/types';

async function dataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole picture's bytes as arguments overflows the call stack.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return `data:${blob.type || 'image/jpeg'};base64,${btoa(binary)}`;
}

/** Each pictured step's thumbnail as a data: URL, by step id, for a report that opens offline. */
export async function thumbnailDataUrls(steps: readonly Step[]): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  for (const step of steps) {
    if (!step.screenshotId) continue;
    const shot = await getScreenshot(step.screenshotId);
    if (shot) urls.set(step.id, await dataUrl(shot.thumbnail));
  }
  return urls;
}
