import { describe, expect, it, vi } from 'vitest';
import { listOwnTemplates } from '../../lib/db';
import { codeOf } from '../../lib/errors';
import { scorecardFileText } from '../../lib/export/scorecard-file';
import { duplicateTemplate, editTemplate, importTemplateFile, putBackTemplate, removeTemplate } from '../../lib/edits/scorecard-templates';
import { t } from '../../lib/i18n';
import { announce } from '../../lib/messaging/changes';
import { builtInTemplates } from '../../lib/scorecard/built-in';
import { saasTrial } from '../../lib/scorecard/built-in/saas-trial';
import { usabilityHeuristics } from '../../lib/scorecard/built-in/usability-heuristics';
import { addCriterion, changeCriterion, distinctTitle, moveCriterion, removeCriterion, renameTemplate } from '../../lib/scorecard/template-edits';
import { listTemplates } from '../../lib/scorecard/templates';
import type { ScorecardTemplate } from '../../lib/scorecard/types';
import { useFreshStore } from './support/rows';

vi.mock('../../lib/messaging/changes', () => ({ announce: vi.fn() }));

useFreshStore();

const ids = (template: ScorecardTemplate) => template.groups.flatMap((group) => group.criteria.map((criterion) => criterion.id));
const refusal = (promise: Promise<unknown>) => promise.then(() => undefined).catch((error: unknown) => ({ code: codeOf(error), message: (error as Error).message }));

describe('the tester’s own scorecard templates', () => {
  it('lists the built-ins first, then a duplicate of one, saved under a new id with every criterion kept', async () => {
    const copy = await duplicateTemplate(saasTrial.en, 10);
    const listed = await listTemplates('en');
    expect(listed.map((template) => template.title)).toEqual([...builtInTemplates('en').map((template) => template.title), 'Copy of SaaS sign-up and trial']);
    expect(copy.id).not.toBe('saas-trial');
    expect(listed.at(-1)).toEqual({ ...saasTrial.en, id: copy.id, title: 'Copy of SaaS sign-up and trial' });
    expect(announce).toHaveBeenCalledWith({ kind: 'scorecard-templates' });
  });

  it('saves a rename, an added, a changed, a moved and a removed criterion, each in the store', async () => {
    const { id } = await duplicateTemplate(usabilityHeuristics.en);
    await editTemplate(id, (template) => renameTemplate(template, '  Our   heuristics '));
    await editTemplate(id, (template) =>
      addCriterion(template, { stageId: 'purchase', stageName: 'Purchase' }, { id: 'mine', text: 'Checkout in one page', scale: 'verdict', weight: 2, critical: true }),
    );
    await editTemplate(id, (template) => changeCriterion(template, 'mine', { guidance: 'Pass: one page.', weight: 3 }));
    await editTemplate(id, (template) => moveCriterion(template, 'user-control-and-freedom', -1));
    await editTemplate(id, (template) => removeCriterion(template, 'help-and-documentation'));

    const [stored] = await listOwnTemplates();
    expect(stored.title).toBe('Our heuristics');
    expect(ids(stored).slice(0, 3)).toEqual(['visibility-of-system-status', 'user-control-and-freedom', 'match-with-real-world']);
    expect(ids(stored)).not.toContain('help-and-documentation');
    expect(stored.groups.at(-1)).toEqual({
      stageId: 'purchase',
      stageName: 'Purchase',
      criteria: [{ id: 'mine', text: 'Checkout in one page', guidance: 'Pass: one page.', scale: 'verdict', weight: 3, critical: true }],
    });
  });

  it('refuses to remove the last criterion, an empty title and an edit that breaks the share checks, and keeps what was stored', async () => {
    const { id } = await duplicateTemplate(usabilityHeuristics.en);
    for (const criterion of ids(usabilityHeuristics.en).slice(1)) await editTemplate(id, (template) => removeCriterion(template, criterion));
    expect(await refusal(editTemplate(id, (template) => removeCriterion(template, 'visibility-of-system-status')))).toEqual({
      code: 'invalid-edit',
      message: t('scorecardTemplatesLastCriterion'),
    });
    expect((await refusal(editTemplate(id, (template) => renameTemplate(template, '   '))))?.code).toBe('invalid-edit');
    const twin = (template: ScorecardTemplate) => addCriterion(template, { stageId: 'service', stageName: 'Service' }, { ...template.groups[0].criteria[0] });
    expect(await refusal(editTemplate(id, twin))).toEqual({ code: 'invalid-edit', message: t('scorecardFileDuplicateCriterion', 'visibility-of-system-status') });
    const [stored] = await listOwnTemplates();
    expect(ids(stored)).toEqual(['visibility-of-system-status']);
    expect(stored.title).toBe('Copy of Usability heuristics');
  });

  it('deletes a template, puts it back on undo, and refuses an edit of a template deleted meanwhile', async () => {
    const { id } = await duplicateTemplate(saasTrial.fr);
    const deleted = await removeTemplate(id);
    expect(await listOwnTemplates()).toEqual([]);
    expect(await refusal(editTemplate(id, (template) => renameTemplate(template, 'x')))).toEqual({ code: 'missing', message: t('scorecardTemplatesGone') });
    await putBackTemplate(deleted!);
    expect(await listOwnTemplates()).toEqual([deleted]);
  });

  it('imports a shared file as a template of its own, and writes nothing of a refused one', async () => {
    const imported = await importTemplateFile(new Blob([scorecardFileText(saasTrial.fr)]), 20);
    expect(imported).toEqual({ ...saasTrial.fr, id: imported.id, createdAt: 20 });
    expect(imported.id).not.toBe('saas-trial');
    const broken = scorecardFileText(saasTrial.fr).replace('"weight": 3', '"weight": 30');
    expect((await refusal(importTemplateFile(new Blob([broken]))))?.code).toBe('import-invalid');
    expect(await listOwnTemplates()).toEqual([imported]);
  });

  it('numbers a title another template has already, as the walk’s template control shows titles only', async () => {
    const file = () => new Blob([scorecardFileText(saasTrial.en)]);
    expect((await importTemplateFile(file())).title).toBe('SaaS sign-up and trial (2)');
    expect((await importTemplateFile(file())).title).toBe('SaaS sign-up and trial (3)');
    expect((await duplicateTemplate(saasTrial.en)).title).toBe('Copy of SaaS sign-up and trial');
    expect((await duplicateTemplate(saasTrial.en)).title).toBe('Copy of SaaS sign-up and trial (2)');
  });
});

describe('a numbered title', () => {
  it('stays within the title’s limit, the number kept whole', () => {
    const long = 'x'.repeat(200);
    expect(distinctTitle(long, [long])).toBe(`${'x'.repeat(196)} (2)`);
    expect(distinctTitle('Audit', ['Audit', 'Audit (2)'])).toBe('Audit (3)');
    expect(distinctTitle('Audit', ['Other'])).toBe('Audit');
  });
});
