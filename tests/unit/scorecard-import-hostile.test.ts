import { describe, expect, it } from 'vitest';
import { codeOf } from '../../lib/errors';
import { scorecardFileText } from '../../lib/export/scorecard-file';
import { t } from '../../lib/i18n';
import { readSharedTemplate } from '../../lib/import/import-scorecard';
import { SCORECARD_LIMITS } from '../../lib/scorecard/limits';
import { leadForm } from '../../lib/scorecard/built-in/lead-form';
import type { ScorecardTemplate } from '../../lib/scorecard/types';

const file = (text: string | Uint8Array<ArrayBuffer>) => new Blob([text], { type: 'application/json' });
const shared = (template: unknown, head: Record<string, unknown> = { format: 'trailnote.scorecard', version: 1 }) => file(JSON.stringify({ ...head, template }));
const template = (): ScorecardTemplate => structuredClone(leadForm.en);

/** The refusal a file gets: its code and its words. */
async function refusal(blob: Blob): Promise<{ code: string; message: string }> {
  try {
    await readSharedTemplate(blob);
  } catch (error) {
    return { code: codeOf(error), message: (error as Error).message };
  }
  throw new Error('the file was accepted');
}

describe('a shared scorecard template file', () => {
  it('reads back what was exported, under a new id, its criteria keeping theirs so that walks compare', async () => {
    const read = await readSharedTemplate(file(scorecardFileText(leadForm.fr)), () => 'new-id');
    expect(read).toEqual({ ...leadForm.fr, id: 'new-id' });
  });

  it('drops fields it does not know and an empty guidance', async () => {
    const extra = template();
    Object.assign(extra, { colour: 'red' });
    Object.assign(extra.groups[0].criteria[0], { guidance: '   ', secret: 'x' });
    const read = await readSharedTemplate(shared(extra), () => 'new-id');
    expect(read).not.toHaveProperty('colour');
    expect(read.groups[0].criteria[0]).toEqual({ id: 'form-findable', text: extra.groups[0].criteria[0].text, scale: 'verdict', weight: 3, critical: false });
  });

  it('refuses an empty file, a cut-off file and bytes that are not text', async () => {
    expect(await refusal(file(''))).toEqual({ code: 'import-invalid', message: t('importEmpty') });
    const text = scorecardFileText(template());
    expect(await refusal(file(text.slice(0, text.length / 2)))).toEqual({ code: 'import-invalid', message: t('importNotJson') });
    expect(await refusal(file(new Uint8Array([0xff, 0xfe, 0x00, 0xd8])))).toEqual({ code: 'import-invalid', message: t('scorecardFileNotText') });
  });

  it('refuses other formats and versions it does not know, by name', async () => {
    expect((await refusal(shared(template(), { format: 'trailnote.journey', version: 1 }))).message).toBe(t('scorecardFileNotTemplate'));
    expect((await refusal(file('[1, 2, 3]'))).message).toBe(t('scorecardFileNotTemplate'));
    expect((await refusal(file('null'))).message).toBe(t('scorecardFileNotTemplate'));
    expect((await refusal(shared(template(), { format: 'trailnote.scorecard', version: 2 }))).message).toBe(t('scorecardFileVersion', '2'));
    expect((await refusal(shared(template(), { format: 'trailnote.scorecard', version: '1' }))).message).toBe(t('scorecardFileNotTemplate'));
  });

  it('says where a value of the wrong type is, in the tester’s words', async () => {
    const wrong = template() as unknown as { groups: Array<{ criteria: Array<Record<string, unknown>> }> };
    wrong.groups[2].criteria[1].weight = '3';
    const { code, message } = await refusal(shared(wrong));
    expect(code).toBe('import-invalid');
    expect(message).toBe(
      t('scorecardFileInvalid', `template › ${t('scorecardFilePlaceGroup', 3)} › ${t('scorecardFilePlaceCriterion', 2)} › weight`, t('importReasonOneOf', '1 | 2 | 3')),
    );

    for (const [field, value] of [
      ['critical', 'yes'],
      ['scale', 'stars'],
      ['weight', 4],
      ['text', 42],
      ['id', 'no spaces allowed'],
    ] as const) {
      const bad = template() as unknown as { groups: Array<{ criteria: Array<Record<string, unknown>> }> };
      bad.groups[0].criteria[0][field] = value;
      expect((await refusal(shared(bad))).message).toContain(`${t('scorecardFilePlaceCriterion', 1)} › ${field}`);
    }
    expect((await refusal(shared({ ...template(), groups: 'all' }))).message).toContain(`template › ${t('scorecardFilePlaceGroups')}`);
    expect((await refusal(shared('a template'))).message).toContain(t('importExpectedObject'));
  });

  it('refuses strings and lists over the limits, and a file too big to read, without quoting them whole', async () => {
    const long = template();
    long.groups[0].criteria[0].text = 'x'.repeat(SCORECARD_LIMITS.text + 1);
    const { message } = await refusal(shared(long));
    expect(message).toContain(t('importReasonTooLong', SCORECARD_LIMITS.text.toLocaleString('en')));
    expect(message.length).toBeLessThan(300);

    const many = template();
    many.groups[0].criteria = Array.from({ length: SCORECARD_LIMITS.criteria + 1 }, (_, index) => ({ ...many.groups[0].criteria[0], id: `c${index}` }));
    expect((await refusal(shared(many))).message).toContain(t('importReasonTooMany', SCORECARD_LIMITS.criteria.toLocaleString('en')));

    const huge = file(JSON.stringify({ format: 'trailnote.scorecard', version: 1, template: template(), padding: 'x'.repeat(SCORECARD_LIMITS.fileBytes) }));
    expect((await refusal(huge)).message).toMatch(/^The file is 1 ?MB; a scorecard template file is at most 1 ?MB\.$/);
  });

  it('refuses criteria sharing an id, even in different stages, and a stage given twice', async () => {
    const twins = template();
    twins.groups[3].criteria[0].id = twins.groups[0].criteria[0].id;
    expect((await refusal(shared(twins))).message).toBe(t('scorecardFileDuplicateCriterion', 'form-findable'));

    const stages = template();
    stages.groups[1].stageId = stages.groups[0].stageId;
    expect((await refusal(shared(stages))).message).toBe(t('scorecardFileDuplicateStage', stages.groups[1].stageName));
  });

  it('refuses a template with nothing to score', async () => {
    const empty = template();
    for (const group of empty.groups) group.criteria = [];
    expect((await refusal(shared(empty))).message).toBe(t('scorecardFileNoCriteria'));
    expect((await refusal(shared({ ...template(), groups: [] }))).message).toContain(t('scorecardFilePlaceGroups'));
  });

  it('refuses deep nesting and prototype keys', async () => {
    const deep = `{"format":"trailnote.scorecard","version":1,"template":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const { code, message } = await refusal(file(deep));
    expect(code).toBe('import-invalid');
    expect([t('scorecardFileTooDeep'), t('scorecardFileInvalid', 'template', t('importReasonType', t('importExpectedObject')))]).toContain(message);

    const poisoned = `{"format":"trailnote.scorecard","version":1,"template":{"__proto__":{"admin":true}}}`;
    expect((await refusal(file(poisoned))).message).toBe(t('importForbiddenKey', '__proto__'));
  });
});
