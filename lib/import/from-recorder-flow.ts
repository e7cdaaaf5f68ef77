import * as v from 'valibot';
import { JOURNEY_FORMAT, JOURNEY_FORMAT_VERSION } from '../export/journey-file';
import { t, uiLanguage } from '../i18n';
import { hostOf } from '../journey/urls';
import type { Selector, StepField, StepTarget } from '../journey/types';
import { maskTypedText, namesSecret } from '../privacy/field-rules';
import { MASK } from './private-field';
import { translatedDefaultStages } from '../recording/stage-names';
import { ImportError } from './import-error';
import type { SharedJourney } from './journey-file-schema';
import {
  emotionParameters,
  keyMomentParameters,
  noteParameters,
  RECORDED_TYPES,
  recorderFlowSchema,
  recorderStepSchema,
  skippedStepSchema,
  standInParameters,
  type RecorderStepInput,
} from './recorder-flow-schema';
import { clipped, COUNT_LIMITS, TEXT_LIMITS } from '../journey/limits';
import { validated } from './validated';

type RecorderSelectors = Extract<RecorderStepInput, { selectors: unknown }>['selectors'];

/** Names read out of selectors and placeholders, cut to what a share file's names may hold. */
const clip = (text: string): string => clipped(text, TEXT_LIMITS.name);

/** A Recorder selector as a step keeps it: one level is a plain string, several pierce shadow roots. */
const asSelector = (selector: string | string[]): Selector => (Array.isArray(selector) && selector.length === 1 ? selector[0] : selector);

/**
 * What an element is called, from its aria selector ("aria/Add to cart[role=\"button\"]"), else from the
 * text selector DevTools writes ("text/Add to cart").
 */
function targetOf(selectors: RecorderSelectors, frame: number[] | undefined): StepTarget {
  const innermost = selectors.map((selector) => (Array.isArray(selector) ? selector[selector.length - 1] : selector));
  const aria = innermost.find((selector) => selector.startsWith('aria/'));
  const named = aria?.slice('aria/'.length).match(/^(.*?)(?:\[role="([^"]*)"\])?$/s);
  const text = named?.[1] ?? innermost.find((selector) => selector.startsWith('text/'))?.slice('text/'.length) ?? '';
  return { text: clip(text), role: clip(named?.[2] ?? ''), tag: '', selectors: selectors.map(asSelector), ...(frame && { frame }) };
}

/**
 * A changed field. A flow holds what was typed in clear: only its mask is kept (journeyRows then applies
 * the privacy rules to it, as to every imported field, and finds secrets by name). Placeholders from
 * Trailnote's own export ("{{Email: a@ ×18}}", "{{Card number: secret}}") come back as the masks they were.
 */
function fieldOf(value: string, target: StepTarget): StepField {
  const placeholder = ourPlaceholder(value);
  const label = clip(placeholder?.label ?? target.text);
  const mask = placeholder ? placeholder.mask : maskTypedText(value);
  // No input type says "password" here: the field's label and selectors decide, passwords and codes included.
  if (mask === 'secret' || namesSecret([label, ...target.selectors.flat()].join(' '))) return { label, name: '', type: 'text', masked: true, maskReason: 'sensitive' };
  return { label, name: '', type: 'text', masked: true, maskReason: 'typed', ...(MASK.test(mask) && { mask }) };
}

/** "{{Email: a@ ×18}}", "{{Card number: secret}}": what Trailnote's export writes for a masked value. Typed text in braces is not one. */
function ourPlaceholder(value: string): { label: string; mask: string } | undefined {
  const inner = value.match(/^\{\{(.*)\}\}$/s)?.[1];
  const split = inner?.lastIndexOf(': ') ?? -1;
  if (inner === undefined || split < 0) return undefined;
  const mask = inner.slice(split + 2);
  return mask === 'secret' || mask === 'masked' || MASK.test(mask) ? { label: inner.slice(0, split).trim(), mask } : undefined;
}

/**
 * A journey skeleton from a Chrome Recorder flow: its pages, clicks and fields in order, all in the first
 * stage, without screenshots or times (a flow has neither; every step is dated `now`, and the journey is
 * marked untimed so that no surface reads those dates as "0 s"). Key moments, notes
 * and emotions that Trailnote's own export carried as customSteps return to their steps: those of a click that opened a
 * page to the click, those of the page to the page.
 */
export function journeyFromRecorderFlow(data: unknown, now: number): SharedJourney {
  const flow = validated(recorderFlowSchema, data);
  const stages = translatedDefaultStages();
  const steps: SharedJourney['steps'] = [];
  const annotations: SharedJourney['annotations'] = [];
  let url = '';

  /** The fields every step has, for the next one. */
  const next = (title = '') => ({ id: `step-${steps.length + 1}`, seq: steps.length + 1, at: now, stageId: stages[0].id, url, title });
  const navigatedTo = (events: Array<{ type: string; url?: string; title?: string }> | undefined) => {
    const navigation = events?.find((event) => event.type === 'navigation' && event.url);
    if (!navigation?.url) return;
    url = navigation.url;
    steps.push({ ...next(navigation.title), kind: 'navigation', navigation: 'load' });
  };
  // The steps the latest Recorder step became: a click and the page it opened, say. A note names the kind
  // of step it is about, so a click's notes go back to the click and the page's to the page.
  let latest: SharedJourney['steps'] = [];
  const about = (stepKind: string | undefined): string | undefined => (latest.find((step) => step.kind === stepKind) ?? steps.at(-1))?.id;

  flow.steps.forEach((untyped, index) => {
    if (!RECORDED_TYPES.has(untyped.type)) {
      // Keys, scrolls, waits, and types newer than this Trailnote: only the page they led to is kept (Enter in a form).
      const skipped = v.safeParse(skippedStepSchema, untyped);
      if (skipped.success) navigatedTo(skipped.output.assertedEvents);
      return;
    }
    const step = validated(recorderStepSchema, untyped, ['steps', index]);
    const before = steps.length;
    switch (step.type) {
      case 'navigate':
        url = step.url;
        steps.push({ ...next(step.assertedEvents?.find((event) => event.type === 'navigation')?.title), kind: 'navigation', navigation: 'load' });
        break;
      case 'click':
      case 'doubleClick':
        steps.push({ ...next(), kind: 'click', target: targetOf(step.selectors, step.frame) });
        navigatedTo(step.assertedEvents);
        break;
      case 'change': {
        const target = targetOf(step.selectors, step.frame);
        steps.push({ ...next(), kind: 'input', target, field: fieldOf(step.value, target) });
        navigatedTo(step.assertedEvents);
        break;
      }
      case 'customStep': {
        // Ours only: other tools' custom steps mean nothing to a journey.
        if (step.name === 'trailnote.keyMoment') {
          const flagged = v.safeParse(keyMomentParameters, step.parameters);
          const stepId = flagged.success ? about(flagged.output.stepKind) : undefined;
          const flaggedStep = steps.find((candidate) => candidate.id === stepId);
          if (flaggedStep) flaggedStep.keyMoment = true;
          break;
        }
        if (step.name === 'trailnote.standIn') {
          // The change before it replays a made-up value: the field keeps what was recorded of the real one.
          const standIn = v.safeParse(standInParameters, step.parameters);
          if (!standIn.success) break;
          const input = steps.find((candidate) => candidate.id === about(standIn.output.stepKind));
          if (input?.kind === 'input') input.field = fieldOf(`{{${standIn.output.field || input.field.label}: ${standIn.output.mask}}}`, input.target);
          break;
        }
        const emotion = step.name === 'trailnote.emotion' ? v.safeParse(emotionParameters, step.parameters) : undefined;
        const note = step.name === 'trailnote.note' ? v.safeParse(noteParameters, step.parameters) : undefined;
        const stepId = emotion?.success ? about(emotion.output.stepKind) : note?.success ? about(note.output.stepKind) : undefined;
        if (!stepId) break; // not ours, or nothing to say it about yet
        const said = { id: `annotation-${annotations.length + 1}`, stepId, at: now };
        if (emotion?.success) annotations.push({ ...said, kind: 'emotion', emotion: emotion.output.emotion });
        if (note?.success) annotations.push({ ...said, kind: note.output.kind, text: note.output.text });
        break;
      }
    }
    if (steps.length > before) latest = steps.slice(before);
  });
  if (steps.length === 0) throw new ImportError('importRecorderEmpty');
  // A click that opened a page makes two steps: the journey may have more steps than the flow.
  if (steps.length > COUNT_LIMITS.steps) throw new ImportError('importRecorderTooLong', COUNT_LIMITS.steps.toLocaleString(uiLanguage()));

  const site = clip(hostOf(steps.find((step) => step.url)?.url ?? ''));
  return {
    format: JOURNEY_FORMAT,
    version: JOURNEY_FORMAT_VERSION,
    journey: {
      id: 'recorder-flow',
      title: flow.title.trim() || clip(t('importRecorderTitle', site)),
      site,
      persona: '',
      goal: '',
      kind: 'other',
      startedAt: now,
      endedAt: now,
      stages,
      recordTypedText: false,
      untimed: true,
    },
    steps,
    annotations,
  };
}
