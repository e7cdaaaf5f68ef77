import type { Step } from '../journey/types';

/**
 * What the recording already knows for a stage's criteria (issue 18), shown as hints: the tester still answers.
 * `slowestLoad` is its slowest measured page (ms); `formErrors` how many of its steps saw a form refuse what was
 * entered, unless the tester dismissed that signal as no friction.
 */
export interface StageHint {
  slowestLoad?: number;
  formErrors: number;
}

/** Each stage's hint, by stage id; stages with nothing to say are absent. */
export function hintsByStage(steps: readonly Step[]): Map<string, StageHint> {
  const hints = new Map<string, StageHint>();
  const hintOf = (stageId: string): StageHint => {
    let hint = hints.get(stageId);
    if (!hint) hints.set(stageId, (hint = { formErrors: 0 }));
    return hint;
  };
  for (const step of steps) {
    if (step.signals?.some((signal) => signal.kind === 'form-error' && signal.status !== 'dismissed')) hintOf(step.stageId).formErrors += 1;
    if (step.kind !== 'navigation') continue;
    const load = step.timing?.load ?? step.timing?.routeSettled;
    if (load === undefined || !Number.isFinite(load)) continue;
    const hint = hintOf(step.stageId);
    if (load > (hint.slowestLoad ?? -1)) hint.slowestLoad = load;
  }
  return hints;
}

/** The whole walk's hint, for the criteria of no stage: its slowest page, all its refused forms. */
export function hintOfWalk(hints: ReadonlyMap<string, StageHint>): StageHint {
  const all = [...hints.values()];
  const loads = all.flatMap((hint) => (hint.slowestLoad === undefined ? [] : [hint.slowestLoad]));
  return { ...(loads.length > 0 && { slowestLoad: Math.max(...loads) }), formErrors: all.reduce((sum, hint) => sum + hint.formErrors, 0) };
}
