import { describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import french from '../../public/_locales/fr/messages.json';
import { t } from '../../lib/i18n';
import { formatSignalSummary, formatStepCount } from '../../lib/journey/format';

describe('i18n', () => {
  it('fills placeholders in English when the browser has no translation', () => {
    expect(t('stepClick', 'Add to cart')).toBe('Clicked “Add to cart”');
    expect(t('stepInputChoice', 'Colour', 'Sand')).toBe('Chose “Sand” in “Colour”');
  });

  it('says one of a count in the singular', () => {
    expect(formatSignalSummary({ noticed: 1, confirmed: 0 })).toBe('1 moment of friction, 0 confirmed by the tester');
    expect(formatSignalSummary({ noticed: 3, confirmed: 1 })).toBe('3 moments of friction, 1 confirmed by the tester');
    expect(formatStepCount(1)).toBe('1 step');
    expect(formatStepCount(2)).toBe('2 steps');
  });

  it('has a French message for every English one, with the same placeholders', () => {
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(english)) {
      const fr = (french as Record<string, { placeholders?: object }>)[key];
      expect(Object.keys(fr.placeholders ?? {}), key).toEqual(Object.keys(('placeholders' in entry && entry.placeholders) || {}));
    }
  });
});
