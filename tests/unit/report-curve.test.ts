import { describe, expect, it } from 'vitest';
import { REPORT_TABLE, narrowestWidths, reportCurve } from '../../lib/export/report-curve';
import type { Annotation, EmotionScore, Step } from '../../lib/journey/types';
import { stageColumns } from '../../lib/map/stage-columns';
import { exportBundle } from './support/export-bundle';

const { journey, steps, annotations } = exportBundle();
const columns = stageColumns(journey, steps);

/** Numbers to 9 decimals, deep: positions are fractions computed in floating point. */
const rounded = <T>(value: T): T => JSON.parse(JSON.stringify(value, (_key, item: unknown) => (typeof item === 'number' ? Math.round(item * 1e9) / 1e9 : item)));

const rating = (step: Step, emotion: EmotionScore): Annotation => ({ id: `e-${step.id}`, journeyId: 'j1', stepId: step.id, at: step.at, kind: 'emotion', emotion });

describe('the report’s column widths', () => {
  it('gives the stages without steps the collapsed width and shares the rest between the others', () => {
    // The fixture walks Awareness, Purchase and Service; Consideration, Decision and Loyalty are empty.
    const widths = narrowestWidths(columns);
    const share = (REPORT_TABLE.narrowest - REPORT_TABLE.lanes - 3 * REPORT_TABLE.collapsed) / 3;
    expect(widths).toEqual([share, REPORT_TABLE.collapsed, REPORT_TABLE.collapsed, share, share, REPORT_TABLE.collapsed]);
    expect(REPORT_TABLE.lanes + widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(REPORT_TABLE.narrowest);
  });
});

describe('the report’s emotion curve, drawn per stage column', () => {
  it('is absent when no step was rated', () => {
    expect(reportCurve(columns, [])).toBeUndefined();
  });

  it('puts each rated step’s point in its own stage’s column, over its step', () => {
    const curve = reportCurve(columns, annotations)!;
    const drawn = curve.columns.map((column) => column.points.map((point) => [point.step.id, point.x]));
    // s1 is the first of Awareness' two steps; s3 the first of Purchase's six; s10 the second of Service's two.
    expect(rounded(drawn)).toEqual(rounded([[['s1', 0.25]], [], [], [['s3', 1 / 12]], [['s10', 0.75]], []]));
  });

  it('puts the last step of a crowded stage in that stage, however few steps the next one has (issue 20)', () => {
    const purchase = steps.filter((step) => step.stageId === 'purchase');
    const service = steps.filter((step) => step.stageId === 'service');
    const curve = reportCurve(columns, [rating(purchase.at(-1)!, -1), rating(service[0], 1)])!;
    expect(curve.columns[3].points.map((point) => point.step.id)).toEqual([purchase.at(-1)!.id]);
    expect(curve.columns[3].points[0].x).toBeLessThan(1);
    expect(curve.columns[4].points.map((point) => point.step.id)).toEqual([service[0].id]);
  });

  it('runs the line across every column between two points, joined where columns meet, through collapsed stages too', () => {
    const curve = reportCurve(columns, annotations)!;
    const y = (emotion: EmotionScore) => rounded(curve.levels.find((level) => level.emotion === emotion)!.y);
    // s1 (+1) in Awareness to s3 (−2) in Purchase: out of Awareness, across Consideration and Decision, into Purchase.
    const [awareness, consideration, decision, purchase, service, loyalty] = rounded(curve.columns.map((column) => column.segments));
    expect(awareness).toHaveLength(1);
    expect(awareness[0]).toMatchObject({ x1: 0.25, y1: y(1), x2: 1 });
    expect(consideration).toEqual([{ x1: 0, y1: awareness[0].y2, x2: 1, y2: consideration[0].y2 }]);
    expect(decision[0]).toMatchObject({ x1: 0, y1: consideration[0].y2, x2: 1 });
    expect(purchase[0]).toMatchObject({ x1: 0, y1: decision[0].y2, x2: rounded(1 / 12), y2: y(-2) });
    // Then s3 to s10 (+2): out of Purchase, into Service; nothing reaches Loyalty.
    expect(purchase[1]).toMatchObject({ x1: rounded(1 / 12), y1: y(-2), x2: 1 });
    expect(service).toEqual([{ x1: 0, y1: purchase[1].y2, x2: 0.75, y2: y(2) }]);
    expect(loyalty).toEqual([]);
    // Straight across: the line falls steadily from +1 to −2 over the collapsed stages.
    expect(awareness[0].y2).toBeLessThan(consideration[0].y2);
    expect(consideration[0].y2).toBeLessThan(decision[0].y2);
  });

  it('spaces the five levels evenly, best on top, and is tall enough for its points and labels', () => {
    const curve = reportCurve(columns, annotations)!;
    expect(curve.levels.map((level) => level.emotion)).toEqual([-2, -1, 0, 1, 2]);
    const ys = curve.levels.map((level) => level.y);
    expect(ys[0]).toBeGreaterThan(ys[4]);
    expect(new Set(ys.slice(1).map((value, index) => ys[index] - value)).size).toBe(1);
    for (const column of curve.columns) {
      for (const point of column.points) {
        expect(point.y).toBeGreaterThan(0);
        expect(point.y).toBeLessThan(curve.height);
      }
      for (const label of column.labels) {
        expect(label.y).toBeGreaterThan(0);
        expect(label.y + (label.lines.length - 1) * 13).toBeLessThan(curve.height);
      }
    }
  });

  it('labels a dip and a peak with their step’s first note, and leaves a neutral or silent step unlabelled', () => {
    const curve = reportCurve(columns, annotations)!;
    const labels = curve.columns.flatMap((column) => column.labels.map((label) => [label.wanted.step.id, label.wanted.tone, label.lines.join(' ')]));
    // s1 is rated but has no note; s3's pain point and s10's delight (its first note) label them.
    expect(labels).toEqual([
      ['s3', 'dip', expect.stringMatching(/^-Slow, "very" slow/)],
      ['s10', 'peak', 'Tracking *just worked*'],
    ]);
  });
});
