import { describe, expect, it } from 'vitest';
import { LABEL_EXTENT, MAX_LABEL_ROWS, clipText, placeLabels, wrapText, type ColumnPoint, type PlacedLabel, type WantedLabel } from '../../lib/export/curve-labels';

/** A placed label's box in px, in a column `width` px wide (its left edge scales with the column, its width does not). */
function box(label: PlacedLabel, width: number) {
  const left = label.x * width;
  return { left, right: left + label.width, top: label.y - LABEL_EXTENT.ascent, bottom: label.y + (label.lines.length - 1) * LABEL_EXTENT.line + LABEL_EXTENT.descent };
}

type Box = ReturnType<typeof box>;
const apart = (a: Box, b: Box) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

function expectNoOverlap(placed: PlacedLabel[], points: readonly ColumnPoint[], width: number): void {
  const boxes = placed.map((label) => box(label, width));
  boxes.forEach((one, index) => {
    expect(one.left).toBeGreaterThanOrEqual(0);
    expect(one.right).toBeLessThanOrEqual(width);
    for (const other of boxes.slice(index + 1)) expect(apart(one, other), JSON.stringify([one, other])).toBe(true);
    for (const point of points) expect(apart(one, { left: point.x * width - 5, right: point.x * width + 5, top: point.y - 5, bottom: point.y + 5 })).toBe(true);
  });
}

const dip = (x: number, y: number, text: string): WantedLabel => ({ point: { x, y }, text, tone: 'dip' });

describe('placing the curve’s labels in a stage column', () => {
  it('puts a lone dip’s label under its point, centred on it', () => {
    const point = { x: 0.5, y: 96 };
    const [label] = placeLabels([dip(0.5, 96, 'Slow cart')], [point], 200);
    expect(label).toMatchObject({ lines: ['Slow cart'], row: 0 });
    expect(label.y).toBeGreaterThan(point.y);
    expect(label.x * 200 + label.width / 2).toBeCloseTo(100);
  });

  it('puts a peak’s label over its point', () => {
    const [label] = placeLabels([{ point: { x: 0.3, y: 0 }, text: 'Lovely photos', tone: 'peak' }], [{ x: 0.3, y: 0 }], 200);
    expect(box(label, 200).bottom).toBeLessThan(0);
  });

  it('moves the second of two neighbouring dips a row further down instead of over the first', () => {
    const points = [
      { x: 0.5, y: 96 },
      { x: 0.9, y: 96 },
    ];
    const placed = placeLabels([dip(0.5, 96, 'The cart took ages to open'), dip(0.9, 96, 'Forced to create a password before paying')], points, 187);
    expect(placed.map((label) => label.row)).toEqual([0, 3]);
    expectNoOverlap(placed, points, 187);
    // With room between them, so that they read as two labels.
    const [first, second] = placed.map((label) => box(label, 187));
    expect(second.top - first.bottom).toBeGreaterThanOrEqual(4);
  });

  it('keeps a label inside its column near either edge', () => {
    const points = [
      { x: 0.02, y: 48 },
      { x: 0.98, y: 72 },
    ];
    const placed = placeLabels([dip(0.02, 48, 'At the very left edge'), dip(0.98, 72, 'At the very right edge')], points, 150);
    expect(placed).toHaveLength(2);
    expectNoOverlap(placed, points, 150);
  });

  it('steps around another point of the column', () => {
    const points = [
      { x: 0.5, y: 72 },
      { x: 0.5, y: 96 }, // right where the first label would hang
    ];
    const [label] = placeLabels([dip(0.5, 72, 'Confusing')], points, 200);
    expect(label.row).toBeGreaterThan(0);
    expectNoOverlap([label], points, 200);
  });

  it('wraps a long note in two lines and cuts the rest', () => {
    const [label] = placeLabels([dip(0.5, 96, 'Show the packed size and the weight next to the photo, and the price')], [{ x: 0.5, y: 96 }], 187);
    expect(label.lines).toEqual(['Show the packed size and', 'the weight next to the pho…']); // 27 characters fit in 187 px
  });

  it('leaves out a label that finds no room within its rows, rather than drawing it over another', () => {
    const points = Array.from({ length: 8 }, (_, index) => ({ x: 0.3 + index * 0.05, y: 96 }));
    const placed = placeLabels(
      points.map((point, index) => dip(point.x, point.y, `Dip number ${index}`)),
      points,
      187,
    );
    expect(placed.length).toBeLessThan(points.length);
    expect(Math.max(...placed.map((label) => label.row))).toBeLessThan(MAX_LABEL_ROWS + 1);
    expectNoOverlap(placed, points, 187);
  });

  it('never overlaps, for many crowded columns, and still not once the column is wider than it was laid out for', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const count = 1 + Math.floor(random() * 8);
      const points = Array.from({ length: count }, (_, index) => ({ x: (index + 0.5) / count, y: Math.floor(random() * 5) * 24 }));
      const wanted = points.map((point) => ({ point, text: 'word '.repeat(1 + Math.floor(random() * 12)), tone: random() < 0.5 ? ('dip' as const) : ('peak' as const) }));
      const width = 120 + random() * 300;
      const placed = placeLabels(wanted, points, width);
      expectNoOverlap(placed, points, width);
      expectNoOverlap(placed, points, width * 1.7);
    }
  });

  it('draws nothing in a column too narrow for a word', () => {
    expect(placeLabels([dip(0.5, 96, 'Slow')], [{ x: 0.5, y: 96 }], 30)).toEqual([]);
  });
});

describe('label text', () => {
  it('cuts with an ellipsis and flattens line breaks', () => {
    expect(clipText('Line one\nLine two', 40)).toBe('Line one Line two');
    expect(clipText('abcdefghij', 5)).toBe('abcd…');
  });

  it('breaks between words, a word longer than a line where it must', () => {
    expect(wrapText('one two three four', 9, 2)).toEqual(['one two', 'three fo…']);
    expect(wrapText('Supercalifragilistic', 8, 2)).toEqual(['Supercal', 'ifragil…']);
    expect(wrapText('short', 9, 2)).toEqual(['short']);
  });
});
