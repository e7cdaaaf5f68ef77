/** A JPEG at a bounded width, with its size. */
export interface ScaledImage {
  blob: Blob;
  width: number;
  height: number;
}

export const imageMaxWidth = 1280;
export const thumbnailMaxWidth = 320;

/**
 * Re-encodes an image as JPEG no wider than maxWidth. Runs in the service worker (createImageBitmap
 * and OffscreenCanvas exist there; document and <canvas> do not).
 */
export async function downscaleToJpeg(source: Blob, maxWidth: number, quality = 0.8): Promise<ScaledImage> {
  const original = await createImageBitmap(source);
  const scale = Math.min(1, maxWidth / original.width);
  const width = Math.max(1, Math.round(original.width * scale));
  const height = Math.max(1, Math.round(original.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images in the background.');
  context.imageSmoothingQuality = 'high';
  context.drawImage(original, 0, 0, width, height);
  original.close();
  return { blob: await canvas.convertToBlob({ type: 'image/jpeg', quality }), width, height };
}

/** The stored screenshot and its thumbnail from one capture. */
export async function screenshotImages(capture: Blob): Promise<{ image: ScaledImage; thumbnail: ScaledImage }> {
  const image = await downscaleToJpeg(capture, imageMaxWidth);
  const thumbnail = await downscaleToJpeg(image.blob, thumbnailMaxWidth, 0.7);
  return { image, thumbnail };
}

export async function dataUrlToBlob(dataUrl: string): Promise<Blob> {
  return (await fetch(dataUrl)).blob();
}
