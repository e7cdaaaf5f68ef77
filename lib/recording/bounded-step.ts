import { clipped, SELECTOR_LIMITS, TEXT_LIMITS } from '../journey/limits';
import type { Selector, StepField, StepProblem, StepTarget } from '../journey/types';
import type { RecordedStep } from '../contract/recorder-events';

/**
 * A step from the page cut to what a share file may hold (lib/journey/limits.ts), so that every walk can
 * be exported and imported back: a page's 100,000-character title or a long text typed with "record typed
 * text" on is kept up to the limit, with an ellipsis.
 */

const name = (text: string): string => clipped(text, TEXT_LIMITS.name);
const url = (text: string): string => clipped(text, TEXT_LIMITS.url);

/** A selector too long to keep is dropped rather than cut: cut, it would find nothing. */
function fits(selector: Selector): boolean {
  const levels = Array.isArray(selector) ? selector : [selector];
  return levels.length <= SELECTOR_LIMITS.levels && levels.every((level) => level.length <= TEXT_LIMITS.selector);
}

function boundedTarget(target: StepTarget): StepTarget {
  return {
    ...target,
    text: name(target.text),
    role: name(target.role),
    tag: name(target.tag),
    selectors: target.selectors.filter(fits).slice(0, SELECTOR_LIMITS.selectors),
    ...(target.frame && { frame: target.frame.slice(0, SELECTOR_LIMITS.levels) }),
  };
}

function boundedField(field: StepField): StepField {
  return {
    ...field,
    label: name(field.label),
    name: name(field.name),
    type: name(field.type),
    ...(field.mask !== undefined && { mask: name(field.mask) }),
    ...(field.value !== undefined && { value: clipped(field.value, TEXT_LIMITS.text) }),
  };
}

export function withinShareLimits(step: RecordedStep): RecordedStep {
  const page = { url: url(step.url), title: clipped(step.title, TEXT_LIMITS.text), ...(step.frameUrl !== undefined && { frameUrl: url(step.frameUrl) }) };
  switch (step.kind) {
    case 'navigation':
      return { ...step, ...page };
    case 'click':
    case 'submit':
      return { ...step, ...page, target: boundedTarget(step.target) };
    case 'input':
      return { ...step, ...page, target: boundedTarget(step.target), field: boundedField(step.field) };
  }
}

/** Why a step has no screenshot: its message names the page's address, which may be long. */
export function boundedProblem(problem: StepProblem): StepProblem {
  return { ...problem, message: clipped(problem.message, TEXT_LIMITS.text) };
}
