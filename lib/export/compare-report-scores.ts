import type { JourneyBundle } from '../db';
import { t } from '../i18n';
import { compareScores, type Lead } from '../map/compare-scores';
import { answerWords, formatShare } from '../scorecard/format';
import { escapeHtml as e } from './html';

/**
 * The comparison report's scorecard table (issue 18), as the compare view draws it: overall, critical failures,
 * each stage and its criteria, a column per walk, the walk ahead on a row marked with its lead in points. Walks
 * without a scorecard or with another template say so above the table. Empty when no walk has a scorecard.
 */
export function compareScoresHtml(bundles: readonly JourneyBundle[]): string {
  const comparison = compareScores(bundles);
  if (!comparison) return '';
  const lead = (row: { lead?: Lead }, walk: number) => (row.lead?.walk === walk ? ` <span class="lead">▲ ${e(t('compareAheadBy', row.lead.points))}</span>` : '');
  const missing = (words = '—') => `<span class="missing">${e(words)}</span>`;
  const cells = (values: readonly unknown[], cell: (walk: number) => string) => values.map((_value, walk) => `<td>${cell(walk)}</td>`).join('');

  const apart = comparison.walks.flatMap((walk, index) => {
    const title = bundles[index].journey.title;
    if (walk.status === 'compared') return [];
    return [`<p class="apart">${e(walk.status === 'none' ? t('compareNoScorecard', title) : t('compareOtherTemplate', title, walk.title))}</p>`];
  });
  const overall = cells(comparison.walks, (walk) => {
    const entry = comparison.walks[walk];
    if (entry.status === 'none') return missing(t('compareNoScorecardShort'));
    const other = entry.status === 'other-template' ? ` ${missing(t('compareOtherTemplateShort'))}` : '';
    return `<strong>${e(formatShare(entry.score.overall.share))}</strong>${other}${lead(comparison.overall, walk)}`;
  });
  const critical = cells(comparison.criticalFailures, (walk) => {
    const count = comparison.criticalFailures[walk];
    return count === undefined ? missing() : count > 0 ? `<span class="flagged">⚠ ${count}</span>` : '0';
  });
  const stages = comparison.stages.map((stage) => {
    const shares = cells(stage.shares, (walk) => {
      const share = stage.shares[walk];
      return share === undefined ? missing() : `<strong>${e(formatShare(share))}</strong>${lead(stage, walk)}`;
    });
    const criteria = stage.criteria.map((row) => {
      const badge = row.criterion.critical ? ` <span class="critical">${e(t('scorecardCritical'))}</span>` : '';
      const answers = cells(row.answers, (walk) => {
        const answer = row.answers[walk];
        if (answer === undefined) return missing();
        if (answer === null) return missing(t('mapScorecardUnanswered'));
        return `<span class="answer">${e(answerWords(answer))}</span>${lead(row, walk)}`;
      });
      return `<tr class="criterion"><th scope="row">${e(row.criterion.text)}${badge}</th>${answers}</tr>`;
    });
    return [`<tr class="score-stage"><th scope="row">${e(stage.name)}</th>${shares}</tr>`, ...criteria].join('\n');
  });
  return [
    `<h2>${e(t('scorecardView'))} <small class="template">${e(comparison.template.title)}</small></h2>`,
    ...apart,
    `<table class="scores"><caption>${e(t('compareScoresCaption'))}</caption><thead><tr><th scope="col" class="label-col">${e(t('compareCriterion'))}</th>`,
    bundles.map((bundle, index) => `<th scope="col" class="walk${index}">${e(bundle.journey.title)}</th>`).join(''),
    '</tr></thead><tbody>',
    `<tr class="overall"><th scope="row">${e(t('scorecardOverall'))}</th>${overall}</tr>`,
    `<tr><th scope="row">${e(t('scorecardCriticalFailures'))}</th>${critical}</tr>`,
    ...stages,
    '</tbody></table>',
  ].join('\n');
}

/** The table's look, in the report's palette (compare-report.ts). */
export const COMPARE_SCORES_CSS = `
.template { display: inline; font-size: 14px; margin-left: 6px; }
.apart { margin: 0 0 6px; padding: 6px 10px; border-left: 3px solid #9a5800; background: #fff3d6; border-radius: 6px; }
.scores { margin-bottom: 12px; }
.scores .label-col { width: 40%; }
.scores tbody th { background: #fff; font-size: 13px; font-weight: 500; }
.scores tr.overall th, .scores tr.overall strong { font-size: 16px; font-weight: 700; }
.scores tr.overall strong { color: #2f7a55; }
.scores tr.score-stage th, .scores tr.score-stage td { background: #e3f1e8; font-weight: 700; }
.scores tr.criterion th { padding-left: 20px; }
.missing { color: #5d6861; font-style: italic; font-size: 12px; }
.flagged { color: #b4382f; font-weight: 700; }
.critical { font-size: 10px; font-weight: 700; color: #b4382f; background: #fbe9e7; border-radius: 999px; padding: 0 6px; }
.answer { font-weight: 700; }
.lead { font-size: 11px; font-weight: 700; color: #2f7a55; white-space: nowrap; }
`;
