import { EMOTION_SCORES } from '../journey/emotions';
import { notesByStep } from '../journey/notes';
import type { Annotation, EmotionScore, Step } from '../journey/types';
import { curvePoints } from '../map/curve';
import type { StageColumn } from '../map/stage-columns';
import { LABEL_EXTENT, placeLabels, type PlacedLabel, type WantedLabel } from './curve-labels';

/**
 * The report's emotion curve, drawn stage column by stage column: each column's cell holds its own piece
 * of the curve, with x in that column's width (0…1) and y in px, so a point cannot leave its stage however
 * wide the page is. The line between two points in different stages is cut where it crosses each column.
 */

/**
 * The report table's widths in CSS px: the lane names' column, a stage without steps (collapsed), and the
 * narrowest table the labels are laid out for (a 1280 px window, or a landscape A4 or Letter page, is wider).
 */
export const REPORT_TABLE = { lanes: 124, collapsed: 44, narrowest: 960 } as const;

/** Between two emotion levels, px. */
const LEVEL_GAP = 24;
/** Kept above the top level and below the bottom one: room for a point and the axis' faces. */
const PAD = 10;
const POINT_RADIUS = 6;

/** Each column's width in the narrowest table: stages with steps share what the lane names and collapsed stages leave. */
export function narrowestWidths(columns: readonly StageColumn[]): number[] {
  const walked = columns.filter((column) => column.steps.length > 0).length;
  const collapsed = columns.length - walked;
  const share = (REPORT_TABLE.narrowest - REPORT_TABLE.lanes - collapsed * REPORT_TABLE.collapsed) / Math.max(1, walked);
  return columns.map((column) => (column.steps.length > 0 ? share : REPORT_TABLE.collapsed));
}

export interface ReportCurvePoint {
  step: Step;
  emotion: EmotionScore;
  /** In the column's width, 0…1: over its step, the column's steps spread evenly. */
  x: number;
  y: number;
}

/** A straight piece of the line inside one column: x in the column's width, y in px. */
export interface CurveSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export type CurveLabel = PlacedLabel<WantedLabel & { step: Step }>;

export interface ReportCurveColumn {
  points: ReportCurvePoint[];
  segments: CurveSegment[];
  labels: CurveLabel[];
}

export interface ReportCurve {
  /** Of every column's drawing, px. */
  height: number;
  /** Where each emotion level runs, px from the top: the grid and the faces of the axis. */
  levels: Array<{ emotion: EmotionScore; y: number }>;
  columns: ReportCurveColumn[];
}

const levelY = (emotion: number) => (2 - emotion) * LEVEL_GAP;

/** The segments of a line from a to b (x in px along the whole table) that fall in each column. */
function cut(a: { x: number; y: number }, b: { x: number; y: number }, offsets: readonly number[], widths: readonly number[], into: CurveSegment[][]): void {
  const yAt = (x: number) => a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
  widths.forEach((width, index) => {
    const from = Math.max(a.x, offsets[index]);
    const to = Math.min(b.x, offsets[index] + width);
    if (to <= from) return;
    into[index].push({ x1: (from - offsets[index]) / width, y1: yAt(from), x2: (to - offsets[index]) / width, y2: yAt(to) });
  });
}

/**
 * The curve of the rated steps, or undefined when none is rated. Dips and peaks with a note are labelled
 * with the step's first note (placeLabels keeps them apart); the drawing is as tall as its labels need.
 */
export function reportCurve(columns: readonly StageColumn[], annotations: readonly Annotation[]): ReportCurve | undefined {
  const rated = curvePoints(columns, annotations);
  if (rated.length === 0) return undefined;
  const notes = notesByStep(annotations);
  const widths = narrowestWidths(columns);
  const offsets = widths.map((_, index) => widths.slice(0, index).reduce((sum, width) => sum + width, 0));

  // Laid out with the top level at 0, then moved down by what the labels over it need.
  const drawn: ReportCurveColumn[] = columns.map((_, index) => {
    const points = rated
      .filter((point) => Math.floor(point.x) === index)
      .map((point) => ({ step: point.step, emotion: point.emotion, x: point.x - index, y: levelY(point.emotion) }));
    const wanted = points.flatMap((point) => {
      const text = point.emotion === 0 ? undefined : notes.get(point.step.id)?.[0]?.text;
      return text ? [{ point, text, tone: point.emotion < 0 ? ('dip' as const) : ('peak' as const), step: point.step }] : [];
    });
    return { points, segments: [], labels: placeLabels(wanted, points, widths[index]) };
  });
  const along = rated.map((point) => {
    const index = Math.floor(point.x);
    return { x: offsets[index] + (point.x - index) * widths[index], y: levelY(point.emotion) };
  });
  for (let index = 1; index < along.length; index++) {
    cut(
      along[index - 1],
      along[index],
      offsets,
      widths,
      drawn.map((column) => column.segments),
    );
  }

  const labels = drawn.flatMap((column) => column.labels);
  const highest = Math.min(-POINT_RADIUS, ...labels.map((label) => label.y - LABEL_EXTENT.ascent));
  const lowest = Math.max(levelY(-2) + POINT_RADIUS, ...labels.map((label) => label.y + (label.lines.length - 1) * LABEL_EXTENT.line + LABEL_EXTENT.descent));
  const top = PAD - highest;
  const down = (y: number) => y + top;
  return {
    height: Math.ceil(down(lowest) + PAD),
    levels: EMOTION_SCORES.map((emotion) => ({ emotion, y: down(levelY(emotion)) })),
    columns: drawn.map((column) => ({
      points: column.points.map((point) => ({ ...point, y: down(point.y) })),
      segments: column.segments.map((segment) => ({ ...segment, y1: down(segment.y1), y2: down(segment.y2) })),
      labels: column.labels.map((label) => ({ ...label, y: down(label.y) })),
    })),
  };
}
