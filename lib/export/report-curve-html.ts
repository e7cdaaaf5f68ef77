import { t } from '../i18n';
import { EMOTION_LABELS } from '../journey/emotions';
import { FACE_MOUTHS } from '../journey/faces';
import { stepSentence } from '../journey/step-sentence';
import type { EmotionScore } from '../journey/types';
import { LABEL_EXTENT, LABEL_FONT } from './curve-labels';
import { escapeHtml as e } from './html';
import type { ReportCurve, ReportCurveColumn } from './report-curve';
import { findingAnchor, type Finding } from './report-findings';

/** The report's emotion curve as inline SVG, a drawing per stage column (report-curve.ts lays it out). */

const percent = (fraction: number) => `${Math.round(fraction * 10_000) / 100}%`;
const px = (value: number) => String(Math.round(value * 10) / 10);

/** A face of the panel's five, `size` px wide, its top left corner at x, y. */
export function faceSvg(score: EmotionScore, size: number, x = 0, y = 0): string {
  const shape = `<circle cx="16" cy="16" r="14.5"/><circle class="eye" cx="11" cy="13" r="1.8"/><circle class="eye" cx="21" cy="13" r="1.8"/><path d="${FACE_MOUTHS[score]}"/>`;
  return `<svg class="face s${score + 2}" x="${px(x)}" y="${px(y)}" width="${size}" height="${size}" viewBox="0 0 32 32" aria-hidden="true">${shape}</svg>`;
}

/** The curve's axis: the five faces at their levels, for the lane's heading. */
export function faceAxis(curve: ReportCurve): string {
  const size = 18;
  const faces = curve.levels.map(({ emotion, y }) => faceSvg(emotion, size, 0, y - size / 2)).join('');
  return `<svg class="axis" width="${size}" height="${curve.height}" aria-hidden="true">${faces}</svg>`;
}

/** One stage's piece of the curve: the levels, the line crossing it, its points and their labels. */
export function curveColumnSvg(curve: ReportCurve, column: ReportCurveColumn, stageName: string, findingOf: ReadonlyMap<string, Finding>): string {
  const said = (point: ReportCurveColumn['points'][number]) => `${point.step.seq}. ${stepSentence(point.step)} — ${t(EMOTION_LABELS[point.emotion])}`;
  const grid = curve.levels.map(({ emotion, y }) => `<line class="grid${emotion === 0 ? ' zero' : ''}" x1="0" x2="100%" y1="${px(y)}" y2="${px(y)}"/>`).join('');
  const line = column.segments
    .map((segment) => `<line class="trend" x1="${percent(segment.x1)}" y1="${px(segment.y1)}" x2="${percent(segment.x2)}" y2="${px(segment.y2)}"/>`)
    .join('');
  const points = column.points
    .map((point) => {
      const ring = point.step.keyMoment ? `<circle class="key-ring" cx="${percent(point.x)}" cy="${px(point.y)}" r="9"/>` : '';
      // The title is the pointer's tooltip; screen readers hear every point in the drawing's name instead.
      return `${ring}<circle class="point" cx="${percent(point.x)}" cy="${px(point.y)}" r="5" data-step="${point.step.seq}" data-emotion="${point.emotion}" aria-hidden="true"><title>${e(said(point))}</title></circle>`;
    })
    .join('');
  const labels = column.labels
    .map((label) => {
      const lines = label.lines.map((line, index) => `<tspan x="${percent(label.x)}"${index ? ` dy="${LABEL_EXTENT.line}"` : ''}>${e(line)}</tspan>`).join('');
      const text = `<text class="${label.wanted.tone}" y="${px(label.y)}" font-size="${LABEL_FONT}">${lines}</text>`;
      const finding = findingOf.get(label.wanted.step.id);
      return finding ? `<a href="#${findingAnchor(finding)}">${text}</a>` : text;
    })
    .join('');
  const name = [`${t('emotionCurve')} — ${stageName}`, ...column.points.map(said)].join('; ');
  // A group, not an image: an image's insides are hidden from screen readers, and the labels that lead to a
  // finding are links a keyboard reaches (WCAG 4.1.2; axe's nested-interactive).
  return `<svg class="curve" width="100%" height="${curve.height}" role="group" aria-label="${e(name)}">${grid}${line}${points}${labels}</svg>`;
}
