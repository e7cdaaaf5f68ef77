import { describe, expect, it } from 'vitest';
import { showsCover, type Pixels } from '../../lib/capture/cover-check';
import type { CoveredBox } from '../../lib/contract/protocol';
import { darkBoxColours, type CoverShade } from '../../lib/privacy/cover-fills';

type Rgb = [number, number, number];

const white: Rgb = [255, 255, 255];
const ink: Rgb = [20, 24, 30];
const [slate, lighterSlate] = darkBoxColours.map((colour): Rgb => [...colour]);
const hatch: Record<CoverShade, [Rgb, Rgb]> = {
  0: [
    [0xee, 0xf0, 0xf3],
    [0xd5, 0xd9, 0xdf],
  ],
  1: [
    [0xe2, 0xe4, 0xe7],
    [0xc9, 0xcd, 0xd3],
  ],
};
/** The hatch's stripes where it says. */
const hatched = (shade: CoverShade) => (x: number, y: number) => hatch[shade][(x + y) % 8 < 4 ? 0 : 1];

/** A picture twice the viewport's size (a 2× screen), all white, painted by `paint(x, y)` where it says. */
function picture(paint: (x: number, y: number) => Rgb | undefined = () => undefined): Pixels {
  const width = 400;
  const height = 200;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // JPEG's rounding: every pixel a little off its colour.
      const noise = ((x * 7 + y * 13) % 9) - 4;
      const [r, g, b] = paint(x, y) ?? white;
      data.set([r + noise, g + noise, b + noise, 255], (y * width + x) * 4);
    }
  }
  return { data, width, height };
}

/** The password field at 10,20 (CSS pixels) 80 wide and 20 high: 20,40 to 180,80 in the picture. */
const password: CoveredBox = { left: 10, top: 20, width: 80, height: 20, fill: 'sensitive' };
const name: CoveredBox = { left: 100, top: 20, width: 80, height: 20, fill: 'typed' };
const inPassword = (x: number, y: number) => x >= 20 && x < 180 && y >= 40 && y < 80;
const inName = (x: number, y: number) => x >= 200 && x < 360 && y >= 40 && y < 80;
/** Letters: every third column of the middle rows is ink. */
const letters = (x: number, y: number) => (y >= 52 && y < 68 && x % 3 === 0 ? ink : undefined);
const cover = (boxes: CoveredBox[], shade: CoverShade = 0) => ({ boxes, viewportWidth: 200, shade });

describe('showsCover', () => {
  it('finds the dark box where the password field is, and the hatch over typed text', () => {
    const covered = picture((x, y) => {
      if (inPassword(x, y)) return slate;
      if (inName(x, y)) return hatched(0)(x, y);
      return undefined;
    });
    expect(showsCover(covered, cover([password, name]))).toBe(true);
  });

  it('refuses a picture of the fields as they are: dots in the password field, letters in the name', () => {
    const bare = picture((x, y) => (inPassword(x, y) || inName(x, y) ? letters(x, y) : undefined));
    expect(showsCover(bare, cover([password]))).toBe(false);
    expect(showsCover(bare, cover([name]))).toBe(false);
  });

  it('refuses a picture where only one of the boxes shows', () => {
    const half = picture((x, y) => (inPassword(x, y) ? slate : letters(x, y)));
    expect(showsCover(half, cover([password, name]))).toBe(false);
  });

  it('forgives rounded corners and blurred edges, not a box that is half bare', () => {
    const rounded = picture((x, y) => (inPassword(x, y) && !(x < 30 && y < 50) ? slate : undefined));
    expect(showsCover(rounded, cover([password]))).toBe(true);
    const halfBare = picture((x, y) => (inPassword(x, y) && x < 100 ? slate : undefined));
    expect(showsCover(halfBare, cover([password]))).toBe(false);
  });

  it('has nothing to check without boxes, or for boxes off the picture or too small to tell', () => {
    const bare = picture();
    expect(showsCover(bare, cover([]))).toBe(true);
    expect(showsCover(bare, cover([{ ...password, top: 500 }]))).toBe(true);
    expect(showsCover(bare, cover([{ ...password, width: 3, height: 3 }]))).toBe(true);
  });

  it('checks the part of a box that is in the picture', () => {
    const partly = { ...password, top: 90, height: 40 };
    const coveredBottom = picture((x, y) => (x >= 20 && x < 180 && y >= 180 ? slate : undefined));
    expect(showsCover(coveredBottom, cover([partly]))).toBe(true);
    expect(showsCover(picture(), cover([partly]))).toBe(false);
  });

  it('refuses a picture that shows the previous screenshot’s cover: each cover alternates its shade', () => {
    const previous = picture((x, y) => {
      if (inPassword(x, y)) return slate;
      if (inName(x, y)) return hatched(0)(x, y);
      return undefined;
    });
    const current = picture((x, y) => {
      if (inPassword(x, y)) return lighterSlate;
      if (inName(x, y)) return hatched(1)(x, y);
      return undefined;
    });
    expect(showsCover(previous, cover([password, name], 1))).toBe(false);
    expect(showsCover(previous, cover([name], 1))).toBe(false);
    expect(showsCover(current, cover([password, name], 1))).toBe(true);
    expect(showsCover(current, cover([password], 0))).toBe(false);
  });
});
