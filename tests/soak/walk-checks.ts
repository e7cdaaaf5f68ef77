import { expect } from '@playwright/test';
import type { Step } from '../../lib/journey/types';
import type { StoreDump } from '../e2e/store-reader';
import type { Shop } from '../shop/server';
import { whereOf } from './shop-tour';
import { stepLine, type ExpectedStep } from './walker';

/** The stored steps as the soak compares walks: "click /cart", in seq order. */
export function storedLines(steps: Step[], shop: Shop): string[] {
  return steps.map((step) => stepLine({ kind: step.kind, where: whereOf(step.url, shop) }));
}

/** Where two walks part (or where the shorter ends), with the moves around it, for a failure message a person can read. */
function divergence(stored: string[], expected: ExpectedStep[]): string {
  const parted = stored.findIndex((line, index) => line !== stepLine(expected[index] ?? { kind: '(nothing)', where: '' }));
  const at = parted === -1 ? Math.min(stored.length, expected.length) : parted;
  const rows = [];
  for (let index = Math.max(0, at - 6); index < Math.min(Math.max(stored.length, expected.length), at + 8); index++) {
    const wanted = expected[index];
    rows.push(`${index + 1}`.padStart(4) + `  stored ${(stored[index] ?? '—').padEnd(36)} expected ${wanted ? `${stepLine(wanted).padEnd(36)} (${wanted.move})` : '—'}`);
  }
  return `${parted === -1 ? 'One walk ends' : 'The walks part'} at step ${at + 1}:\n${rows.join('\n')}`;
}

/**
 * The store holds the walk's steps, in the walk's order: exactly the expected ones, or (after a kill) a
 * prefix of them at least `atLeast` long. Returns how many it holds.
 */
export function expectWalkStored(steps: Step[], expected: ExpectedStep[], shop: Shop, atLeast = expected.length): number {
  const stored = storedLines(steps, shop);
  const inOrder = stored.join('\n') === expected.slice(0, stored.length).map(stepLine).join('\n');
  if (!inOrder || stored.length < atLeast || stored.length > expected.length) {
    const wanted = atLeast === expected.length ? `${atLeast}` : `${atLeast} to ${expected.length}`;
    throw new Error(`${stored.length} steps stored where the walk made ${wanted}. ${divergence(stored, expected)}`);
  }
  return stored.length;
}

/**
 * What must hold of any stored walk, however rough: each step once (ids and seq unique, seq 1, 2, 3… as the
 * journey counts them), in time order, and every step that shows a page with its screenshot or the reason
 * it has none; each screenshot belongs to a step, and no step has two.
 */
export function expectWholeWalk(dump: StoreDump, journeyId: string): void {
  const steps = dump.steps.filter((step) => step.journeyId === journeyId);
  const journey = dump.journeys.find((candidate) => candidate.id === journeyId);
  expect(new Set(steps.map((step) => step.id)).size, 'no step is stored twice').toBe(steps.length);
  expect(
    steps.map((step) => step.seq),
    'seq counts 1, 2, 3… with no gap or repeat',
  ).toEqual(steps.map((_, index) => index + 1));
  expect(journey?.stepCount, 'the journey counts every stored step').toBe(steps.length);
  const outOfTime = steps.filter((step, index) => index > 0 && step.at < steps[index - 1].at);
  expect(
    outOfTime.map((step) => `${step.seq} ${step.kind} at ${step.at} < ${steps[step.seq - 2].at}`),
    'each step happened no earlier than the one before it',
  ).toEqual([]);

  const shots = new Map(dump.screenshots.map((shot) => [shot.id, shot]));
  const bare = steps.filter((step) => step.kind !== 'input' && !step.problem && shots.get(step.screenshotId ?? '')?.stepId !== step.id);
  expect(
    bare.map((step) => `${step.seq} ${step.kind} ${step.url}`),
    'every step that shows a page has its screenshot or the reason it has none',
  ).toEqual([]);
  const shotSteps = dump.screenshots.filter((shot) => steps.some((step) => step.id === shot.stepId)).map((shot) => shot.stepId);
  expect(new Set(shotSteps).size, 'no step has two screenshots').toBe(shotSteps.length);
  const orphans = dump.screenshots.filter((shot) => !dump.steps.some((step) => step.id === shot.stepId));
  expect(orphans.length, 'every screenshot belongs to a stored step').toBe(0);
}
