import type { Step } from '../journey/types';

/**
 * What the recording already knows for a stage's criteria (issue 18): its slowest measured page load, in
 * milliseconds. A hint only: the tester still answers.
 */
export function slowestLoadByStage(steps: readonly Step[]): Map<string, number> {
  const slowest = new Map<string, number>();
  for (const step of steps) {
    if (step.kind !== 'navigation') continue;
    const load = step.timing?.load ?? step.timing?.routeSettled;
    if (load === undefined || !Number.isFinite(load)) continue;
    if (load > (slowest.get(step.stageId) ?? -1)) slowest.set(step.stageId, load);
  }
  return slowest;
}
