/**
 * Where the emotion curve's labels go inside one stage column, so that no two overlap and none covers a
 * point. A report has no script to measure text, so widths are estimated on the safe side (0.6 em a
 * character, wider than the average letter of common sans-serif faces) at the column's narrowest width:
 * a wider column only moves labels apart (their left edges scale with it, their widths do not).
 */

/** The label's font size in px; the stylesheet writes labels at this size. */
export const LABEL_FONT = 11;
const CHAR_WIDTH = LABEL_FONT * 0.6;
/** Baseline to baseline when labels stack. */
const LINE = LABEL_FONT + 2;
const ASCENT = Math.ceil(LABEL_FONT * 0.8);
const DESCENT = Math.ceil(LABEL_FONT * 0.25);
/** Baseline below a dip's point, and above a peak's, on the first row. */
const BELOW = 17;
const ABOVE = 11;
/** Kept clear around a point (its radius and stroke). */
const POINT_CLEARANCE = 7;
/** Space kept between a label and its column's edges. */
const EDGE = 4;
/**
 * A label that finds its place taken moves away from its point by half a line at a time, up to this many
 * times; one that finds no room is left out (its note stays in the findings).
 */
export const MAX_LABEL_ROWS = 6;
const ROW = Math.ceil(LINE / 2);
/** Kept clear around each label, so that two stacked labels read as two. */
const LABEL_MARGIN = 2;
/** The longest line of a label, in characters, however wide the column; and its most lines. */
const MAX_CHARS = 38;
const MAX_LINES = 2;

/** A rated point of the column: x in column widths (0…1), y in px from the top of the plot. */
export interface ColumnPoint {
  x: number;
  y: number;
}

/** A label the curve would like to show next to a point: under it for a dip, over it for a peak. */
export interface WantedLabel {
  point: ColumnPoint;
  text: string;
  tone: 'dip' | 'peak';
}

/** A placed label: its left edge in column widths, its first baseline in px, its width in px at the narrowest column. */
export interface PlacedLabel<W extends WantedLabel = WantedLabel> {
  wanted: W;
  /** One or two lines, the last cut with an ellipsis when the note is longer. */
  lines: string[];
  x: number;
  y: number;
  width: number;
  /** 0 next to its point, then further away by half a line each. */
  row: number;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The text cut to `chars` characters, an ellipsis ending what was cut. */
export function clipText(text: string, chars: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > chars ? `${flat.slice(0, Math.max(0, chars - 1)).trimEnd()}…` : flat;
}

/** The text in at most `maxLines` lines of at most `chars` characters, broken between words; what does not fit is cut. */
export function wrapText(text: string, chars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let rest = text.replace(/\s+/g, ' ').trim();
  while (rest && lines.length < maxLines - 1 && rest.length > chars) {
    const space = rest.lastIndexOf(' ', chars);
    const end = space > 0 ? space : chars;
    lines.push(rest.slice(0, end).trimEnd());
    rest = rest.slice(end).trimStart();
  }
  if (rest) lines.push(clipText(rest, chars));
  return lines;
}

/**
 * Places the labels of one column, in the order given (walk order): each takes the first row, nearest its
 * point first, where it overlaps no label placed before it and no point of the column; labels are centred
 * on their point, pushed inside the column, and wrapped to its width in two lines at most.
 */
export function placeLabels<W extends WantedLabel>(wanted: readonly W[], points: readonly ColumnPoint[], columnWidth: number): Array<PlacedLabel<W>> {
  const fits = Math.min(MAX_CHARS, Math.floor((columnWidth - 2 * EDGE) / CHAR_WIDTH));
  if (fits < 4) return [];
  const dots: Box[] = points.map(({ x, y }) => ({
    left: x * columnWidth - POINT_CLEARANCE,
    right: x * columnWidth + POINT_CLEARANCE,
    top: y - POINT_CLEARANCE,
    bottom: y + POINT_CLEARANCE,
  }));
  const taken: Box[] = [];
  const placed: Array<PlacedLabel<W>> = [];
  for (const label of wanted) {
    const lines = wrapText(label.text, fits, MAX_LINES);
    if (lines.length === 0) continue;
    const width = Math.max(...lines.map((line) => line.length)) * CHAR_WIDTH;
    const left = Math.min(Math.max(label.point.x * columnWidth - width / 2, EDGE), columnWidth - EDGE - width);
    const height = (lines.length - 1) * LINE;
    for (let row = 0; row < MAX_LABEL_ROWS; row++) {
      // A dip's label hangs under its point, a peak's stands over it: half a line at a time further away.
      const first = label.tone === 'dip' ? label.point.y + BELOW + row * ROW : label.point.y - ABOVE - row * ROW - height;
      const box = { left, right: left + width, top: first - ASCENT, bottom: first + height + DESCENT };
      const spaced = { left: left - LABEL_MARGIN, right: box.right + LABEL_MARGIN, top: box.top - LABEL_MARGIN, bottom: box.bottom + LABEL_MARGIN };
      if (dots.some((dot) => overlaps(box, dot)) || taken.some((other) => overlaps(spaced, other))) continue;
      taken.push(spaced);
      placed.push({ wanted: label, lines, x: left / columnWidth, y: first, width, row });
      break;
    }
  }
  return placed;
}

/** How far a placed label reaches above its first baseline and below its last, and between its lines, for drawing it. */
export const LABEL_EXTENT = { ascent: ASCENT, descent: DESCENT, line: LINE };
