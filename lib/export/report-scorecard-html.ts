import { t } from '../i18n';
import { stepSentence } from '../journey/step-sentence';
import { answerWords, formatShare } from '../scorecard/format';
import { escapeHtml as e } from './html';
import type { ScorecardLine, ScorecardReport } from './scorecard-report';

/** The answer's class, for its colour: pass, partial, fail, not-applicable, or rating. */
const answerClass = (line: ScorecardLine): string => (line.answer === undefined ? 'none' : typeof line.answer.answer === 'number' ? 'rating' : line.answer.answer);

function answerTag(line: ScorecardLine): string {
  return line.answer
    ? `<span class="answer ${answerClass(line)}">${e(answerWords(line.answer.answer))}</span>`
    : `<span class="answer none">${e(t('scorecardNotAnswered'))}</span>`;
}

/** The evidence: its step's thumbnail (or its number, when it has none), linked to the step on the map. */
function evidenceLink(line: ScorecardLine, thumbnails: ReadonlyMap<string, string>): string {
  const step = line.evidence;
  if (!step) return `<span class="none">${e(t('scorecardNoEvidence'))}</span>`;
  const thumbnail = thumbnails.get(step.id);
  const picture = thumbnail ? `<img src="${e(thumbnail)}" alt="${e(t('screenshotOfStep', step.seq, stepSentence(step)))}">` : '';
  return `<a class="evidence" href="#step-${step.seq}">${picture}<span>${e(t('scorecardEvidenceStep', step.seq))}</span></a>`;
}

function criterionText(line: ScorecardLine): string {
  const { criterion } = line;
  const critical = criterion.critical ? ` <span class="critical-tag">${e(t('scorecardCritical'))}</span>` : '';
  return `<b>${e(criterion.text)}</b>${critical} <small>${e(t('scorecardWeightOf', criterion.weight))}</small>`;
}

const comment = (line: ScorecardLine): string => (line.answer?.comment ? ` <p>${e(line.answer.comment)}</p>` : '');

/**
 * The report's Scorecard: the overall score and each stage's as figures, the critical failures apart, then
 * each stage's criteria with the answer, the tester's comment and the evidence's thumbnail, which links to the
 * step on the map. `thumbnails`: data: URLs by step id.
 */
export function scorecardSection(report: ScorecardReport, thumbnails: ReadonlyMap<string, string>): string {
  const figure = (label: string, share: number | null, extra = '') => `<div${extra}><dt>${e(label)}</dt><dd>${e(formatShare(share))}</dd></div>`;
  const figures = [figure(t('scorecardOverall'), report.overall.share, ' class="overall"'), ...report.stages.map((stage) => figure(stage.name, stage.score.share))].join('');
  const failures = report.criticalFailures.length
    ? `<ul>${report.criticalFailures.map(({ line, stageName }) => `<li>${criterionText(line)} <span class="where">${e(stageName)}</span> ${answerTag(line)} ${evidenceLink(line, thumbnails)}${comment(line)}</li>`).join('')}</ul>`
    : `<p class="none">${e(t('scorecardNoCriticalFailures'))}</p>`;
  const stages = report.stages
    .map(
      (stage) =>
        `<h3>${e(stage.name)} <span class="score${stage.score.share === null ? ' unscored' : ''}">${e(formatShare(stage.score.share))}</span> <small>${e(t('scorecardAnswered', stage.score.answered, stage.score.total))}</small></h3>` +
        `<table class="criteria"><thead><tr><th scope="col">${e(t('scorecardCriterion'))}</th><th scope="col">${e(t('scorecardAnswer'))}</th><th scope="col">${e(t('scorecardComment'))}</th><th scope="col">${e(t('scorecardEvidence'))}</th></tr></thead><tbody>` +
        stage.lines
          .map((line) => `<tr><td>${criterionText(line)}</td><td>${answerTag(line)}</td><td>${comment(line)}</td><td>${evidenceLink(line, thumbnails)}</td></tr>`)
          .join('') +
        '</tbody></table>',
    )
    .join('');
  return (
    `<section class="scorecard" aria-labelledby="scorecard-title"><h2 id="scorecard-title">${e(t('scorecardView'))}</h2>` +
    `<p class="lede">${e(report.title)} · ${e(t('reportScorecardLede'))}</p><dl class="figures scores">${figures}</dl>` +
    `<div class="critical"><h3>${e(t('scorecardCriticalFailures'))} <small>${report.criticalFailures.length}</small></h3>${failures}</div>${stages}</section>`
  );
}
