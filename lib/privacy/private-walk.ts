import type { JourneyBundle } from '../db/bundle';
import type { Journey, Step, StepField, StepProblem, StepSignal } from '../journey/types';
import { privateAddress, privateText } from './address';
import { fieldsLearntFrom, noFields, withFields, type AddressRules } from './address-rules';

/**
 * The address rule (address.ts) applied to what a walk keeps of its pages: each step's address, frame
 * address, title (an untitled page is titled by its address) and problem message (it names the page), and
 * the journey's start address. The same functions serve the recorder, the exports and the imports.
 */

/** What every kind of step (recorded, stored, shared) says about where it happened. */
interface PagePart {
  url: string;
  title: string;
  frameUrl?: string;
  problem?: StepProblem;
  /** A signal's words can quote the page (a form's error message): they follow the rule as a title does. */
  signals?: StepSignal[];
}

export function privateStep<T extends PagePart>(step: T, rules: AddressRules): T {
  return {
    ...step,
    url: privateAddress(step.url, rules),
    title: privateText(step.title, rules),
    ...(step.frameUrl !== undefined && { frameUrl: privateAddress(step.frameUrl, rules) }),
    ...(step.problem && { problem: privateProblem(step.problem, rules) }),
    ...(step.signals && { signals: step.signals.map((signal) => (signal.message === undefined ? signal : { ...signal, message: privateText(signal.message, rules) })) }),
  };
}

/** Why a step has no screenshot: the message names the page's address. */
export function privateProblem(problem: StepProblem, rules: AddressRules): StepProblem {
  return { ...problem, message: privateText(problem.message, rules) };
}

/** The rules a stored or shared walk carries: its typed-text switch and the fields its input steps filled. */
export function rulesOfWalk(steps: ReadonlyArray<{ kind: string; field?: StepField }>, recordTypedText: boolean): AddressRules {
  return withFields(noFields(recordTypedText), steps.flatMap(fieldsLearntFrom));
}

export function privateJourney<T extends Pick<Journey, 'environment'>>(journey: T, rules: AddressRules): T {
  const { environment } = journey;
  return environment ? { ...journey, environment: { ...environment, startUrl: privateAddress(environment.startUrl, rules) } } : journey;
}

/**
 * A walk as it may be shared: walks stored before the address rule existed are cleaned on the way out,
 * and a walk already clean comes out the same.
 */
export function privateBundle(bundle: JourneyBundle): JourneyBundle {
  const rules = rulesOfWalk(bundle.steps, bundle.journey.recordTypedText);
  return { ...bundle, journey: privateJourney(bundle.journey, rules), steps: bundle.steps.map((step: Step) => privateStep(step, rules)) };
}
