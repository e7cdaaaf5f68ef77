import type { JourneyBundle } from '../db';
import { t } from '../i18n';
import { answerWords } from '../scorecard/format';
import { percentOf, type ScoreTally } from '../scorecard/score';
import { toCsv, type CsvCell } from './csv';
import { scorecardReport, type ScorecardLine } from './scorecard-report';

/** A rating as a spreadsheet cannot take it for a date ("4/5" opens as 4 May). */
const answerCell = (line: ScorecardLine): string =>
  line.answer === undefined ? '' : typeof line.answer.answer === 'number' ? t('scorecardRatingOutOf', line.answer.answer) : answerWords(line.answer.answer);

/** A share as a whole percentage, empty when nothing applicable was answered. */
const percentCell = (share: number | null): CsvCell => (share === null ? undefined : percentOf(share));

const answeredCell = (tally: ScoreTally): string => t('scorecardAnswered', tally.answered, tally.total);

/**
 * The walk's scorecard for spreadsheets (scorecard.csv): a row per criterion, stage by stage, each stage
 * closed by a row with its score, and the overall score last, with the number of critical failures. Scores
 * are whole percentages as numbers (a spreadsheet adds them up; the criterion's is what its answer is worth:
 * Pass 100, Partial 50, a rating of 4 75); the evidence is the step's number on the map. Undefined when the
 * walk has no scorecard.
 */
export function scorecardCsv({ journey, steps }: JourneyBundle): string | undefined {
  const report = scorecardReport(journey, steps);
  if (!report) return undefined;
  const header: CsvCell[] = [
    t('stage'),
    t('scorecardCriterion'),
    t('scorecardWeight'),
    t('scorecardCritical'),
    t('scorecardAnswer'),
    t('scorecardComment'),
    t('scorecardEvidenceColumn'),
    t('scorecardScoreColumn'),
  ];
  const rows = report.stages.flatMap(({ name, score, lines }): CsvCell[][] => [
    ...lines.map((line): CsvCell[] => [
      name,
      line.criterion.text,
      line.criterion.weight,
      line.criterion.critical ? t('scorecardCriticalYes') : '',
      answerCell(line),
      line.answer?.comment,
      line.evidence?.seq,
      percentCell(line.value),
    ]),
    [name, t('scorecardStageScore'), '', '', answeredCell(score), '', '', percentCell(score.share)],
  ]);
  const overall: CsvCell[] = [
    t('scorecardOverall'),
    report.title,
    '',
    `${t('scorecardCriticalFailures')}: ${report.criticalFailures.length}`,
    answeredCell(report.overall),
    '',
    '',
    percentCell(report.overall.share),
  ];
  return toCsv([header, ...rows, overall]);
}
