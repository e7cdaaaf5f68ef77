import { describe, expect, it } from 'vitest';
import { stepSentence } from '../../lib/journey/step-sentence';
import type { Step } from '../../lib/journey/types';

const base = { id: 's', journeyId: 'j', seq: 1, at: 0, stageId: 'awareness', tabId: 1, url: 'https://shop.example/checkout', title: 'Checkout' };
const target = { text: 'Add to cart', role: 'button', tag: 'button', selectors: ['aria/Add to cart[role="button"]'] };

describe('a step as a sentence', () => {
  it.each<[Step, string]>([
    [{ ...base, kind: 'navigation', navigation: 'load', timing: { load: 2400 } }, 'Opened Checkout — 2.4 s'],
    [{ ...base, kind: 'navigation', navigation: 'load', title: '' }, 'Opened shop.example/checkout'],
    [{ ...base, kind: 'navigation', navigation: 'route', title: 'Routes', timing: { routeSettled: 310 } }, 'Went to Routes — 0.3 s'],
    [{ ...base, kind: 'click', target }, 'Clicked “Add to cart”'],
    [{ ...base, kind: 'click', target: { ...target, text: '' } }, 'Clicked a button'],
    [{ ...base, kind: 'input', target, field: { label: 'Email', name: 'email', type: 'email', masked: true, maskReason: 'typed', mask: 'a@ ×19' } }, 'Filled “Email” (masked)'],
    [{ ...base, kind: 'input', target, field: { label: 'CVC', name: 'cvc', type: 'text', masked: true, maskReason: 'sensitive' } }, 'Filled “CVC” (never stored)'],
    [{ ...base, kind: 'input', target, field: { label: 'Colour', name: 'colour', type: 'select-one', masked: false, value: 'Sand' } }, 'Chose “Sand” in “Colour”'],
    [{ ...base, kind: 'input', target, field: { label: 'Trail news', name: 'news', type: 'checkbox', masked: false, value: 'checked' } }, 'Ticked “Trail news”'],
    [{ ...base, kind: 'input', target, field: { label: 'Gift', name: 'gift', type: 'checkbox', masked: false, value: 'unchecked' } }, 'Unticked “Gift”'],
    [{ ...base, kind: 'input', target, field: { label: 'Express', name: 'ship', type: 'radio', masked: false, value: 'checked: Express' } }, 'Chose “Express”'],
    [{ ...base, kind: 'submit', target: { ...target, text: 'Continue to payment' } }, 'Submitted “Continue to payment”'],
    [{ ...base, kind: 'click', target, label: 'Tried to add the tent' }, 'Tried to add the tent'],
  ])('%#: %s', (step, sentence) => {
    expect(stepSentence(step)).toBe(sentence);
  });
});
