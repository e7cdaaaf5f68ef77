import { describe, expect, it } from 'vitest';
import { createJourney, getJourney, listOwnTemplates } from '../../lib/db';
import { DEFAULT_STAGE_IDS, defaultStages } from '../../lib/db/default-stages';
import { duplicateTemplate, editTemplate, putBackCriterion, removeTemplateCriterion, removeTemplate } from '../../lib/edits/scorecard-templates';
import { placeGroups, stageChoices, WHOLE_WALK_STAGE_ID } from '../../lib/panel/scorecard-groups';
import { findTemplate, startWithTemplate } from '../../lib/panel/scorecard-start';
import { templateList } from '../../lib/panel/scorecard-templates.svelte';
import { ecommercePurchase } from '../../lib/scorecard/built-in/ecommerce-purchase';
import { usabilityHeuristics } from '../../lib/scorecard/built-in/usability-heuristics';
import { addCriterion, renameTemplate } from '../../lib/scorecard/template-edits';
import type { Criterion, ScorecardTemplate } from '../../lib/scorecard/types';
import { journey, useFreshStore } from './support/rows';

useFreshStore();

const walkStages = new Set<string>(DEFAULT_STAGE_IDS);
const stageOrder = (template: ScorecardTemplate, currentStageId: string) =>
  placeGroups(template.groups, walkStages, currentStageId).map(({ group, place }) => `${group.stageId}:${place}`);
const textsOf = (template: ScorecardTemplate, stageId: string) => template.groups.find((group) => group.stageId === stageId)?.criteria.map((criterion) => criterion.id);
const criterion = (id: string): Criterion => ({ id, text: `Criterion ${id}`, scale: 'verdict', weight: 1, critical: false });

describe('where the Scorecard view puts a template’s criteria', () => {
  it('puts the current stage first, then the others in the template’s order', () => {
    expect(stageOrder(ecommercePurchase.en, 'purchase')).toEqual([
      'purchase:current',
      'awareness:other',
      'consideration:other',
      'decision:other',
      'service:other',
      'loyalty:other',
    ]);
  });

  it('shows Usability heuristics’ “Whole walk” at any stage of the walk, though no stage of the walk has its id', () => {
    for (const stageId of DEFAULT_STAGE_IDS) expect(stageOrder(usabilityHeuristics.en, stageId)).toEqual([`${WHOLE_WALK_STAGE_ID}:any-stage`]);
    expect(usabilityHeuristics.en.groups.map((group) => group.stageId)).toEqual([WHOLE_WALK_STAGE_ID]);
  });

  it('keeps criteria of no stage of the walk right after the current stage’s, whatever the stage', () => {
    const mixed = addCriterion(ecommercePurchase.en, { stageId: WHOLE_WALK_STAGE_ID, stageName: 'Whole walk' }, criterion('tone'));
    expect(stageOrder(mixed, 'decision').slice(0, 3)).toEqual(['decision:current', `${WHOLE_WALK_STAGE_ID}:any-stage`, 'awareness:other']);
    // A walk whose stages were renamed away from the defaults: every group is answered at any stage, in the template's order.
    expect(placeGroups(mixed.groups, new Set(['own-stage']), 'own-stage').map(({ place }) => place)).toEqual(Array(7).fill('any-stage'));
  });
});

describe('the stages the template editor offers for a new criterion', () => {
  const defaults = defaultStages();

  it('are the template’s own stages, then the default stages it lacks, then the whole walk', () => {
    const onlyPurchase: ScorecardTemplate = { ...ecommercePurchase.en, groups: [ecommercePurchase.en.groups[3]] };
    expect(stageChoices(onlyPurchase.groups, defaults, 'Whole walk')).toEqual([
      { stageId: 'purchase', stageName: 'Purchase' },
      { stageId: 'awareness', stageName: 'Awareness' },
      { stageId: 'consideration', stageName: 'Consideration' },
      { stageId: 'decision', stageName: 'Decision' },
      { stageId: 'service', stageName: 'Service' },
      { stageId: 'loyalty', stageName: 'Loyalty' },
      { stageId: WHOLE_WALK_STAGE_ID, stageName: 'Whole walk' },
    ]);
  });

  it('offer the whole walk once, under the template’s own name for it', () => {
    const choices = stageChoices(usabilityHeuristics.fr.groups, defaults, 'Whole walk');
    expect(choices.filter((choice) => choice.stageId === WHOLE_WALK_STAGE_ID)).toEqual([{ stageId: WHOLE_WALK_STAGE_ID, stageName: 'Tout le parcours' }]);
    expect(choices).toHaveLength(7);
  });
});

describe('removing a criterion from the tester’s template, and its undo', () => {
  it('puts the criterion back where it stood, keeping the changes made since', async () => {
    const copy = await duplicateTemplate(ecommercePurchase.en);
    const before = textsOf(copy, 'purchase');
    const removed = await removeTemplateCriterion(copy.id, 'no-surprise-cost');
    expect(removed).toMatchObject({ stageId: 'purchase', groupIndex: 3, index: 2, criterion: { id: 'no-surprise-cost', critical: true } });
    expect(textsOf((await listOwnTemplates())[0], 'purchase')).not.toContain('no-surprise-cost');
    await editTemplate(copy.id, (template) => renameTemplate(template, 'Audit'));
    await putBackCriterion(copy.id, removed!);
    const [restored] = await listOwnTemplates();
    expect(textsOf(restored, 'purchase')).toEqual(before);
    expect(restored.title).toBe('Audit');
    // Undone twice (two panels): the criterion is there once.
    await putBackCriterion(copy.id, removed!);
    expect(textsOf((await listOwnTemplates())[0], 'purchase')).toEqual(before);
  });

  it('makes the stage’s group again, at its place, when its last criterion was removed', async () => {
    const copy = await duplicateTemplate(ecommercePurchase.en);
    const loyalty = textsOf(copy, 'loyalty') ?? [];
    const groupsBefore = copy.groups.map((group) => group.stageId);
    const removed = [];
    for (const id of loyalty) removed.push(await removeTemplateCriterion(copy.id, id));
    expect((await listOwnTemplates())[0].groups.map((group) => group.stageId)).not.toContain('loyalty');
    for (const each of removed.reverse()) await putBackCriterion(copy.id, each!);
    const [restored] = await listOwnTemplates();
    expect(restored.groups.map((group) => group.stageId)).toEqual(groupsBefore);
    expect(restored).toEqual({ ...copy });
  });
});

describe('the templates a walk may take', () => {
  it('finds the tester’s own templates as they are now, and nothing for one deleted', async () => {
    const copy = await duplicateTemplate(ecommercePurchase.en);
    expect((await findTemplate(copy.id))?.title).toBe('Copy of E-commerce purchase');
    expect((await findTemplate('ecommerce-purchase'))?.title).toBe('E-commerce purchase');
    await editTemplate(copy.id, (template) => renameTemplate(template, 'Audit'));
    expect((await findTemplate(copy.id))?.title).toBe('Audit');
    await removeTemplate(copy.id);
    expect(await findTemplate(copy.id)).toBeNull();
    expect(await findTemplate('')).toBeNull();
  });

  it('start a walk with a copy of the tester’s template, which later edits leave alone', async () => {
    const copy = await duplicateTemplate(ecommercePurchase.en);
    await createJourney(journey('j1'));
    await startWithTemplate('j1', copy.id);
    await editTemplate(copy.id, (template) => addCriterion(template, { stageId: 'purchase', stageName: 'Purchase' }, criterion('later')));
    const kept = (await getJourney('j1'))?.scorecard?.template;
    expect(kept?.id).toBe(copy.id);
    expect(textsOf(kept!, 'purchase')).not.toContain('later');

    // The panel notices the template was edited since, and what the latest version is.
    await templateList.load();
    expect(templateList.editedSince(kept!)?.groups.flatMap((group) => group.criteria.map((each) => each.id))).toContain('later');
    await startWithTemplate('j1', copy.id);
    await templateList.load();
    expect(templateList.editedSince((await getJourney('j1'))!.scorecard!.template)).toBeUndefined();
    // A built-in is never "edited since": its words change only with Trailnote.
    expect(templateList.editedSince(ecommercePurchase.fr)).toBeUndefined();
  });
});
