import { describe, expect, it } from 'vitest';
import { journeyFileBytes, sharedStepBytes } from '../../lib/export/file-size';
import { asJson, journeyFile } from '../../lib/export/journey-file';
import { IMPORT_LIMITS } from '../../lib/journey/limits';
import { fits, fullness, NEARLY_FULL, SHARE_LIMITS, stepsLeft, WRITING_RESERVE_BYTES, zipBytes, type WalkSize } from '../../lib/journey/walk-room';
import { exportBundle } from './support/export-bundle';

const empty: WalkSize = { steps: 0, journeyBytes: 1_000, pictureBytes: 0, pictures: 0 };
const MB = 2 ** 20;

describe('how full a walk is', () => {
  it('counts steps exactly against the steps a journey may hold', () => {
    const size = { ...empty, steps: 9_000 };
    expect(fullness(size, SHARE_LIMITS)).toBe(NEARLY_FULL);
    expect(stepsLeft(size, SHARE_LIMITS)).toBe(1_000);
    expect(stepsLeft({ ...size, steps: 9_999 }, SHARE_LIMITS)).toBe(1);
    expect(stepsLeft({ ...size, steps: 10_000 }, SHARE_LIMITS)).toBe(0);
    expect(fits({ ...size, steps: 10_000 }, SHARE_LIMITS)).toBe(true);
    expect(fits({ ...size, steps: 10_001 }, SHARE_LIMITS)).toBe(false);
  });

  it('keeps room in journey.json for what the tester writes while walking', () => {
    const justUnder = { ...empty, steps: 100, journeyBytes: IMPORT_LIMITS.journeyBytes - WRITING_RESERVE_BYTES };
    expect(fits(justUnder, SHARE_LIMITS)).toBe(true);
    expect(fits({ ...justUnder, journeyBytes: justUnder.journeyBytes + 1 }, SHARE_LIMITS)).toBe(false);
  });

  it('weighs the ZIP with every picture stored and again in the report, whichever limit comes first', () => {
    // 1,000 steps of 135 kB pictures: 132 MB stored, 176 MB more as the report's base64, 1 MB of text four times.
    const pictured = { steps: 1_000, journeyBytes: MB, pictureBytes: 1_000 * 135_000, pictures: 1_000 };
    expect(zipBytes(pictured)).toBeGreaterThan(pictured.pictureBytes * (7 / 3));
    expect(zipBytes(pictured)).toBeLessThan(pictured.pictureBytes * (7 / 3) + 5 * MB);
    // The file's 512 MB is what stops such a walk: at about 1,600 steps, long before 10,000.
    const left = stepsLeft(pictured, SHARE_LIMITS);
    expect(left).toBeGreaterThan(450);
    expect(left).toBeLessThan(700);
    const atLimit = { steps: 1_000 + left, journeyBytes: MB * (1 + left / 1_000), pictureBytes: (1_000 + left) * 135_000, pictures: 1_000 + left };
    expect(fits(atLimit, SHARE_LIMITS)).toBe(true);
    expect(stepsLeft(atLimit, SHARE_LIMITS)).toBe(0);
    expect(fits({ ...atLimit, pictureBytes: atLimit.pictureBytes + 270_000 }, SHARE_LIMITS)).toBe(false);
  });

  it('does not count what a file holds whatever the walk as the pace of its steps', () => {
    // Ten small steps are 10 kB of journey.json beside the 1 MB kept for notes: 16,000 more would fit, but
    // only 9,990 more steps may be recorded.
    expect(stepsLeft({ steps: 10, journeyBytes: 11_000, pictureBytes: 0, pictures: 0 }, SHARE_LIMITS)).toBe(9_990);
    expect(stepsLeft({ steps: 10, journeyBytes: 10_000 + 10 * 2_000, pictureBytes: 0, pictures: 0 }, SHARE_LIMITS)).toBeLessThan(9_990);
  });
});

describe('the bytes of journey.json', () => {
  it('counts a step as exactly the bytes it adds to the file', () => {
    // Without the scorecard: its answers link only steps the file holds, so a step an answer points at adds
    // that link too (an answer is given on a step already stored, whose room was counted when it came).
    const { scorecard: _scorecard, ...journey } = exportBundle().journey;
    const bundle = { ...exportBundle(), journey };
    for (let count = 2; count <= bundle.steps.length; count += 1) {
      const before = journeyFileBytes({ ...bundle, steps: bundle.steps.slice(0, count - 1) });
      const after = journeyFileBytes({ ...bundle, steps: bundle.steps.slice(0, count) });
      expect(after - before, `step ${count}`).toBe(sharedStepBytes(bundle.steps[count - 1]));
    }
  });

  it('counts the file as the exports write it, in UTF-8', () => {
    const bundle = exportBundle();
    expect(journeyFileBytes(bundle)).toBe(new TextEncoder().encode(asJson(journeyFile(bundle))).length);
    expect(journeyFileBytes(bundle)).toBeGreaterThan(asJson(journeyFile(bundle)).length); // "—" and "é" take more than one byte
  });
});
