import type { EmotionScore } from './types';

/**
 * The five faces' mouths, as SVG paths in a 32 × 32 box (a face is a circle of radius 14.5 at its centre,
 * eyes at 11,13 and 21,13). Drawn, not emoji: emoji fonts differ between machines (and are missing on some),
 * a face must not. The panel's faces and the HTML report's draw the same mouths.
 */
export const FACE_MOUTHS: Record<EmotionScore, string> = {
  [-2]: 'M9 23 Q16 15 23 23',
  [-1]: 'M10 22 Q16 18 22 22',
  0: 'M10 21 L22 21',
  1: 'M10 19 Q16 24 22 19',
  2: 'M9 18 Q16 27 23 18',
};
