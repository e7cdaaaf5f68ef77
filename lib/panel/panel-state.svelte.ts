import { browser } from 'wxt/browser';
import { TrailnoteError } from '../errors';
import { t, type MessageKey } from '../i18n';
import { sendMessage } from '../contract/protocol';
import type { RecordingState } from '../contract/recording-state';
import { unwrap } from '../contract/result';
import type { JourneyAbout } from '../journey/about';
import { whyNotRecordable } from '../recording/recordable';
import { waitingForRoom, type WaitingForRoom } from '../recording/room';
import { recordingState } from '../recording/state';
import { watchBoundTab } from './bound-tab';
import { panelMessage } from './error-words';
import { startWithTemplate } from './scorecard-start';
import { rememberAbout } from './start-details';
import { JourneyView } from './journey-view.svelte';

export type PanelMode = 'idle' | 'recording' | 'paused' | 'elsewhere' | 'stopped';

export type PanelScreen = 'journey' | 'library' | 'scorecard' | 'templates';

/** What the start form asks before a walk. */
export interface StartAnswers extends JourneyAbout {
  title: string;
  recordTypedText: boolean;
  /** The scorecard template the walk is scored against, chosen on the start form (issue 18); absent: none yet. */
  scorecardTemplateId?: string;
}

/**
 * What the side panel shows, as runes (docs/conventions.md, Svelte 5): fed by the recording state in storage, change
 * notices and reads of the journey store. Components only read it and call its actions, so two panels,
 * or a reopened one, show the same walk.
 */
class PanelState {
  tabId = $state<number | null>(null);
  tabUrl = $state('');
  recording = $state<RecordingState | null>(null);
  /** The disk is full: the walk is paused until what is held is stored (lib/recording/room.ts). */
  waitingForRoom = $state(false);
  screen = $state<PanelScreen>('journey');
  error = $state('');
  busy = $state(false);
  /**
   * A Start or Continue sent and not answered yet: the walk's state says recording a moment before the page it starts
   * on is stored, and the badge says so rather than Recording (the controls are held meanwhile).
   */
  starting = $state(false);
  /** The journey shown when none is being recorded: one just stopped, or one opened from the library. */
  private openedJourneyId = $state<string | null>(new URLSearchParams(location.search).get('journey'));

  readonly view = new JourneyView();

  mode: PanelMode = $derived.by(() => {
    if (this.recording) {
      if (this.tabId === null || !this.recording.tabIds.includes(this.tabId)) return 'elsewhere';
      return this.recording.paused || this.waitingForRoom ? 'paused' : 'recording';
    }
    // An opened journey deleted meanwhile (from the library, here or in another panel) leaves the start screen.
    return this.openedJourneyId && !this.view.missing ? 'stopped' : 'idle';
  });

  /** Why the bound tab cannot be recorded, shown before the tester tries. */
  refusal: MessageKey | null = $derived(this.tabId === null ? 'errorNoTab' : this.tabUrl ? whyNotRecordable(this.tabUrl) : null);

  private shownJourneyId = $derived(this.recording?.journeyId ?? this.openedJourneyId);

  /** Starts watching; returns the teardown. */
  connect(): () => void {
    const teardowns: Array<() => void> = [];
    void watchBoundTab((tabId) => {
      this.tabId = tabId;
      void this.refreshTabUrl();
    }).then((stop) => teardowns.push(stop));

    const onUpdated = (tabId: number, info: { url?: string }) => {
      if (tabId === this.tabId && info.url) this.tabUrl = info.url;
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    teardowns.push(() => browser.tabs.onUpdated.removeListener(onUpdated));

    void recordingState.getValue().then((state) => this.showRecording(state));
    teardowns.push(recordingState.watch((state) => this.showRecording(state)));
    const showRoom = (waiting: WaitingForRoom | null) => {
      // Room again: a Resume or Stop refused for want of it is answered.
      if (!waiting && this.error === t('errorStillNoRoom')) this.error = '';
      this.waitingForRoom = waiting !== null;
    };
    void waitingForRoom.getValue().then(showRoom);
    teardowns.push(waitingForRoom.watch(showRoom));
    teardowns.push(this.view.listen());
    return () => teardowns.forEach((teardown) => teardown());
  }

  private async refreshTabUrl(): Promise<void> {
    if (this.tabId === null) return;
    // The bound tab was closed: no address, so the start form explains there is no tab to record.
    const tab = await browser.tabs.get(this.tabId).catch(() => undefined);
    this.tabUrl = tab?.url ?? '';
  }

  private showRecording(state: RecordingState | null): void {
    const previous = this.recording?.journeyId;
    this.recording = state;
    // Stopped here or in another panel: keep showing the walk that just ended.
    if (!state && previous) this.openedJourneyId = previous;
    if (state && state.journeyId !== previous) this.screen = 'journey';
    void this.view.show(this.shownJourneyId);
  }

  /** A recording action: an edit that also holds the recording controls while it runs. */
  private async act(action: () => Promise<unknown>): Promise<void> {
    this.busy = true;
    try {
      await this.edit(action, 'panel: recording controls');
    } finally {
      this.busy = false;
    }
  }

  /**
   * Runs a tester's edit and shows its error, if any, without blocking the recording controls. `words` says
   * the error, for edits that name what was lost (a rating).
   */
  async edit(action: () => Promise<unknown>, where = 'panel: editing the journey', words: (error: unknown, where: string) => string = panelMessage): Promise<boolean> {
    this.error = '';
    try {
      await action();
      return true;
    } catch (error) {
      this.error = words(error, where);
      return false;
    }
  }

  /** A recording action that starts the walk recording (Start, Continue): the panel is starting until it is answered. */
  private async begin(action: () => Promise<unknown>): Promise<void> {
    this.starting = true;
    try {
      await this.act(action);
    } finally {
      this.starting = false;
    }
  }

  private boundTab(): number {
    if (this.tabId === null) throw new TrailnoteError('not-recordable', t('errorNoTab'));
    return this.tabId;
  }

  /** Starts a walk with the start form's answers, and remembers whose site, persona and goal for the next one. */
  start(answers: StartAnswers): Promise<void> {
    return this.begin(async () => {
      const tabId = this.boundTab();
      this.openedJourneyId = null;
      const { scorecardTemplateId, ...request } = answers;
      const journey = unwrap(await sendMessage('startRecording', { tabId, ...request }));
      await rememberAbout(journey);
      await startWithTemplate(journey.id, scorecardTemplateId);
    });
  }

  pause = () => this.act(async () => unwrap(await sendMessage('pauseRecording')));
  resume = () => this.act(async () => unwrap(await sendMessage('resumeRecording')));
  stop = () => this.act(async () => unwrap(await sendMessage('stopRecording')));

  /** Goes on recording the shown (stopped or interrupted) journey in the bound tab. */
  continueRecording = () =>
    this.begin(async () => {
      const journeyId = this.view.journeyId;
      if (!journeyId) return;
      unwrap(await sendMessage('continueRecording', { journeyId, tabId: this.boundTab() }));
    });

  /** Shows a journey from the library. While a walk is recorded, the panel stays on it. */
  open(journeyId: string): void {
    this.screen = 'journey';
    if (this.recording) return;
    this.openedJourneyId = journeyId;
    void this.view.show(journeyId);
  }

  /** Where the template manager goes back to. */
  private beforeTemplates: PanelScreen = 'journey';

  /** Opens the scorecard template manager (from the Scorecard view or the ⋯ menu). */
  openTemplates(): void {
    if (this.screen !== 'templates') this.beforeTemplates = this.screen;
    this.screen = 'templates';
  }

  closeTemplates(): void {
    this.screen = this.beforeTemplates;
  }

  /** Back to the start screen after a finished walk. */
  newJourney(): void {
    this.openedJourneyId = null;
    this.screen = 'journey';
    void this.view.show(null);
  }

  async showRecordedTab(): Promise<void> {
    const tabId = this.recording?.tabIds[0];
    if (tabId === undefined) return;
    const tab = await browser.tabs.update(tabId, { active: true });
    if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  }
}

export const panel = new PanelState();

/** The journey map's address, opened in a tab of its own (target="_blank"). */
export function mapUrl(journeyId: string): string {
  return browser.runtime.getURL(`/journey.html?id=${encodeURIComponent(journeyId)}`);
}
