import type { CoveredBox, PaintedCover } from '../contract/protocol';
import { darkBoxColours, fillBrightness, nextShade, type CoverShade } from '../privacy/cover-fills';

/** RGBA pixels, as ImageData holds them. */
export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/**
 * Pixels this far inside a box's edge are left out: JPEG blurs edges over a few pixels and a rounded field's
 * corners are not the cover's.
 */
const edgeInset = 3;
/** A box smaller than this inside its inset has too few pixels to tell anything. */
const smallestSide = 4;
/** Share of a box's pixels that must show its fill: the rest is JPEG noise and rounded corners. */
const enoughShown = 0.85;
/** How far from the fill a JPEG channel may drift. */
const channelTolerance = 24;

/** The dark box's slate, in either shade, give or take JPEG's rounding. */
function showsDarkBox(r: number, g: number, b: number): boolean {
  return darkBoxColours.some(([dr, dg, db]) => Math.abs(r - dr) <= channelTolerance && Math.abs(g - dg) <= channelTolerance && Math.abs(b - db) <= channelTolerance);
}

/**
 * The hatch's greys, in either shade, and JPEG's blends of them: light and grey, never the white of a bare
 * field nor the ink of typed letters.
 */
function showsHatch(r: number, g: number, b: number): boolean {
  const light = [r, g, b].every((channel) => channel >= 190 && channel <= 249);
  return light && Math.max(r, g, b) - Math.min(r, g, b) <= channelTolerance;
}

/**
 * Whether most pixels of the box, where it lies in the picture, show its fill, and in this cover's shade: their
 * average brightness is nearer this shade's than the other's (averages survive JPEG where single pixels do not).
 */
function boxShown(pixels: Pixels, box: CoveredBox, scale: number, shade: CoverShade): boolean {
  const left = Math.max(0, Math.ceil(box.left * scale) + edgeInset);
  const top = Math.max(0, Math.ceil(box.top * scale) + edgeInset);
  const right = Math.min(pixels.width, Math.floor((box.left + box.width) * scale) - edgeInset);
  const bottom = Math.min(pixels.height, Math.floor((box.top + box.height) * scale) - edgeInset);
  if (right - left < smallestSide || bottom - top < smallestSide) return true;
  const shows = box.fill === 'sensitive' ? showsDarkBox : showsHatch;
  let shown = 0;
  let brightness = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const at = (y * pixels.width + x) * 4;
      const [r, g, b] = [pixels.data[at], pixels.data[at + 1], pixels.data[at + 2]];
      if (!shows(r, g, b)) continue;
      shown++;
      brightness += (r + g + b) / 3;
    }
  }
  if (shown < enoughShown * (right - left) * (bottom - top)) return false;
  const average = brightness / shown;
  return Math.abs(average - fillBrightness(box.fill, shade)) < Math.abs(average - fillBrightness(box.fill, nextShade(shade)));
}

/**
 * Whether the picture shows every box of the cover, in its shade. A frame answers once its cover is painted,
 * but the compositor may still hand captureVisibleTab an older frame (seen under load): such a picture shows
 * the fields as they were, bare or under the previous screenshot's cover, and is not kept.
 */
export function showsCover(pixels: Pixels, cover: PaintedCover): boolean {
  if (cover.boxes.length === 0 || cover.viewportWidth <= 0) return true;
  const scale = pixels.width / cover.viewportWidth;
  return cover.boxes.every((box) => boxShown(pixels, box, scale, cover.shade));
}

/** showsCover for an encoded picture. Runs in the service worker (OffscreenCanvas, no document). */
export async function pictureShowsCover(picture: Blob, cover: PaintedCover): Promise<boolean> {
  if (cover.boxes.length === 0) return true;
  const bitmap = await createImageBitmap(picture);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('This browser cannot draw images in the background.');
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return showsCover(context.getImageData(0, 0, canvas.width, canvas.height), cover);
}
