import { browser } from 'wxt/browser';
import { getJourney, getStep, getSteps } from '../db';
import type { Journey, Step } from '../journey/types';
import { t, type MessageKey } from '../i18n';
import { onJourneyChange } from '../messaging/changes';
import { sendMessage, type RecordingState } from '../messaging/protocol';
import { unwrap } from '../messaging/result';
import { whyNotRecordable } from '../recording/recordable';
import { recordingState } from '../recording/state';
import { watchBoundTab } from './bound-tab';

export type PanelMode = 'idle' | 'recording' | 'paused' | 'elsewhere' | 'stopped';

/**
 * What the side panel shows, as runes (STYLE.md 18): fed by the recording state in storage, change
 * notices from the background and reads of the journey store. Components only read it and call its
 * actions, so two panels, or a reopened one, show the same walk.
 */
class PanelState {
  tabId = $state<number | null>(null);
  tabUrl = $state('');
  recording = $state<RecordingState | null>(null);
  journey = $state<Journey | null>(null);
  steps = $state<Step[]>([]);
  error = $state('');
  busy = $state(false);
  /** The walk just stopped in this panel, still shown with its map link. */
  private finishedJourneyId = $state<string | null>(null);

  mode: PanelMode = $derived.by(() => {
    if (this.recording) {
      if (this.tabId === null || !this.recording.tabIds.includes(this.tabId)) return 'elsewhere';
      return this.recording.paused ? 'paused' : 'recording';
    }
    return this.finishedJourneyId ? 'stopped' : 'idle';
  });

  /** Why the bound tab cannot be recorded, shown before the tester tries. */
  refusal: MessageKey | null = $derived(this.tabId === null ? 'errorNoTab' : this.tabUrl ? whyNotRecordable(this.tabUrl) : null);

  private shownJourneyId = $derived(this.recording?.journeyId ?? this.finishedJourneyId);

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

    teardowns.push(
      onJourneyChange((change) => {
        if (change.kind === 'recording') return;
        if (change.journeyId !== this.shownJourneyId) return;
        if (change.kind === 'journey') void this.loadJourney(change.journeyId, false);
        else void this.refreshStep(change.stepId);
      }),
    );
    return () => teardowns.forEach((teardown) => teardown());
  }

  private async refreshTabUrl(): Promise<void> {
    if (this.tabId === null) return;
    const tab = await browser.tabs.get(this.tabId).catch(() => undefined);
    this.tabUrl = tab?.url ?? '';
  }

  private showRecording(state: RecordingState | null): void {
    const previous = this.recording?.journeyId;
    this.recording = state;
    if (state && state.journeyId !== previous) {
      this.finishedJourneyId = null;
      void this.loadJourney(state.journeyId, true);
    } else if (!state && previous) {
      // Stopped here or in another panel: keep showing the walk that just ended.
      this.finishedJourneyId = previous;
      void this.loadJourney(previous, false);
    }
  }

  private async loadJourney(journeyId: string, withSteps: boolean): Promise<void> {
    const [journey, steps] = await Promise.all([getJourney(journeyId), withSteps ? getSteps(journeyId) : null]);
    if (journeyId !== this.shownJourneyId) return;
    this.journey = journey ?? null;
    if (steps) this.steps = steps;
  }

  private async refreshStep(stepId: string): Promise<void> {
    const step = await getStep(stepId);
    if (!step || step.journeyId !== this.shownJourneyId) return;
    const index = this.steps.findIndex((existing) => existing.id === step.id);
    if (index >= 0) this.steps[index] = step;
    else this.steps = [...this.steps, step].sort((a, b) => a.seq - b.seq);
  }

  private async act(action: () => Promise<unknown>): Promise<void> {
    this.busy = true;
    this.error = '';
    try {
      await action();
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.busy = false;
    }
  }

  start(title: string, recordTypedText: boolean): Promise<void> {
    return this.act(async () => {
      if (this.tabId === null) throw new Error(t('errorNoTab'));
      this.steps = [];
      this.finishedJourneyId = null;
      const journey = unwrap(await sendMessage('startRecording', { tabId: this.tabId, title, recordTypedText }));
      this.journey = journey;
    });
  }

  pause = () => this.act(async () => unwrap(await sendMessage('pauseRecording')));
  resume = () => this.act(async () => unwrap(await sendMessage('resumeRecording')));
  stop = () => this.act(async () => unwrap(await sendMessage('stopRecording')));

  rename(title: string): Promise<void> {
    const journeyId = this.journey?.id;
    if (!journeyId || title.trim() === this.journey?.title) return Promise.resolve();
    return this.act(async () => {
      this.journey = unwrap(await sendMessage('renameJourney', { journeyId, title }));
    });
  }

  /** Back to the start screen after a finished walk. */
  newJourney(): void {
    this.finishedJourneyId = null;
    this.journey = null;
    this.steps = [];
  }

  async showRecordedTab(): Promise<void> {
    const tabId = this.recording?.tabIds[0];
    if (tabId === undefined) return;
    const tab = await browser.tabs.update(tabId, { active: true });
    if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  }
}

export const panel = new PanelState();
