import { describe, expect, it } from 'vitest';
import { addedOverFloor, overFloor, pairedDifferences, sideBySide } from '../../bench/stats';

describe('what recording adds over the noise floor (bench)', () => {
  it('pairs the loads one by one', () => {
    expect(pairedDifferences([50, 52, 49], [48, 47, 50])).toEqual([2, 5, -1]);
  });

  it('takes the windows’ own difference off: a recorded window 3 ms slower on its own is not a 3 ms cost', () => {
    const floor = [3, 3, 3, 3, 3, 3];
    expect(addedOverFloor([4, 4, 4, 4, 4, 4], floor)).toEqual({ value: 1, low: 1, high: 1 });
  });

  it('gives an interval that holds the figure and widens with the noise', () => {
    const floor = [0, 1, -1, 0, 2, -2, 0, 1, -1, 0];
    const quiet = addedOverFloor([5, 5, 5, 5, 5, 5, 5, 5, 5, 5], floor);
    const noisy = addedOverFloor([5, -3, 12, 5, 9, 0, 5, 14, -4, 5], floor);
    for (const estimate of [quiet, noisy]) {
      expect(estimate.low).toBeLessThanOrEqual(estimate.value);
      expect(estimate.high).toBeGreaterThanOrEqual(estimate.value);
    }
    expect(noisy.high - noisy.low).toBeGreaterThan(quiet.high - quiet.low);
  });

  it('says the added time and the ratio over the floor’s', () => {
    const line = overFloor({ recorded: [110, 110, 110], idle: [100, 100, 100] }, { recorded: [100, 100, 100], idle: [100, 100, 100] });
    expect(line).toBe('added 10.0 ms (95%: 10.0 to 10.0 ms), ratio 1.100');
  });

  it('puts each side’s median first: the floor with its own paired difference, a recorded series with what it adds', () => {
    const floor = { recorded: [101, 99, 100], idle: [100, 100, 100] };
    expect(sideBySide(floor)).toBe('100 ms vs 100 ms, paired difference 0.00 ms');
    expect(sideBySide({ recorded: [105, 104, 106], idle: [100, 100, 100] }, floor)).toBe('105 ms vs 100 ms, added 5.0 ms (95%: 3.0 to 7.0 ms), ratio 1.050');
  });
});
