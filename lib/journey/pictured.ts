import type { Step } from './types';

/** A step gets a screenshot unless it is a field filled (the steps around it show its page) or its page could not be pictured. */
export function needsScreenshot(step: Pick<Step, 'kind' | 'problem'>): boolean {
  return step.kind !== 'input' && !step.problem;
}
