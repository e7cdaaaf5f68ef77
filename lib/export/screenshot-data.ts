import { getScreenshot } from '../db';
import type { Screenshot, Step } from '../journey/types';

/** The pictured steps' screenshots, by step id, read once for everything an export writes. */
export async function readScreenshots(steps: readonly Step[]): Promise<Map<string, Screenshot>> {
  const shots = new Map<string, Screenshot>();
  for (const step of steps) {
    const shot = step.screenshotId ? await getScreenshot(step.screenshotId) : undefined;
    if (shot) shots.set(step.id, shot);
  }
  return shots;
}

async function dataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole picture's bytes as arguments overflows the call stack.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return `data:${blob.type || 'image/jpeg'};base64,${btoa(binary)}`;
}

/** Each screenshot's thumbnail as a data: URL, by step id, for a report that opens offline. */
export async function thumbnailDataUrls(shots: ReadonlyMap<string, Screenshot>): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  for (const [stepId, shot] of shots) urls.set(stepId, await dataUrl(shot.thumbnail));
  return urls;
}
