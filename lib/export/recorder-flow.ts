import type { JourneyBundle } from '../db';
import { t } from '../i18n';
import { EMOTION_LABELS } from '../journey/emotions';
import { groupBy } from '../journey/group';
import { NOTE_KIND_LABELS } from '../journey/notes';
import type { Selector, Step, StepField, StepTarget } from '../journey/types';

/**
 * The walk as a Chrome DevTools Recorder flow (the JSON that Recorder imports and @puppeteer/replay runs):
 * the first page is a navigate step, clicks and field changes follow with their selectors (a ticked box
 * or a chosen radio as the click it was), a click that
 * opened a page asserts that navigation, and the tester's key moments, notes and emotions ride along as
 * customSteps, which replay skips. Masked values become placeholders; sensitive ones were never stored.
 */
type RecorderSelector = string[];

interface AssertedNavigation {
  type: 'navigation';
  url: string;
  title: string;
}

type RecorderStep =
  | { type: 'setViewport'; width: number; height: number; deviceScaleFactor: number; isMobile: boolean; hasTouch: boolean; isLandscape: boolean }
  | { type: 'navigate'; url: string; assertedEvents: AssertedNavigation[] }
  | { type: 'click'; target: 'main'; selectors: RecorderSelector[]; offsetX: number; offsetY: number; frame?: number[]; assertedEvents?: AssertedNavigation[] }
  | { type: 'change'; target: 'main'; selectors: RecorderSelector[]; value: string; frame?: number[] }
  | { type: 'customStep'; name: string; parameters: Record<string, string | number> };

export interface RecorderFlow {
  title: string;
  steps: RecorderStep[];
}

const asRecorderSelector = (selector: Selector): RecorderSelector => (Array.isArray(selector) ? selector : [selector]);

function located(target: StepTarget): { target: 'main'; selectors: RecorderSelector[]; frame?: number[] } {
  return { target: 'main', selectors: target.selectors.map(asRecorderSelector), ...(target.frame && { frame: target.frame }) };
}

/**
 * A box ticked or a radio chosen, replayed as the click Chrome Recorder records for it: replay fills a
 * change step's value in (puppeteer's Locator.fill), which for these inputs sets their value attribute
 * to "checked" and ticks nothing. A masked (sensitive) one keeps its placeholder.
 */
function isTicked(field: StepField): boolean {
  return !field.masked && (field.type === 'checkbox' || field.type === 'radio');
}

function navigation(step: Step): AssertedNavigation {
  return { type: 'navigation', url: step.url, title: step.title };
}

export function recorderFlow({ journey, steps, annotations }: JourneyBundle): RecorderFlow {
  const viewport = journey.environment?.viewport;
  const flow: RecorderStep[] = [];
  if (viewport?.width && viewport.height) {
    flow.push({ type: 'setViewport', width: viewport.width, height: viewport.height, deviceScaleFactor: 1, isMobile: false, hasTouch: false, isLandscape: false });
  }
  const said = groupBy(annotations, (annotation) => annotation.stepId);

  // The click a page load follows: the load is that click's asserted navigation (only a submit may come between).
  let lastClick: Extract<RecorderStep, { type: 'click' }> | undefined;
  for (const step of steps) {
    switch (step.kind) {
      case 'navigation':
        if (step.navigation === 'route') break; // the click before it is what a replay repeats
        if (lastClick) lastClick.assertedEvents = [navigation(step)];
        else flow.push({ type: 'navigate', url: step.url, assertedEvents: [navigation(step)] });
        lastClick = undefined;
        break;
      case 'click':
        lastClick = step.target.selectors.length ? { type: 'click', ...located(step.target), offsetX: 1, offsetY: 1 } : undefined;
        if (lastClick) flow.push(lastClick);
        break;
      case 'input': {
        lastClick = undefined;
        if (step.target.selectors.length === 0) break;
        const { field } = step;
        if (isTicked(field)) {
          flow.push({ type: 'click', ...located(step.target), offsetX: 1, offsetY: 1 });
          break;
        }
        const value = field.masked ? `{{${field.label || field.name || 'value'}: ${field.maskReason === 'sensitive' ? 'secret' : (field.mask ?? 'masked')}}}` : (field.value ?? '');
        flow.push({ type: 'change', ...located(step.target), value });
        break;
      }
      case 'submit':
        // A submit follows the click or key that caused it, which the flow already holds.
        break;
    }
    if (step.keyMoment) {
      // A click that opened a page shares its flow step with the page: stepKind says which of the two it was.
      flow.push({ type: 'customStep', name: 'trailnote.keyMoment', parameters: { step: step.seq, stepKind: step.kind, label: t('keyMoment') } });
    }
    for (const annotation of said.get(step.id) ?? []) {
      flow.push({
        type: 'customStep',
        name: annotation.kind === 'emotion' ? 'trailnote.emotion' : 'trailnote.note',
        parameters: {
          step: step.seq,
          // A click that opened a page shares its flow step with the page: this says which of the two.
          stepKind: step.kind,
          kind: annotation.kind,
          ...(annotation.emotion !== undefined && { emotion: annotation.emotion, label: t(EMOTION_LABELS[annotation.emotion]) }),
          ...(annotation.kind !== 'emotion' && { label: t(NOTE_KIND_LABELS[annotation.kind]), text: annotation.text ?? '' }),
        },
      });
    }
  }
  return { title: journey.title, steps: flow };
}
