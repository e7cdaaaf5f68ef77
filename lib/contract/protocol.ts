import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ErrorCode } from '../errors';
import type { Journey, JourneyKind, NavigationTransition } from '../journey/types';
import type { AddressRules } from '../privacy/address-rules';
import type { CoverShade } from '../privacy/cover-fills';
import type { RecordedSignal, RecordedStep, TimingUpdate } from './recorder-events';
import type { Result } from './result';

export interface StartRequest {
  tabId: number;
  title?: string;
  kind?: JourneyKind;
  persona?: string;
  goal?: string;
  recordTypedText?: boolean;
}

/** Settings the page-side recorder needs: left in its world once the document is idle (`recorderConfigKey`), or asked for. */
export interface RecorderConfig {
  recordTypedText: boolean;
  /** What the page keeps of addresses (the walk's typed-text switch and the fields it filled so far). */
  addressRules: AddressRules;
  /** The recorded tab the recorder runs in (a page cannot know its own tab id). */
  tabId: number;
  /** How the asking top document was reached, when the background heard its commit; a worker of the previous version sends none. */
  transition?: NavigationTransition;
}

/**
 * Where the background leaves a document's `RecorderConfig` in Trailnote's world of that document (`Symbol.for` of it),
 * so that its recorder starts without asking (`recorderReady` is for a recorder that finds none).
 */
export const recorderConfigKey = 'trailnote.recorder-config';

/**
 * Where a document's running recorder keeps itself in Trailnote's world (`Symbol.for` of it): a recorder injected
 * again, or by the next version of Trailnote, finds it there and leaves the document to it (lib/recorder/page-recorder.ts).
 */
export const runningRecorderKey = 'trailnote.recorder';

/** One box of a frame's screenshot cover, in CSS pixels of that frame's viewport, and which fill it shows. */
export interface CoveredBox {
  left: number;
  top: number;
  width: number;
  height: number;
  fill: 'sensitive' | 'typed';
}

/**
 * What a frame painted over its fields for a screenshot: the background checks the picture shows these boxes
 * before it keeps it (lib/capture/cover-check.ts).
 */
export interface PaintedCover {
  boxes: CoveredBox[];
  /** The frame's viewport width in CSS pixels: the picture's width over it is its scale. */
  viewportWidth: number;
  /** Which of the cover's two shades the frame painted: a picture in the other one is a frame from before. */
  shade: CoverShade;
}

/**
 * A failure in the page recorder, for the background's diagnostics log (content scripts cannot write
 * storage.session). Only the code, where, and the error's name: never its message, which can hold page text.
 */
export interface ProblemReport {
  code: ErrorCode;
  where: string;
  name?: string;
}

export interface FallbackCaptureRequest {
  /** Capture the whole page rather than the visible part. */
  fullPage: boolean;
  maxWidth: number;
  /** Blank typed text too: the walk does not record it (or the walk is not known any more). */
  coverTypedText: boolean;
}

/**
 * Every message Trailnote sends, one typed map (docs/conventions.md, Boundaries): a misspelt message is a compile error,
 * and every answer is a Result so errors arrive as text, not `undefined`.
 */
export interface ProtocolMap {
  // page recorder → background
  recorderReady(): Result<RecorderConfig | null>;
  recordStep(step: RecordedStep): Result<true>;
  updateTiming(update: TimingUpdate): Result<true>;
  /** Added in issue 14: a worker of the previous version does not know it, and the signal is lost, not the step. */
  recordSignal(signal: RecordedSignal): Result<true>;
  reportProblem(report: ProblemReport): Result<true>;

  // background → one frame of the recorded tab
  coverSensitiveFields(): Result<PaintedCover>;
  uncoverSensitiveFields(): Result<true>;
  captureWithHtml2Canvas(request: FallbackCaptureRequest): Result<string>;
  stopRecorder(): Result<true>;

  // panel → background
  startRecording(request: StartRequest): Result<Journey>;
  pauseRecording(): Result<Journey>;
  resumeRecording(): Result<Journey>;
  stopRecording(): Result<Journey>;
  /** Goes on recording a stopped or interrupted journey in the tab. */
  continueRecording(request: { journeyId: string; tabId: number }): Result<Journey>;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
