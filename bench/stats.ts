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
