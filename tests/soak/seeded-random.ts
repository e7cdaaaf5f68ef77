/**
 * A small seeded random source (mulberry32), so that a soak walk that fails can be walked again: the same
 * seed makes the same choices of moves, words typed, worker stops and kill moment.
 */
export interface SeededRandom {
  readonly seed: number;
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  between(min: number, max: number): number;
  /** One of the items, each as likely as its weight. */
  weighted<T>(items: ReadonlyArray<{ item: T; weight: number }>): T;
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    seed,
    next,
    between: (min, max) => min + Math.floor(next() * (max - min + 1)),
    weighted(items) {
      const total = items.reduce((sum, { weight }) => sum + weight, 0);
      if (items.length === 0 || total <= 0) throw new Error('Nothing to choose from');
      let left = next() * total;
      for (const { item, weight } of items) {
        left -= weight;
        if (left < 0) return item;
      }
      return items[items.length - 1].item;
    },
  };
}

/** The seed from SOAK_SEED (to walk a failed walk again), or a new one. */
export function soakSeed(): number {
  const given = process.env.SOAK_SEED;
  if (given === undefined || given === '') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(given);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`SOAK_SEED must be a whole number, not “${given}”`);
  return seed;
}
