import type { JourneyScorecard } from '../scorecard/types';

/**
 * The journey's data model: what a walk is made of. These types are the store's rows and the
 * export format's shape (docs/architecture.md, Contracts), so renaming a field is a format change.
 */

/** Epoch milliseconds. */
export type EpochMs = number;

export type JourneyKind = 'own' | 'competitor' | 'other';

/** recording → paused ↔ recording → stopped; a walk the browser cut off is marked interrupted. */
export type JourneyStatus = 'recording' | 'paused' | 'stopped' | 'interrupted';

export interface Stage {
  id: string;
  name: string;
}

/** Where and with what the walk was made; recorded automatically when it starts. */
export interface JourneyEnvironment {
  userAgent: string;
  language: string;
  viewport: { width: number; height: number };
  startUrl: string;
}

export interface Journey {
  id: string;
  title: string;
  site: string;
  persona: string;
  goal: string;
  kind: JourneyKind;
  startedAt: EpochMs;
  endedAt?: EpochMs;
  status: JourneyStatus;
  stages: Stage[];
  /** Stage that new steps take. */
  currentStageId: string;
  /** Off by default: typed text is stored masked (length and character classes only). */
  recordTypedText: boolean;
  environment?: JourneyEnvironment;
  /** Number of steps ever stored, deleted ones included: the next step's seq is stepCount + 1. */
  stepCount: number;
  /**
   * Set when recording stopped because the walk reached the largest journey a share file may hold
   * (lib/journey/walk-room.ts); cleared when the walk is continued. Not shared: it says why this browser stopped.
   */
  reachedShareLimit?: boolean;
  /** When the journey came in from a share file; absent for walks recorded in this browser. */
  importedAt?: EpochMs;
  /**
   * True when the walk's times say nothing: it came from a Chrome Recorder flow, which keeps none (every step
   * is dated at its import). Durations and time spent read "—", never "0 s". Absent: timed, as every walk
   * recorded by Trailnote is, and every share file written before this field existed.
   */
  untimed?: boolean;
  /** The mystery-shopping scorecard the walk is scored against (issue 18); absent until the tester picks a template. */
  scorecard?: JourneyScorecard;
}

export type StepKind = 'navigation' | 'click' | 'input' | 'submit';

/** The element a step acted on, described the way the Chrome Recorder does. */
export interface StepTarget {
  /** Accessible name or visible text, trimmed and shortened. */
  text: string;
  role: string;
  tag: string;
  /**
   * Alternative selectors, most robust first, in the Chrome Recorder's shape and order: "aria/…", css
   * (data-testid family first), "xpath/…". A selector is a string, or an array of strings when it has to
   * pierce shadow roots (one entry per level, outermost host first). Relative to the step's frame.
   */
  selectors: Selector[];
  /** Chrome Recorder's frame path: child-frame indexes from the top document; absent in the top frame. */
  frame?: number[];
}

export type Selector = string | string[];

/**
 * A form field. `value` is present only when it may be stored: never for sensitive fields; for typed
 * text only when the journey records typed text; choices (select, checkbox, radio) always.
 */
export interface StepField {
  label: string;
  name: string;
  type: string;
  masked: boolean;
  /** Why the value is hidden: 'sensitive' values are never stored, 'typed' ones only as a mask. */
  maskReason?: 'sensitive' | 'typed';
  /** For typed text that is masked: length and character classes, e.g. "Aa9 ×12". */
  mask?: string;
  value?: string;
  /** A menu's chosen options by their value attributes (comma-separated), the way a replay selects them. Choices only. */
  optionValue?: string;
  /** What the page asks of the field (never what the tester typed): a replay's stand-in for a masked value must meet it. */
  rules?: FieldRules;
}

/**
 * The field's own attributes that say which values it accepts, as the page wrote them: enough to make a
 * valid stand-in for a masked value (lib/export/stand-ins.ts) without keeping anything of the value.
 */
export interface FieldRules {
  /** autocomplete tokens, e.g. "email", "tel", "cc-number", "one-time-code", "new-password". */
  autocomplete?: string;
  inputMode?: string;
  /** min, max and step as written: numbers, or dates for the date types. */
  min?: string;
  max?: string;
  step?: string;
  minLength?: number;
  maxLength?: number;
  /** The pattern attribute (the value must match it whole). */
  pattern?: string;
  required?: boolean;
  /**
   * A menu's first option that has a value, as the page wrote it: what a masked menu replays, since a replay can only
   * choose one of its options. The page's own, the same whatever the tester chose.
   */
  option?: string;
}

/** Page load figures in milliseconds from navigation start; CLS is unitless. */
export interface StepTiming {
  ttfb?: number;
  domContentLoaded?: number;
  load?: number;
  lcp?: number;
  cls?: number;
  transferSize?: number;
  /** SPA routes: time from the triggering click (or the route change) to the page settling. */
  routeSettled?: number;
}

/** Why a step has no screenshot, or why the recorder could not record a page. */
export interface StepProblem {
  code: 'capture-failed' | 'capture-hidden-tab' | 'cover-failed' | 'page-not-recordable' | 'injection-failed';
  message: string;
}

export type SignalKind = 'rage-click' | 'dead-click' | 'error-click' | 'slow-page' | 'layout-shift' | 'form-error' | 'http-error' | 'backtrack';

/** A suggestion until the tester accepts it (it becomes a Friction note) or dismisses it. */
export type SignalStatus = 'suggested' | 'accepted' | 'dismissed';

/**
 * Friction Trailnote noticed by itself on a step (docs/journey.schema.json, README "Friction signals"). At most
 * one of each kind per step: its id is the step's id and the kind, so a signal reported again is kept once.
 */
export interface StepSignal {
  id: string;
  kind: SignalKind;
  /** When it was noticed. */
  at: EpochMs;
  status: SignalStatus;
  /** What was seen, as named figures ("ttfb": 1520, "clicks": 3): no page text, nothing typed, no address. */
  evidence: Record<string, number>;
  /** The limits it was measured against (lib/journey/signal-thresholds.ts), as they were when it was noticed. */
  thresholds: Record<string, number>;
  /**
   * The words that explain it, when there are some: the error message a form showed (page text, with every value
   * typed into the page masked as its step keeps it: lib/recorder/form-error-message.ts), or the browser's reason a
   * page failed to load. At most SIGNAL_MESSAGE_LENGTH characters.
   */
  message?: string;
}

interface StepBase {
  id: string;
  journeyId: string;
  /** 1-based order within the journey, assigned by the store. */
  seq: number;
  at: EpochMs;
  stageId: string;
  url: string;
  title: string;
  tabId: number;
  /** Set when the step happened in a frame rather than the top document. */
  frameUrl?: string;
  /** Screenshot row id, once stored. */
  screenshotId?: string;
  /** Set when something about the step could not be captured. */
  problem?: StepProblem;
  /** Tester's label, replacing the generated sentence. */
  label?: string;
  keyMoment?: boolean;
  /** Friction Trailnote noticed on this step, as suggestions the tester accepts or dismisses. */
  signals?: StepSignal[];
}

/**
 * How the browser says a page was reached, in webNavigation's words
 * (https://developer.chrome.com/docs/extensions/reference/api/webNavigation#transition_types): `type` is
 * "link", "typed", "auto_bookmark", "reload", "form_submit", "generated", …; `qualifiers` may hold
 * "forward_back", "from_address_bar", "client_redirect", "server_redirect". A load has what the background saw
 * commit; an app's route change what the page saw (Back or Forward through its history is "forward_back",
 * as Chrome reports it for a same-document navigation).
 */
export interface NavigationTransition {
  type: string;
  qualifiers: string[];
}

export interface NavigationStep extends StepBase {
  kind: 'navigation';
  /** 'load' for a document load, 'route' for an SPA route change (history API or hash). */
  navigation: 'load' | 'route';
  timing?: StepTiming;
  /** Absent in walks recorded before it was kept, and in imports of Chrome Recorder flows. */
  transition?: NavigationTransition;
}

export interface ClickStep extends StepBase {
  kind: 'click';
  target: StepTarget;
  /** Click position in CSS pixels of the top viewport, and that viewport's size, for marking the point. */
  point?: { x: number; y: number; viewportWidth: number; viewportHeight: number };
  /** Where in the target element the click landed, in CSS pixels from its top left (a keyboard's click: the middle). */
  offset?: { x: number; y: number };
  /** The click the browser made on a form's default button when Enter was pressed in one of its fields. */
  byEnter?: boolean;
}

export interface InputStep extends StepBase {
  kind: 'input';
  target: StepTarget;
  field: StepField;
}

export interface SubmitStep extends StepBase {
  kind: 'submit';
  target: StepTarget;
}

export type Step = NavigationStep | ClickStep | InputStep | SubmitStep;

/** Omit that keeps each kind of step apart (a plain Omit over a union keeps only the shared fields). */
export type OmitFromEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type EmotionScore = -2 | -1 | 0 | 1 | 2;

export type NoteKind = 'friction' | 'pain-point' | 'opportunity' | 'delight' | 'note';

export type AnnotationKind = 'emotion' | NoteKind;

export interface Annotation {
  id: string;
  journeyId: string;
  stepId: string;
  at: EpochMs;
  kind: AnnotationKind;
  emotion?: EmotionScore;
  text?: string;
}

export interface Screenshot {
  id: string;
  journeyId: string;
  stepId: string;
  takenAt: EpochMs;
  /** JPEG, at most 1280 px wide. */
  image: Blob;
  /** JPEG, at most 320 px wide. */
  thumbnail: Blob;
  width: number;
  height: number;
  /** captureVisibleTab, or html2canvas when that failed or for a full-page capture; 'imported' from a share file, which does not say. */
  method: 'visible-tab' | 'html2canvas' | 'imported';
  /** The address the tab showed when the picture was taken (absent in rows stored before it was kept). */
  pageUrl?: string;
}
