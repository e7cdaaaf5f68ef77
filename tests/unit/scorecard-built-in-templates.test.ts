import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_IDS } from '../../lib/db/default-stages';
import { scorecardFileText } from '../../lib/export/scorecard-file';
import { readScorecardFile, readScorecardTemplate } from '../../lib/import/scorecard-file-schema';
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../../lib/scorecard/built-in';
import { customerService } from '../../lib/scorecard/built-in/customer-service';
import { leadForm } from '../../lib/scorecard/built-in/lead-form';
import { saasTrial } from '../../lib/scorecard/built-in/saas-trial';
import { usabilityHeuristics } from '../../lib/scorecard/built-in/usability-heuristics';
import type { ScorecardTemplate } from '../../lib/scorecard/types';

const criteria = (template: ScorecardTemplate) => template.groups.flatMap((group) => group.criteria);
const shape = (template: ScorecardTemplate) => ({
  id: template.id,
  groups: template.groups.map((group) => ({ stageId: group.stageId, criteria: group.criteria.map(({ id, weight, scale, critical }) => ({ id, weight, scale, critical })) })),
});

describe('the built-in scorecard templates', () => {
  it.each(BUILT_IN_TEMPLATES.map((template) => [template.en.id, template] as const))(
    '%s passes the import checks in both languages and reads back from its own file',
    (_id, template) => {
      for (const language of [template.en, template.fr]) {
        expect(readScorecardTemplate(structuredClone(language))).toEqual(language);
        expect(readScorecardFile(JSON.parse(scorecardFileText(language)))).toEqual(language);
      }
    },
  );

  it.each(BUILT_IN_TEMPLATES.map((template) => [template.en.id, template] as const))(
    '%s has the same ids, stages, weights, scales and critical flags in English and French, in French words',
    (_id, { en, fr }) => {
      expect(shape(fr)).toEqual(shape(en));
      expect([en.language, fr.language]).toEqual(['en', 'fr']);
      expect(fr.title).not.toBe(en.title);
      criteria(fr).forEach((criterion, index) => {
        expect(criterion.text).not.toBe(criteria(en)[index].text);
        expect(criterion.guidance).not.toBe(criteria(en)[index].guidance);
      });
    },
  );

  it('give every criterion guidance saying what counts as a pass (or what each end of a rating means)', () => {
    for (const { en, fr } of BUILT_IN_TEMPLATES) {
      for (const criterion of criteria(en)) expect(criterion.guidance).toMatch(criterion.scale === 'rating' ? /^1: .+; 5: / : /^Pass: /);
      for (const criterion of criteria(fr)) expect(criterion.guidance).toMatch(criterion.scale === 'rating' ? /^1 : .+ ; 5 : / : /^Conforme : /);
    }
  });

  it('group the walk templates by the default stages, in their order', () => {
    for (const { en } of [saasTrial, leadForm, customerService]) {
      const ids = en.groups.map((group) => group.stageId);
      expect(ids.every((id) => (DEFAULT_STAGE_IDS as readonly string[]).includes(id))).toBe(true);
      expect(ids).toEqual(DEFAULT_STAGE_IDS.filter((id) => ids.includes(id)));
    }
    expect(builtInTemplate('saas-trial', 'fr')?.groups.map((group) => group.stageName)).toEqual(['Découverte', 'Considération', 'Décision', 'Achat', 'Service', 'Fidélité']);
  });

  it('mark critical only what loses the visit: a failed sign-up or cancellation, a lost lead, a wrong or unsafe answer', () => {
    const critical = (template: ScorecardTemplate) =>
      criteria(template)
        .filter((criterion) => criterion.critical)
        .map((criterion) => criterion.id);
    expect(critical(saasTrial.en)).toEqual(['sign-up-completes', 'cancel-as-easy']);
    expect(critical(leadForm.en)).toEqual(['form-sends', 'sending-confirmed']);
    expect(critical(customerService.en)).toEqual(['identity-checks-safe', 'answer-correct']);
    expect(critical(usabilityHeuristics.en)).toEqual([]);
  });

  it('hold Nielsen’s ten heuristics, in his order', () => {
    expect(criteria(usabilityHeuristics.en).map((criterion) => criterion.text)).toEqual([
      'Visibility of system status',
      'Match between the system and the real world',
      'User control and freedom',
      'Consistency and standards',
      'Error prevention',
      'Recognition rather than recall',
      'Flexibility and efficiency of use',
      'Aesthetic and minimalist design',
      'Help users recognise, diagnose and recover from errors',
      'Help and documentation',
    ]);
  });

  it('have ids unique among the built-ins, and criterion ids unique within each', () => {
    const ids = BUILT_IN_TEMPLATES.map((template) => template.en.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { en } of BUILT_IN_TEMPLATES) {
      const criterionIds = criteria(en).map((criterion) => criterion.id);
      expect(new Set(criterionIds).size).toBe(criterionIds.length);
      expect(criterionIds.length).toBeGreaterThanOrEqual(10);
    }
  });
});
