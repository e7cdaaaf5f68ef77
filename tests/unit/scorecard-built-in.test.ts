import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_IDS } from '../../lib/db/default-stages';
import { BUILT_IN_TEMPLATES, builtInTemplate, builtInTemplates, templateLanguage } from '../../lib/scorecard/built-in';
import { ecommercePurchase } from '../../lib/scorecard/built-in/ecommerce-purchase';
import type { ScorecardTemplate } from '../../lib/scorecard/types';

const criteria = (template: ScorecardTemplate) => template.groups.flatMap((group) => group.criteria);

describe('the E-commerce purchase template', () => {
  const { en, fr } = ecommercePurchase;

  it('runs from discovery to after-sale in about twenty criteria, grouped by the default stages', () => {
    expect(en.groups.map((group) => group.stageId)).toEqual([...DEFAULT_STAGE_IDS]);
    expect(criteria(en).length).toBeGreaterThanOrEqual(18);
    expect(criteria(en).length).toBeLessThanOrEqual(24);
  });

  it('has the same ids, weights, scales and critical flags in English and French, and French words', () => {
    const shape = (template: ScorecardTemplate) => criteria(template).map(({ id, weight, scale, critical }) => ({ id, weight, scale, critical }));
    expect(shape(fr)).toEqual(shape(en));
    expect(fr.groups.map((group) => group.stageId)).toEqual(en.groups.map((group) => group.stageId));
    expect([en.language, fr.language]).toEqual(['en', 'fr']);
    expect(fr.title).not.toBe(en.title);
    criteria(fr).forEach((criterion, index) => expect(criterion.text).not.toBe(criteria(en)[index].text));
  });

  it('gives every criterion its own id, words, guidance and a weight of 1 to 3, and marks a few critical', () => {
    for (const template of [en, fr]) {
      const ids = criteria(template).map((criterion) => criterion.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const criterion of criteria(template)) {
        expect(criterion.text.trim()).not.toBe('');
        expect(criterion.guidance?.trim()).toBeTruthy();
        expect([1, 2, 3]).toContain(criterion.weight);
      }
      const critical = criteria(template).filter((criterion) => criterion.critical);
      expect(critical.length).toBeGreaterThanOrEqual(2);
      expect(critical.length).toBeLessThanOrEqual(5);
    }
  });

  it('holds the criteria the issue names', () => {
    const texts = criteria(en).map((criterion) => criterion.text);
    expect(texts).toEqual(expect.arrayContaining(['Delivery cost shown before the cart', 'Guest checkout offered', 'Payment page under 3 s']));
  });
});

describe('built-in templates', () => {
  it('speak French to a French interface and English to any other', () => {
    expect(templateLanguage('fr')).toBe('fr');
    expect(templateLanguage('fr-CA')).toBe('fr');
    expect(templateLanguage('en-GB')).toBe('en');
    expect(templateLanguage('de')).toBe('en');
    expect(templateLanguage('frr')).toBe('en');
    expect(builtInTemplate('ecommerce-purchase', 'fr-FR')?.title).toBe('Achat en ligne');
    expect(builtInTemplate('ecommerce-purchase', 'en')?.title).toBe('E-commerce purchase');
    expect(builtInTemplate('nope', 'en')).toBeUndefined();
  });

  it('list each built-in once, with an id unique among them', () => {
    const ids = builtInTemplates('en').map((template) => template.id);
    expect(ids).toHaveLength(BUILT_IN_TEMPLATES.length);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
