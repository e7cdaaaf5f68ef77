import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { darkBoxColours } from '../../lib/privacy/cover-fills';
import { PanelPage } from './panel-page';

/** Dark, wide letters: typed in clear they leave hundreds of ink-dark pixels in the field. */
const typed = 'WWWWWWWW MMMMMM';

/** A field's rectangle in CSS pixels of the shop page's viewport. */
interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface FieldPixels {
  /** Pixels as dark as the shop's ink (each channel below 100): only typed letters are, in a white field. */
  dark: number;
  /** Pixels as white as the field's own background: a covered field shows the hatch instead. */
  white: number;
  /** Pixels of the dark box that covers sensitive fields (either of its shades, give or take JPEG's rounding). */
  darkBox: number;
  total: number;
  /** The whole screenshot and the field's surroundings, as PNG data URLs, to look at. */
  png: string;
  fieldPng: string;
}

/**
 * Reads a step's stored screenshot from IndexedDB in an extension page (same origin as the store), and
 * counts the pixels inside the field: its rectangle, mapped to the image by image width / viewport width,
 * inset by 3 pixels so the field's own border and rounded corners stay out of the count.
 */
async function fieldPixels(panel: PanelPage, stepId: string, field: Rect, viewportWidth: number): Promise<FieldPixels> {
  return panel.page.evaluate(
    async ({ stepId, field, viewportWidth, darkBoxes }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('trailnote');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const shots = await new Promise<Array<{ stepId: string; image: Blob }>>((resolve, reject) => {
        const request = db.transaction('screenshots').objectStore('screenshots').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      db.close();
      const shot = shots.find((row) => row.stepId === stepId);
      if (!shot) throw new Error(`No screenshot for step ${stepId}`);
      const bitmap = await createImageBitmap(shot.image);
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) throw new Error('No 2d canvas');
      context.drawImage(bitmap, 0, 0);

      const scale = bitmap.width / viewportWidth;
      const inset = 3;
      const left = Math.round(field.left * scale) + inset;
      const top = Math.round(field.top * scale) + inset;
      const width = Math.round(field.width * scale) - 2 * inset;
      const height = Math.round(field.height * scale) - 2 * inset;
      const { data } = context.getImageData(left, top, width, height);
      let dark = 0;
      let white = 0;
      let darkBox = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
        if (r < 100 && g < 100 && b < 100) dark++;
        if (r >= 250 && g >= 250 && b >= 250) white++;
        if (darkBoxes.some(([dr, dg, db]) => Math.abs(r - dr) < 12 && Math.abs(g - dg) < 12 && Math.abs(b - db) < 12)) darkBox++;
      }

      const margin = Math.round(24 * scale);
      const crop = document.createElement('canvas');
      crop.width = width + 2 * inset + 2 * margin;
      crop.height = height + 2 * inset + 2 * margin;
      crop.getContext('2d')?.drawImage(canvas, left - inset - margin, top - inset - margin, crop.width, crop.height, 0, 0, crop.width, crop.height);
      return { dark, white, darkBox, total: width * height, png: canvas.toDataURL('image/png'), fieldPng: crop.toDataURL('image/png') };
    },
    { stepId, field, viewportWidth, darkBoxes: darkBoxColours.map((colour) => [...colour]) },
  );
}

/** Runs in the shop page: a field's rectangle in its viewport. */
function rectOf(el: Element): Rect {
  const { left, top, width, height } = el.getBoundingClientRect();
  return { left, top, width, height };
}

function savePng(name: string, dataUrl: string): void {
  writeFileSync(test.info().outputPath(name), Buffer.from(dataUrl.split(',')[1], 'base64'));
}

for (const recordTypedText of [false, true]) {
  const shows = recordTypedText ? 'shows' : 'hides';
  test(`the screenshot after typing ${shows} the typed text when the walk ${recordTypedText ? 'records' : 'does not record'} it`, async ({ context, background, shop }) => {
    const { shopPage, panel } = await PanelPage.besideShop(context, background, shop.origin + '/checkout.html');
    await panel.start('Typed text in pixels', { recordTypedText });
    await panel.settled();

    const name = shopPage.getByLabel('Full name');
    await name.fill(typed);
    const password = shopPage.getByLabel('Create a password');
    await password.fill(typed);
    // A click on the page that goes nowhere: its step gets a screenshot of the page with the fields filled.
    await shopPage.getByRole('heading', { name: 'Checkout' }).click();
    // The page's own step is named Checkout too: wait for the click's.
    await expect(panel.page.locator('[data-step-kind="click"]', { hasText: 'Checkout' })).toBeVisible();
    const dump = await panel.settled();
    const click = dump.steps.find((step) => step.kind === 'click' && step.target.text === 'Checkout');
    expect(click?.screenshotId, `the click step has its screenshot, not the problem ${JSON.stringify(click?.problem)}`).toBeTruthy();

    const viewportWidth = await shopPage.evaluate(() => window.innerWidth);
    const pixels = await fieldPixels(panel, click?.id ?? '', await name.evaluate(rectOf), viewportWidth);
    savePng(`screenshot-${shows}.png`, pixels.png);
    savePng(`field-${shows}.png`, pixels.fieldPng);
    // Whatever the switch, the password is under the dark box: the picture was taken once the cover was painted.
    const secret = await fieldPixels(panel, click?.id ?? '', await password.evaluate(rectOf), viewportWidth);
    expect(secret.darkBox / secret.total, 'the password field is all dark box').toBeGreaterThan(0.98);

    if (recordTypedText) {
      // The control case: the measure does see typed letters when they are in the picture.
      const story = JSON.stringify({ steps: dump.steps.map((step) => [step.id, step.kind, step.at]), shots: dump.screenshots });
      expect(pixels.dark, `typed letters in the picture: ${story}`).toBeGreaterThan(300);
    } else {
      expect(pixels.dark, 'no ink-dark pixel of the typed text').toBeLessThan(5);
      // Covered by the hatch, not merely empty: the field's white is gone from inside its border.
      expect(pixels.white / pixels.total).toBeLessThan(0.05);
    }
    await panel.stop();
  });
}
