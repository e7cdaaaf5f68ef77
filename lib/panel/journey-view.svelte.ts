import { getAnnotations, getJourney, getStep, getSteps } from '../db';
import { logError } from '../diagnostics';
import { emotionsByStep } from '../journey/emotions';
import { notesByStep } from '../journey/notes';
import { currentMoment, pageVisits, visitOf } from '../journey/pages';
import { stageStartsAt } from '../journey/stage-runs';
import { stageStarts } from '../journey/stages';
import type { Annotation, Journey, Step } from '../journey/types';
import { onJourneyChange } from '../messaging/changes';

/** How long the view waits before reading its journey whole again when a change could not be read. */
const rereadMs = 2000;

/**
 * One journey as the panel shows it: the journey row, its steps, what the tester said about them, and the
 * step being rated. Fed by reads of the store and by change notices, so every open page agrees. Rows are
 * kept raw (`$state.raw`): a 2,000-step walk is replaced, never deeply proxied.
 */
export class JourneyView {
  journeyId = $state<string | null>(null);
  journey = $state.raw<Journey | null>(null);
  steps = $state.raw<Step[]>([]);
  annotations = $state.raw<Annotation[]>([]);
  /** The step the tester picked in the list; null follows the page they are on. */
  selectedStepId = $state<string | null>(null);
  /** A journey asked for that is not in the store (deleted elsewhere, a stale link). */
  missing = $state(false);

  /** The step the dock rates and notes: the one picked, else the page the tester is on (not its newest click). */
  currentStep: Step | null = $derived(this.steps.find((step) => step.id === this.selectedStepId) ?? currentMoment(this.steps));
  visits = $derived(pageVisits(this.steps));
  /** The page of the dock's step: its visit's page step (or the step itself, on a visit without one). */
  currentPage: Step | null = $derived(this.currentStep && (visitOf(this.visits, this.currentStep.id)?.page ?? this.currentStep));
  /**
   * What "Start <stage> at this page" would move, when the stage new steps take is not the current page's:
   * the page and what follows it in its stage.
   */
  stageStartOffer: Step[] = $derived(
    this.journey && this.currentPage && this.currentPage.stageId !== this.journey.currentStageId ? stageStartsAt(this.steps, this.currentPage.id, this.journey.currentStageId) : [],
  );
  private reread: ReturnType<typeof setTimeout> | undefined;
  emotions = $derived(emotionsByStep(this.annotations));
  notes = $derived(notesByStep(this.annotations));
  stageStarts = $derived(stageStarts(this.steps));
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt by $derived on every change, never mutated
  stageNames = $derived(new Map((this.journey?.stages ?? []).map((stage) => [stage.id, stage.name])));

  /** Shows a journey (or nothing), reading it whole. */
  async show(journeyId: string | null): Promise<void> {
    if (journeyId === this.journeyId) return;
    this.journeyId = journeyId;
    this.selectedStepId = null;
    this.journey = null;
    this.steps = [];
    this.annotations = [];
    this.missing = false;
    if (journeyId) await this.reload(journeyId);
  }

  select(stepId: string | null): void {
    this.selectedStepId = stepId === this.selectedStepId ? null : stepId;
  }

  /** Keeps the view in step with changes made by the background or another page; returns the teardown. */
  listen(): () => void {
    return onJourneyChange((change) => {
      if (change.kind === 'recording' || change.journeyId !== this.journeyId) return;
      const journeyId = change.journeyId;
      switch (change.kind) {
        case 'journey':
          return void this.readChange(journeyId, getJourney(journeyId), (journey) => {
            this.journey = journey ?? null;
            this.missing = !journey;
          });
        case 'step':
          return void this.readChange(journeyId, getStep(change.stepId), (step) => this.placeStep(change.stepId, step));
        case 'steps':
          return void this.readChange(journeyId, getSteps(journeyId), (steps) => (this.steps = steps));
        case 'annotations':
          return void this.readChange(journeyId, getAnnotations(journeyId), (annotations) => (this.annotations = annotations));
      }
    });
  }

  private async reload(journeyId: string): Promise<void> {
    const all = Promise.all([getJourney(journeyId), getSteps(journeyId), getAnnotations(journeyId)]);
    await this.read(journeyId, all, ([journey, steps, annotations]) => {
      this.journey = journey ?? null;
      this.missing = !journey;
      this.steps = steps;
      this.annotations = annotations;
    });
  }

  /**
   * Applies the read of an announced change. One that fails (a full disk breaks the store's connection until
   * there is room) would leave the view behind for good: the whole journey is read again shortly instead, until
   * a read succeeds.
   */
  private async readChange<T>(journeyId: string, reading: Promise<T>, apply: (value: T) => void): Promise<void> {
    try {
      await this.read(journeyId, reading, apply);
    } catch (error) {
      logError(error, 'panel: reading a change');
      this.rereadSoon(journeyId);
    }
  }

  private rereadSoon(journeyId: string): void {
    if (this.reread !== undefined) return;
    this.reread = setTimeout(() => {
      this.reread = undefined;
      if (journeyId === this.journeyId) void this.readChange(journeyId, this.reload(journeyId), () => undefined);
    }, rereadMs);
  }

  /** Applies a read unless the panel moved on to another journey meanwhile. */
  private async read<T>(journeyId: string, reading: Promise<T>, apply: (value: T) => void): Promise<void> {
    const value = await reading;
    if (journeyId === this.journeyId) apply(value);
  }

  /** A step stored, changed, deleted (undefined) or put back, kept in walk order. */
  private placeStep(stepId: string, step: Step | undefined): void {
    const others = this.steps.filter((existing) => existing.id !== stepId);
    if (!step) {
      this.steps = others;
      if (this.selectedStepId === stepId) this.selectedStepId = null;
      return;
    }
    const last = others.at(-1);
    // The common case while walking: a new step at the end.
    this.steps = !last || last.seq < step.seq ? [...others, step] : [...others, step].sort((a, b) => a.seq - b.seq);
  }
}
