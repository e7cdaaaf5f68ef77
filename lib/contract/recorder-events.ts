import type { ClickStep, InputStep, NavigationStep, SignalKind, StepTiming, SubmitStep } from '../journey/types';
import type { SubmittedField } from '../privacy/address-rules';

/**
 * What the recorder in the page emits: plain facts about the page. The background adds what only it
 * knows (journey, seq, stage, tab, screenshot) when it stores them as steps.
 */
type PageFields = 'journeyId' | 'seq' | 'stageId' | 'tabId' | 'screenshotId' | 'problem' | 'label' | 'keyMoment';

export type RecordedNavigation = Omit<NavigationStep, PageFields>;
export type RecordedClick = Omit<ClickStep, PageFields>;
export type RecordedInput = Omit<InputStep, PageFields>;
/**
 * A submit also says which fields the form sent, by name and privacy class (never a value): a form sent with
 * GET writes them into the next address, which then keeps only what each field may keep. Not stored.
 * `clickId` names the click step that caused it (in the same task): that click is the step, and the submit
 * only teaches the address rule. A recorder of the previous version sends none: its submit is a step.
 */
export type RecordedSubmit = Omit<SubmitStep, PageFields> & { fields?: SubmittedField[]; clickId?: string };

/** A step as the page saw it. `id` is made in the page so that a resent event is stored once. */
export type RecordedStep = RecordedNavigation | RecordedClick | RecordedInput | RecordedSubmit;

/** Later figures for a step already emitted: LCP and CLS keep changing after the load event. */
export interface TimingUpdate {
  stepId: string;
  timing: StepTiming;
}

/**
 * Friction the page noticed on a step it emitted (a rage or dead click, a click the page was slow to answer). The
 * background adds the limits and the status.
 */
export interface RecordedSignal {
  stepId: string;
  kind: Extract<SignalKind, 'rage-click' | 'dead-click' | 'error-click' | 'slow-page' | 'form-error' | 'http-error'>;
  /** Figures only (counts, milliseconds): nothing typed, nothing of the page's text. */
  evidence: Record<string, number>;
  /** A form's error message, as the page showed it, every typed value in it masked (lib/recorder/form-error-message.ts). */
  message?: string;
}

export type RecorderEvent = { type: 'step'; step: RecordedStep } | { type: 'timing'; update: TimingUpdate } | { type: 'signal'; signal: RecordedSignal };

/** The recorder writes to an injected emit (rrweb's pattern), so it runs the same under happy-dom. */
export type Emit = (event: RecorderEvent) => void;

export interface RecorderOptions {
  emit: Emit;
  /** The journey's "record typed text" switch. Sensitive values are never emitted, whatever it says. */
  recordTypedText: boolean;
  /** The window to observe; defaults to the global window. */
  window?: Window;
  /**
   * TEST ONLY. Also record untrusted (script-dispatched) events. In a real page those are the page's own
   * synthetic events, not the tester's, so the recorder ignores them; happy-dom marks every dispatched
   * event untrusted, so unit tests set this. Never set it in the extension.
   */
  acceptUntrusted?: boolean;
  /**
   * Where an observer's exception goes (with where it happened): the page recorder reports it to the
   * background's diagnostics log, tests collect it. Defaults to the console. It never stops the others.
   */
  onError?: (error: unknown, where: string) => void;
  /**
   * The tester's event whose dispatch started the recorder (lib/recorder/page-start.ts): it reached the window
   * before the recorder's listeners were there, so they are handed it, while it is still being dispatched.
   */
  startedBy?: Event;
}

/** Stops every observer; an extension reload or Stop recording calls it. */
export type StopRecorder = () => void;
