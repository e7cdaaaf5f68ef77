import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import french from '../../public/_locales/fr/messages.json';
import { addJourneyRows, getJourney, type JourneyBundle } from '../../lib/db';
import { asJson, journeyFile } from '../../lib/export/journey-file';
import { ImportError } from '../../lib/import/import-error';
import { importJourney } from '../../lib/import/import-journey';
import { t } from '../../lib/i18n';
import { ecommercePurchase } from '../../lib/scorecard/built-in/ecommerce-purchase';
import { scoreScorecard } from '../../lib/scorecard/score';
import type { JourneyScorecard } from '../../lib/scorecard/types';
import { journey as journeyRow, useFreshStore } from './support/rows';
import { blobOf, sharedBundle, sharedPictures, storeContents, zipOf } from './support/shared-files';

/**
 * A walk's scorecard in the journey file (issue 18): exported with the walk, imported back with its evidence
 * pointing at the imported steps, and refused, leaving the store as it was, when the file's scorecard is
 * hostile or contradicts itself.
 */

useFreshStore();

const makeThumbnail = async (image: Blob) => image;

/** sharedBundle scored against E-commerce purchase: a critical Fail, a rating, Not applicable, evidence on pictured and unpictured steps. */
const scorecard = (): JourneyScorecard => ({
  template: structuredClone(ecommercePurchase.en),
  answers: [
    { criterionId: 'home-says-what-is-sold', answer: 'pass', stepId: 's1', at: 1_700 },
    { criterionId: 'product-page-impression', answer: 4, stepId: 's3', comment: 'Good photos', at: 2_600 },
    { criterionId: 'no-surprise-cost', answer: 'fail', stepId: 's7', comment: 'A €4.90 fee at the last step', at: 7_200 },
    { criterionId: 'payment-page-fast', answer: 'not-applicable', at: 7_300 },
    { criterionId: 'guest-checkout', answer: 'partial', at: 7_400 },
  ],
});

const scored = (): JourneyBundle => ({ ...sharedBundle, journey: { ...sharedBundle.journey, scorecard: scorecard() } });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loose on purpose: the tests break files in ways no type allows
type Json = Record<string, any>;
/** A score's figures and which criteria failed critically (the answers inside point at steps by id, which an import renews). */
function figures(card: JourneyScorecard) {
  const { overall, stages, criticalFailures } = scoreScorecard(card);
  return { overall, stages, critical: criticalFailures.map((failure) => failure.criterion.id) };
}

const scoredFile = (): Json => JSON.parse(asJson(journeyFile(scored(), 99_000)));

describe('a scorecard through the journey file', () => {
  it('exports the template and the answers with their step ids, and comes back with the same scorecard and score', async () => {
    const file = scoredFile();
    expect(file.version).toBe(1);
    expect(file.scorecard.template).toEqual(ecommercePurchase.en);
    expect(file.scorecard.answers[2]).toEqual({ criterionId: 'no-surprise-cost', answer: 'fail', stepId: 's7', comment: 'A €4.90 fee at the last step', at: 7_200 });

    const { rows } = await importJourney(blobOf(asJson(file)), { makeThumbnail });
    const stored = (await getJourney(rows.journey.id))!;
    const seqOf = new Map(rows.steps.map((step) => [step.id, step.seq]));
    const sharedSeq = new Map(sharedBundle.steps.map((step) => [step.id, step.seq]));
    // The same answers, each pointing at the imported step of the same number.
    expect(stored.scorecard!.template).toEqual(scorecard().template);
    expect(stored.scorecard!.answers.map(({ stepId, ...answer }) => ({ ...answer, seq: stepId && seqOf.get(stepId) }))).toEqual(
      scorecard().answers.map(({ stepId, ...answer }) => ({ ...answer, seq: stepId && sharedSeq.get(stepId) })),
    );
    for (const answer of stored.scorecard!.answers) if (answer.stepId) expect(rows.steps.map((step) => step.id)).toContain(answer.stepId);
    expect(figures(stored.scorecard!)).toEqual(figures(scorecard()));
    expect(figures(stored.scorecard!).critical).toEqual(['no-surprise-cost']);

    // Exported again, the file is the same but for the new ids.
    const again = journeyFile({ journey: stored, steps: rows.steps, annotations: rows.annotations, screenshots: [] } as unknown as JourneyBundle, 99_000);
    expect(again.scorecard!.answers.map((answer) => answer.stepId && seqOf.get(answer.stepId))).toEqual(
      file.scorecard.answers.map((answer: Json) => answer.stepId && sharedSeq.get(answer.stepId)),
    );
  });

  it('comes back from the ZIP too', async () => {
    const { rows } = await importJourney(blobOf(zipOf(scoredFile(), sharedPictures())), { makeThumbnail });
    expect(figures(rows.journey.scorecard!)).toEqual(figures(scorecard()));
    const evidence = rows.journey.scorecard!.answers.find((answer) => answer.criterionId === 'home-says-what-is-sold')!.stepId;
    expect(rows.screenshots.find((shot) => shot.stepId === evidence)).toBeDefined();
  });

  it('writes no scorecard for a walk without one, and imports none', async () => {
    const file = journeyFile(sharedBundle, 99_000);
    expect(file).not.toHaveProperty('scorecard');
    const { rows } = await importJourney(blobOf(asJson(file)), { makeThumbnail });
    expect(rows.journey).not.toHaveProperty('scorecard');
  });

  it('leaves out of the file what the store may still hold but no longer holds together', () => {
    const bundle = scored();
    const card = bundle.journey.scorecard!;
    card.answers.push(
      // Evidence on a step deleted since: the answer stays, without its link.
      { criterionId: 'cart-editable', answer: 'pass', stepId: 'deleted-step', at: 8_000 },
      // A criterion the template no longer holds, and an answer of the other kind: they count for nothing.
      { criterionId: 'gone', answer: 'pass', at: 8_100 },
      { criterionId: 'stock-shown', answer: 3, at: 8_200 },
      // Answered twice: the later answer stands.
      { criterionId: 'guest-checkout', answer: 'pass', at: 9_000 },
    );
    Object.assign(card.template, { ownedBy: 'someone' });
    const { answers, template } = journeyFile(bundle, 99_000).scorecard!;
    expect(template).not.toHaveProperty('ownedBy');
    expect(answers.find((answer) => answer.criterionId === 'cart-editable')).toEqual({ criterionId: 'cart-editable', answer: 'pass', at: 8_000 });
    expect(answers.map((answer) => answer.criterionId)).not.toContain('gone');
    expect(answers.map((answer) => answer.criterionId)).not.toContain('stock-shown');
    expect(answers.filter((answer) => answer.criterionId === 'guest-checkout')).toEqual([{ criterionId: 'guest-checkout', answer: 'pass', at: 9_000 }]);
  });

  it('keeps a comment as the panel does: trimmed, and none when empty', async () => {
    const file = scoredFile();
    file.scorecard.answers[0].comment = '  Clear  ';
    file.scorecard.answers[3].comment = '   ';
    const { rows } = await importJourney(blobOf(asJson(file)), { makeThumbnail });
    expect(rows.journey.scorecard!.answers[0].comment).toBe('Clear');
    expect(rows.journey.scorecard!.answers[3]).not.toHaveProperty('comment');
  });

  it('drops fields it does not know', async () => {
    const file = scoredFile();
    file.scorecard.score = 100;
    file.scorecard.answers[0].verifiedBy = 'me';
    file.scorecard.template.groups[0].criteria[0].colour = 'red';
    const { rows } = await importJourney(blobOf(asJson(file)), { makeThumbnail });
    expect(rows.journey.scorecard).not.toHaveProperty('score');
    expect(rows.journey.scorecard!.answers[0]).not.toHaveProperty('verifiedBy');
    expect(rows.journey.scorecard!.template.groups[0].criteria[0]).not.toHaveProperty('colour');
  });
});

describe('a hostile scorecard in a journey file', () => {
  beforeEach(async () => {
    await addJourneyRows({ journey: journeyRow('existing'), steps: [], screenshots: [], annotations: [] });
  });

  const long = (length: number) => 'x'.repeat(length);
  const place = (...parts: string[]) => ['scorecard', ...parts].join(' › ');
  const invalid = (where: string, reason: string) => t('importInvalid', where, reason);

  const mutations: Array<[name: string, mutate: (file: Json) => unknown, message: string]> = [
    ['a scorecard that is text', (f) => (f.scorecard = 'all good'), invalid('scorecard', t('importReasonType', t('importExpectedObject')))],
    ['a scorecard without a template', (f) => delete f.scorecard.template, invalid(place('template'), t('importReasonMissing'))],
    ['answers that are not a list', (f) => (f.scorecard.answers = { 0: 'pass' }), invalid(place(t('importPlaceAnswers')), t('importReasonType', t('importExpectedList')))],
    ['an answer that is a number', (f) => (f.scorecard.answers[1] = 5), invalid(place(t('importPlaceAnswer', 2)), t('importReasonType', t('importExpectedObject')))],
    [
      'an answer of 6',
      (f) => (f.scorecard.answers[1].answer = 6),
      invalid(place(t('importPlaceAnswer', 2), 'answer'), t('importReasonOneOf', '"pass" | "partial" | "fail" | "not-applicable" | 1 | 2 | 3 | 4 | 5')),
    ],
    [
      'an answer as text "4"',
      (f) => (f.scorecard.answers[1].answer = '4'),
      invalid(place(t('importPlaceAnswer', 2), 'answer'), t('importReasonOneOf', '"pass" | "partial" | "fail" | "not-applicable" | 1 | 2 | 3 | 4 | 5')),
    ],
    ['a time that is text', (f) => (f.scorecard.answers[0].at = 'now'), invalid(place(t('importPlaceAnswer', 1), 'at'), t('importReasonType', t('importExpectedNumber')))],
    ['a step id that is a number', (f) => (f.scorecard.answers[0].stepId = 1), invalid(place(t('importPlaceAnswer', 1), 'stepId'), t('importReasonType', t('importExpectedText')))],
    [
      'a criterion id with a path in it',
      (f) => (f.scorecard.answers[0].criterionId = '../../etc'),
      invalid(place(t('importPlaceAnswer', 1), 'criterionId'), t('importReasonInvalid', '"../../etc"')),
    ],
    ['a huge comment', (f) => (f.scorecard.answers[0].comment = long(20_001)), invalid(place(t('importPlaceAnswer', 1), 'comment'), t('importReasonTooLong', '20,000'))],
    [
      'a huge criterion text',
      (f) => (f.scorecard.template.groups[0].criteria[0].text = long(501)),
      invalid(place('template', t('scorecardFilePlaceGroup', 1), t('scorecardFilePlaceCriterion', 1), 'text'), t('importReasonTooLong', '500')),
    ],
    ['a huge template title', (f) => (f.scorecard.template.title = long(1_000_000)), invalid(place('template', 'title'), t('importReasonTooLong', '200'))],
    [
      'a weight of 10',
      (f) => (f.scorecard.template.groups[1].criteria[0].weight = 10),
      invalid(place('template', t('scorecardFilePlaceGroup', 2), t('scorecardFilePlaceCriterion', 1), 'weight'), t('importReasonOneOf', '1 | 2 | 3')),
    ],
    [
      'more answers than a template may have criteria',
      (f) => (f.scorecard.answers = Array.from({ length: 301 }, () => f.scorecard.answers[0])),
      invalid(place(t('importPlaceAnswers')), t('importReasonTooMany', '300')),
    ],
    ['a template without criteria', (f) => f.scorecard.template.groups.forEach((group: Json) => (group.criteria = [])), t('scorecardFileNoCriteria')],
    [
      'two criteria with one id',
      (f) => (f.scorecard.template.groups[1].criteria[1].id = f.scorecard.template.groups[1].criteria[0].id),
      t('scorecardFileDuplicateCriterion', 'product-photos'),
    ],
    ['an answer to a criterion the template does not have', (f) => (f.scorecard.answers[2].criterionId = 'free-beer'), t('importScorecardUnknownCriterion', 3, 'free-beer')],
    ['a rating where a verdict goes', (f) => (f.scorecard.answers[0].answer = 5), t('importScorecardWrongAnswer', 1, 'home-says-what-is-sold')],
    ['a verdict where a rating goes', (f) => (f.scorecard.answers[1].answer = 'pass'), t('importScorecardWrongAnswer', 2, 'product-page-impression')],
    ['two answers to one criterion', (f) => f.scorecard.answers.push({ ...f.scorecard.answers[2], answer: 'pass' }), t('importScorecardTwoAnswers', 'no-surprise-cost')],
    ['evidence on a step the file does not have', (f) => (f.scorecard.answers[4].stepId = 'nowhere'), t('importScorecardUnknownStep', 5)],
  ];

  it.each(mutations)('refuses %s, saying why, and writes nothing', async (_name, mutate, message) => {
    const file = scoredFile();
    mutate(file);
    const before = await storeContents();
    for (const blob of [blobOf(asJson(file)), blobOf(zipOf(file, sharedPictures()))]) {
      const error: unknown = await importJourney(blob, { makeThumbnail }).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).toBe(message);
      expect((error as Error).message.length).toBeLessThan(400);
    }
    expect(await storeContents()).toEqual(before);
  });

  it('says its refusals in French too', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, substitutions?: string | string[]) => {
      const values = ([] as string[]).concat(substitutions ?? []);
      return ((french as Record<string, { message: string }>)[key]?.message ?? '').replace(/\$P(\d)\$/g, (_all, n: string) => values[Number(n) - 1] ?? '');
    });
    const file = scoredFile();
    file.scorecard.answers[4].stepId = 'nowhere';
    await expect(importJourney(blobOf(asJson(file)), { makeThumbnail })).rejects.toThrow('La réponse 5 de la grille renvoie à une étape absente du parcours.');
    file.scorecard.answers[4].stepId = 's1';
    file.scorecard.answers[0].answer = 'great';
    await expect(importJourney(blobOf(asJson(file)), { makeThumbnail })).rejects.toThrow(/^Trailnote ne peut pas importer .* réponse 1 › answer/);
  });
  afterEach(() => vi.restoreAllMocks());
});
