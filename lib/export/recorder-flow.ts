import type { JourneyBundle } from '../db';
import { t } from '../i18n';
import { EMOTION_LABELS } from '../journey/emotions';
import { groupBy } from '../journey/group';
import { NOTE_KIND_LABELS } from '../journey/notes';
import type { NavigationStep, Selector, Step, StepField, StepTarget } from '../journey/types';
import { isChoiceType } from '../privacy/field-rules';
import { standIn } from './stand-ins';

/**
 * The walk as a Chrome DevTools Recorder flow (the JSON that Recorder imports and @puppeteer/replay runs):
 * the first page, and every page the tester reached without clicking (an address typed, a bookmark, Reload,
 * Back or Forward, Back through an app's history), is a navigate step; clicks and field changes follow with
 * their selectors (a ticked box or a chosen radio as the click it was, a menu by its option's value, a form
 * sent with Enter as the Enter key), and only the step that caused a navigation asserts it. Masked values
 * replay as stand-ins of the field's kind (lib/export/stand-ins.ts), each followed by a `trailnote.standIn`
 * customStep that says so; the real values were never stored. The tester's key moments, notes and emotions
 * ride along as customSteps, which replay skips.
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
  | { type: 'keyDown' | 'keyUp'; target: 'main'; key: 'Enter'; assertedEvents?: AssertedNavigation[] }
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
 * to "checked" and ticks nothing. A masked (sensitive) one too: its change event says the tester toggled it.
 */
function isTicked(field: StepField): boolean {
  return field.type === 'checkbox' || field.type === 'radio';
}

function navigation(step: Step): AssertedNavigation {
  return { type: 'navigation', url: step.url, title: step.title };
}

/** Transition types of pages the tester reached without clicking in the page (webNavigation's words). */
const reachedWithoutClicking = new Set(['typed', 'auto_bookmark', 'generated', 'keyword', 'keyword_generated', 'start_page', 'reload']);

/**
 * A page the tester reached by the browser rather than the page: a replay must go there itself, as a navigate
 * step. A walk recorded before transitions were kept says nothing: its loads follow the click before them.
 */
export function isOwnNavigation(step: NavigationStep): boolean {
  const { transition } = step;
  if (!transition) return false;
  const qualifiers = new Set(transition.qualifiers);
  if (step.navigation === 'route') return qualifiers.has('forward_back') || transition.type === 'reload';
  return reachedWithoutClicking.has(transition.type) || qualifiers.has('forward_back') || qualifiers.has('from_address_bar');
}

/** The value a change step replays: a menu's option values, a stand-in for a masked value, else what was kept. */
function replayedValue(field: StepField, seed: number): { value: string; standIn?: ReturnType<typeof standIn> } {
  if (field.masked) {
    const made = standIn(field, seed);
    return { value: made.value, standIn: made };
  }
  return { value: field.optionValue ?? field.value ?? '' };
}

export function recorderFlow({ journey, steps, annotations }: JourneyBundle): RecorderFlow {
  const viewport = journey.environment?.viewport;
  const flow: RecorderStep[] = [];
  if (viewport?.width && viewport.height) {
    flow.push({ type: 'setViewport', width: viewport.width, height: viewport.height, deviceScaleFactor: 1, isMobile: false, hasTouch: false, isLandscape: false });
  }
  const said = groupBy(annotations, (annotation) => annotation.stepId);

  // The step a page load follows (a click, or Enter in a form): the load is its asserted navigation.
  let cause: { assertedEvents?: AssertedNavigation[] } | undefined;
  let previous: Step | undefined;
  const pressEnter = (): void => {
    const down: RecorderStep = { type: 'keyDown', target: 'main', key: 'Enter' };
    flow.push(down, { type: 'keyUp', target: 'main', key: 'Enter' });
    cause = down;
  };
  for (const step of steps) {
    switch (step.kind) {
      case 'navigation':
        if (isOwnNavigation(step) && !(step.navigation === 'route' && previous?.kind === 'click')) {
          // Reached by the browser (or an app's Back the page did not click): the replay goes there itself.
          flow.push({ type: 'navigate', url: step.url, assertedEvents: [navigation(step)] });
        } else if (step.navigation === 'route') {
          // The click before it is what a replay repeats.
        } else if (cause) {
          cause.assertedEvents = [navigation(step)];
        } else {
          flow.push({ type: 'navigate', url: step.url, assertedEvents: [navigation(step)] });
        }
        cause = undefined;
        break;
      case 'click':
        if (step.byEnter) {
          pressEnter();
          break;
        }
        cause = undefined;
        if (step.target.selectors.length) {
          // Where the tester clicked in the element; a walk recorded before that was kept: its corner, as before.
          const click: RecorderStep = { type: 'click', ...located(step.target), offsetX: step.offset?.x ?? 1, offsetY: step.offset?.y ?? 1 };
          flow.push(click);
          cause = click;
        }
        break;
      case 'input': {
        cause = undefined;
        if (step.target.selectors.length === 0) break;
        const { field } = step;
        if (isTicked(field)) {
          flow.push({ type: 'click', ...located(step.target), offsetX: 1, offsetY: 1 });
          break;
        }
        const replayed = replayedValue(field, step.seq);
        flow.push({ type: 'change', ...located(step.target), value: replayed.value });
        if (replayed.standIn) {
          // Says which value is made up, of what kind, and what was recorded of the real one (its mask, or nothing).
          flow.push({
            type: 'customStep',
            name: 'trailnote.standIn',
            parameters: {
              step: step.seq,
              stepKind: step.kind,
              field: field.label || field.name,
              standIn: replayed.standIn.kind,
              mask: field.maskReason === 'sensitive' ? 'secret' : (field.mask ?? 'masked'),
            },
          });
        }
        break;
      }
      case 'submit':
        // A submit follows the click that caused it, which the flow already holds; one without a click came
        // from Enter in the field just filled (a form with no submit button).
        if (previous?.kind === 'input' && !isChoiceType(previous.field.type)) pressEnter();
        break;
    }
    previous = step;
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
