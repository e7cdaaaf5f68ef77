import { loadavg } from 'node:os';

/** Small statistics for benchmark samples (milliseconds). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** The mean sees below the timer's step: performance.now() moves in 0.1 ms steps in pages that are not cross-origin isolated. */
export const mean = (samples: number[]): number => samples.reduce((sum, value) => sum + value, 0) / samples.length;

export const median = (samples: number[]): number => percentile(samples, 50);

export function formatMs(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 0)} ms`;
}

/** The machine's load average (1, 5, 15 min): the machine is shared, so every figure says how busy it was. */
export function loadNote(): string {
  return `load ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ')}`;
}

/** A figure with its 95% interval. */
export interface Estimate {
  value: number;
  low: number;
  high: number;
}

/** A small seeded generator (mulberry32): the bench resamples alike from run to run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Side minus side, load by load: the two loads of a pair ran one right after the other, so the machine's drift cancels. */
export const pairedDifferences = (side: number[], other: number[]): number[] => side.map((value, i) => value - other[i]);

/**
 * What recording adds to a load: the median of its paired differences less the noise floor's (the two windows are not
 * alike, and neither tab recording is the difference the machine makes on its own), with a 95% bootstrap interval. A
 * target is met when the whole interval is within it; an interval that straddles it says the machine cannot tell.
 */
export function addedOverFloor(differences: number[], floor: number[], resamples = 2000): Estimate {
  const random = seeded(19);
  const resample = (values: number[]) => values.map(() => values[Math.floor(random() * values.length)]);
  const estimates = Array.from({ length: resamples }, () => median(resample(differences)) - median(resample(floor)));
  return { value: median(differences) - median(floor), low: percentile(estimates, 2.5), high: percentile(estimates, 97.5) };
}

/** Loads of the two tabs, pair by pair. */
export interface PairedLoads {
  recorded: number[];
  idle: number[];
}

/** What recording adds over the noise floor, with its interval, and the ratio of the medians over the floor's. */
export function overFloor(loads: PairedLoads, floor: PairedLoads): string {
  const { value, low, high } = addedOverFloor(pairedDifferences(loads.recorded, loads.idle), pairedDifferences(floor.recorded, floor.idle));
  const ratio = median(loads.recorded) / median(loads.idle) / (median(floor.recorded) / median(floor.idle));
  return `added ${value.toFixed(1)} ms (95%: ${low.toFixed(1)} to ${high.toFixed(1)} ms), ratio ${ratio.toFixed(3)}`;
}

/** Each side's median, then what recording adds over the floor; the floor itself (no floor given) says its own paired difference. */
export function sideBySide(loads: PairedLoads, floor?: PairedLoads): string {
  const medians = `${formatMs(median(loads.recorded))} vs ${formatMs(median(loads.idle))}`;
  return floor ? `${medians}, ${overFloor(loads, floor)}` : `${medians}, paired difference ${formatMs(median(pairedDifferences(loads.recorded, loads.idle)))}`;
}
