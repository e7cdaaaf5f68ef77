import type { InputStep, Step } from './types';
import { t } from '../i18n';

/** Seconds with one decimal, the way load times read in a sentence ("2.4 s"). */
export function formatSeconds(ms: number): string {
  return t('loadTime', (ms / 1000).toFixed(1));
}

/** The page's name for a sentence: its title, else its path. */
export function pageName(step: Pick<Step, 'title' | 'url'>): string {
  if (step.title.trim()) return step.title.trim();
  try {
    const url = new URL(step.url);
    return url.host + (url.pathname === '/' ? '' : url.pathname);
  } catch {
    return step.url;
  }
}

/** What the tester did to a field. Choices are stored as "checked", "unchecked" or "checked: <option>". */
function fieldSentence({ field, target }: InputStep): string {
  const label = field.label || field.name || target.text;
  if (field.masked) return `${t('stepInput', label)} (${t(field.maskReason === 'sensitive' ? 'neverStored' : 'masked')})`;
  if (field.value === undefined) return t('stepInput', label);
  if (field.type === 'checkbox') return t(field.value === 'checked' ? 'stepTicked' : 'stepUnticked', label);
  if (field.type === 'radio') return t('stepChoseOption', field.value.replace(/^checked: /, '') || label);
  return t('stepInputChoice', label, field.value);
}

/** A step as a readable sentence: "Clicked “Add to cart”", "Filled “Email” (masked)", "Opened Checkout — 2.4 s". */
export function stepSentence(step: Step): string {
  if (step.label) return step.label;
  switch (step.kind) {
    case 'navigation': {
      const sentence = t(step.navigation === 'route' ? 'stepNavigationRoute' : 'stepNavigationLoad', pageName(step));
      const duration = step.navigation === 'route' ? step.timing?.routeSettled : step.timing?.load;
      return duration ? `${sentence} — ${formatSeconds(duration)}` : sentence;
    }
    case 'click':
      return step.target.text ? t('stepClick', step.target.text) : t('stepClickUnnamed', step.target.role || step.target.tag);
    case 'input':
      return fieldSentence(step);
    case 'submit':
      return step.target.text ? t('stepSubmit', step.target.text) : t('stepSubmitUnnamed');
  }
}
