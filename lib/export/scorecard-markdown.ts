import { t } from '../i18n';
import { answerWords, formatShare } from '../scorecard/format';
import type { ScorecardLine, ScorecardReport } from './scorecard-report';
import { markdownText } from './markdown-text';

/** A quote under a list item's text: indented to it, every line of it quoted. */
const quoted = (text: string): string => `  > ${markdownText(text).replaceAll('  \n', '  \n  > ')}`;

/** One criterion: its answer first (what a reader scans for), the criterion, its weight, critical or not, the evidence's step number; the comment quoted under it. */
function criterionItem(line: ScorecardLine, stageName?: string): string[] {
  const { criterion, answer, evidence } = line;
  const said = answer ? `**${answerWords(answer.answer)}**` : `_${t('scorecardNotAnswered')}_`;
  const facts = [
    ...(stageName === undefined ? [] : [markdownText(stageName)]),
    t('scorecardWeightOf', criterion.weight),
    ...(criterion.critical ? [`**${t('scorecardCritical')}**`] : []),
    ...(evidence ? [t('scorecardEvidenceStep', evidence.seq)] : []),
  ];
  return [`- ${said} — ${markdownText(criterion.text)} · ${facts.join(' · ')}`, ...(answer?.comment ? [quoted(answer.comment)] : [])];
}

/** The Markdown's Scorecard section: the overall score, the critical failures apart, then each stage's score and criteria. */
export function scorecardMarkdown(report: ScorecardReport): string[] {
  const lines = [
    `## ${t('scorecardOf', markdownText(report.title))}`,
    '',
    `**${t('scorecardOverall')}: ${formatShare(report.overall.share)}** · ${t('scorecardAnswered', report.overall.answered, report.overall.total)}`,
    '',
    `### ${t('scorecardCriticalFailures')}`,
    '',
  ];
  if (report.criticalFailures.length === 0) lines.push(`_${t('scorecardNoCriticalFailures')}_`);
  for (const { line, stageName } of report.criticalFailures) lines.push(...criterionItem(line, stageName));
  for (const stage of report.stages) {
    lines.push('', `### ${markdownText(stage.name)} — ${formatShare(stage.score.share)}`, '', `_${t('scorecardAnswered', stage.score.answered, stage.score.total)}_`, '');
    for (const line of stage.lines) lines.push(...criterionItem(line));
  }
  return lines;
}
