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

/** The report's pictures as data: URLs by step id, so that it opens offline: thumbnails for the lanes, full size for the findings. */
export interface ReportPictures {
  thumbnails: ReadonlyMap<string, string>;
  full: ReadonlyMap<string, string>;
}

/** Every screenshot's thumbnail, and the full picture of the steps in `fullSize` (the findings' steps). */
export async function reportPictures(shots: ReadonlyMap<string, Screenshot>, fullSize: Iterable<string>): Promise<ReportPictures> {
  const thumbnails = new Map<string, string>();
  const full = new Map<string, string>();
  for (const [stepId, shot] of shots) thumbnails.set(stepId, await dataUrl(shot.thumbnail));
  for (const stepId of fullSize) {
    const shot = shots.get(stepId);
    if (shot) full.set(stepId, await dataUrl(shot.image));
  }
  return { thumbnails, full };
}
