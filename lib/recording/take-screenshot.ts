import { browser } from 'wxt/browser';
import { pictureShowsCover } from '../capture/cover-check';
import { dataUrlToBlob, imageMaxWidth } from '../capture/downscale';
import type { StepProblem } from '../journey/types';
import { t } from '../i18n';
import { sendMessage, type PaintedCover } from '../contract/protocol';
import { unwrap } from '../contract/result';
import { injectPageRenderer } from './inject';
import { logError } from '../diagnostics';
import { messageOf, TrailnoteError } from '../errors';

/** A capture that could not be made, with the reason the panel shows on the step (`problem.code` says which). */
export class CaptureProblem extends TrailnoteError {
  override name = 'CaptureProblem';

  constructor(
    readonly problem: StepProblem,
    options: { cause?: unknown } = {},
  ) {
    super('capture-failed', problem.message, options);
  }
}

export interface Capture {
  blob: Blob;
  method: 'visible-tab' | 'html2canvas';
  /**
   * When the page's pixels were read: the picture shows the page as it was then. A capture can end a second
   * later (covers, retakes, a busy machine), and what the tester did meanwhile is not in it.
   */
  takenAt: number;
}

/** A picture, and when its pixels were read. */
interface Picture {
  blob: Blob;
  takenAt: number;
}

const coverTimeoutMs = 500;
const coverAttempts = 8;
const coverRetryMs = 250;
const fallbackTimeoutMs = 6000;
/** Pictures taken before giving up on one that shows the cover (each waits for a turn of the rate limit). */
const pictureAttempts = 3;

/** What messaging says when the page it asked unloaded meanwhile: the walk moved on, nothing broke. */
const pageWentAway = /no response|receiving end does not exist|message port closed/i;

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

async function webFrames(tabId: number): Promise<number[]> {
  const frames = (await browser.webNavigation.getAllFrames({ tabId })) ?? [];
  const ids = frames.filter((frame) => /^https?:/.test(frame.url)).map((frame) => frame.frameId);
  return ids.length > 0 ? ids : [0];
}

interface CoveredFrames {
  frameIds: number[];
  /** What the top frame painted: its boxes are where the picture is checked (inner frames' are in their own coordinates). */
  top: PaintedCover;
}

/**
 * Asks every web frame of the tab to cover its sensitive fields. A frame that does not confirm fails
 * the whole capture: a screenshot is only taken when no sensitive pixel can be in it. A click that
 * navigates is captured while the next document starts, before its recorder can answer: ask again for
 * a short while rather than give up on the step's screenshot.
 */
async function coverAllFrames(tabId: number): Promise<CoveredFrames> {
  for (let attempt = 1; ; attempt++) {
    const frameIds = await webFrames(tabId);
    const answers = await Promise.allSettled(
      frameIds.map((frameId) => withTimeout(sendMessage('coverSensitiveFields', undefined, { tabId, frameId }), coverTimeoutMs, 'cover timeout').then(unwrap)),
    );
    const painted = answers.flatMap((answer) => (answer.status === 'fulfilled' ? [answer.value] : []));
    if (painted.length === answers.length) return { frameIds, top: painted[frameIds.indexOf(0)] ?? { boxes: [], viewportWidth: 0 } };
    uncoverAllFrames(tabId, frameIds);
    if (attempt >= coverAttempts) throw new CaptureProblem({ code: 'cover-failed', message: t('problemCoverFailed') });
    await new Promise((resolve) => setTimeout(resolve, coverRetryMs));
  }
}

function uncoverAllFrames(tabId: number, frameIds: number[]): void {
  for (const frameId of frameIds) {
    sendMessage('uncoverSensitiveFields', undefined, { tabId, frameId })
      .then(unwrap)
      .catch((error: unknown) => {
        // A frame that unloaded took its cover with it; one that is still there and kept it is worth a trace.
        if (!pageWentAway.test(messageOf(error))) logError(error, 'capture: uncovering fields', 'capture-failed');
      });
  }
}

/**
 * The visible tab with its fields covered. A picture that does not show the top frame's cover (the
 * compositor handed over a frame from before it) is taken again at the next turn, and after a few such
 * pictures the page is drawn instead: none of them is kept.
 */
async function captureVisible(windowId: number, tabId: number, turn: () => Promise<void>): Promise<Picture> {
  await turn();
  const { frameIds, top } = await coverAllFrames(tabId);
  try {
    for (let attempt = 1; ; attempt++) {
      const takenAt = Date.now();
      const picture = await dataUrlToBlob(await browser.tabs.captureVisibleTab(windowId, { format: 'jpeg', quality: 85 }));
      if (await pictureShowsCover(picture, top)) return { blob: picture, takenAt };
      if (attempt >= pictureAttempts) throw new Error('the visible tab kept showing the page without its cover');
      await turn();
    }
  } finally {
    uncoverAllFrames(tabId, frameIds);
  }
}

export interface ScreenshotOptions {
  /**
   * The walk does not record typed text, so html2canvas blanks it too. The visible-tab capture needs no
   * telling: each page's recorder covers by the walk's rule it was started with.
   */
  coverTypedText: boolean;
  /** Waits for the capture queue's turn (Chrome's rate limit) before each visible-tab capture. */
  turn: () => Promise<void>;
}

/**
 * html2canvas in the page re-renders the DOM (sensitive fields, and typed text unless the walk records it,
 * blanked in its clone), so it works in hidden tabs.
 */
async function captureRendered(tabId: number, fullPage: boolean, { coverTypedText }: ScreenshotOptions): Promise<Picture> {
  await injectPageRenderer(tabId);
  const takenAt = Date.now();
  const request = sendMessage('captureWithHtml2Canvas', { fullPage, maxWidth: imageMaxWidth, coverTypedText }, { tabId, frameId: 0 });
  return { blob: await dataUrlToBlob(unwrap(await withTimeout(request, fallbackTimeoutMs, 'the page took too long to draw'))), takenAt };
}

/**
 * The screenshot for a step: the visible tab when it is showing, else html2canvas. A failure of both
 * becomes a CaptureProblem, never a lost step.
 */
export async function takeScreenshot(tabId: number, options: ScreenshotOptions): Promise<Capture> {
  const tab = await browser.tabs.get(tabId);
  if (tab.active) {
    try {
      return { ...(await captureVisible(tab.windowId, tabId, options.turn)), method: 'visible-tab' };
    } catch (error) {
      if (error instanceof CaptureProblem) throw error;
      // captureVisibleTab refuses some pages (a dialog open, a devtools-docked tab), or kept showing them
      // uncovered: draw it instead.
      logError(error, 'capture: visible tab', 'capture-failed');
    }
  }
  try {
    return { ...(await captureRendered(tabId, false, options)), method: 'html2canvas' };
  } catch (error) {
    if (!tab.active) throw new CaptureProblem({ code: 'capture-hidden-tab', message: t('problemCaptureHidden') }, { cause: error });
    throw new CaptureProblem({ code: 'capture-failed', message: await whyNotDrawn(tabId, error) }, { cause: error });
  }
}

/**
 * Why the page could not be drawn, in the tester's words: the browser's own reason ("Frame with ID 0 is showing error
 * page") is English and technical, so it stays in the diagnostics log (`cause`), never on the step.
 */
async function whyNotDrawn(tabId: number, error: unknown): Promise<string> {
  if (pageWentAway.test(messageOf(error))) return t('problemCapturePageGone');
  // A click whose next page failed to load: by its turn the tab shows Chrome's error page, which no extension may draw.
  const top = await browser.webNavigation.getFrame({ tabId, frameId: 0 }).catch(() => undefined);
  return top?.errorOccurred ? t('problemCaptureErrorPage') : t('problemCaptureRefused');
}
