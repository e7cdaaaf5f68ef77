/**
 * What the cover paints over fields before a screenshot, shared by the page's cover (lib/recorder/cover.ts),
 * html2canvas's clone (lib/capture/render-page.ts) and the check of the picture (lib/capture/cover-check.ts).
 *
 * The cover comes in two shades, and each frame alternates between them from one screenshot to the next. The
 * compositor can hand captureVisibleTab a frame from the previous screenshot, cover and all (seen under load:
 * a step's picture showed the form as it was before the tester typed): a picture is kept only when it shows
 * this screenshot's shade.
 */
export type CoverShade = 0 | 1;

export type Rgb = readonly [number, number, number];

/** The dark box over sensitive fields: slate, the second shade a little lighter. */
export const darkBoxColours: readonly [Rgb, Rgb] = [
  [0x3f, 0x46, 0x54],
  [0x52, 0x5a, 0x6a],
];

/** The hatch over typed text: two pale greys, striped; the second shade's pair a little darker. */
const hatches: readonly [readonly [Rgb, Rgb], readonly [Rgb, Rgb]] = [
  [
    [0xee, 0xf0, 0xf3],
    [0xd5, 0xd9, 0xdf],
  ],
  [
    [0xe2, 0xe4, 0xe7],
    [0xc9, 0xcd, 0xd3],
  ],
];

const hex = (rgb: Rgb): string => `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
const mean = (rgb: Rgb): number => (rgb[0] + rgb[1] + rgb[2]) / 3;

/** CSS for the dark box: nothing of a sensitive field shows, not even where the field was. */
export function sensitiveFill(shade: CoverShade = 0): Record<string, string> {
  return { background: hex(darkBoxColours[shade]) };
}

/**
 * CSS for the light hatch over typed text: opaque, plainly "hidden", and pale enough that the field still reads
 * as a field. Stripes from a tiled linear-gradient (not repeating-linear-gradient) so that html2canvas, which
 * knows only the former, paints the same fill in the fallback capture.
 */
export function typedTextFill(shade: CoverShade = 0): Record<string, string> {
  const [light, dark] = hatches[shade].map(hex);
  return {
    'background-color': light,
    'background-image': `linear-gradient(45deg, ${dark} 25%, transparent 25%, transparent 50%, ${dark} 50%, ${dark} 75%, transparent 75%)`,
    'background-size': '8px 8px',
    'background-repeat': 'repeat',
    // Inside the border, where the text is: the field keeps its outline (the live cover's box has no border).
    'background-clip': 'padding-box',
  };
}

/** The average brightness (mean of the three channels) a picture shows over a box of this fill and shade. */
export function fillBrightness(fill: 'sensitive' | 'typed', shade: CoverShade): number {
  if (fill === 'sensitive') return mean(darkBoxColours[shade]);
  const [light, dark] = hatches[shade];
  return (mean(light) + mean(dark)) / 2;
}

/** The other shade: the one the previous screenshot of the same frame painted. */
export function nextShade(shade: CoverShade): CoverShade {
  return shade === 0 ? 1 : 0;
}
