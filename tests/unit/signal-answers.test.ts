import { describe, expect, it } from 'vitest';
import { appendStep, createJourney, getAnnotations, getStep } from '../../lib/db';
import { acceptSignal, dismissSignal } from '../../lib/edits/signals';
import { withSignal } from '../../lib/journey/signals';
import { emotionsByStep } from '../../lib/journey/emotions';
import { stageMetrics } from '../../lib/map/metrics';
import type { Journey, Step } from '../../lib/journey/types';
import { click, journey, useFreshStore } from './support/rows';

useFreshStore();

const deadClick = { kind: 'dead-click' as const, evidence: { windowMs: 2000, clicks: 1 }, thresholds: { windowMs: 2000 } };

async function stepWithSignal(): Promise<{ walk: Journey; step: Step }> {
  const walk = journey('j1');
  await createJourney(walk);
  const { step } = await appendStep(withSignal(click('s1'), deadClick, 1));
  return { walk, step };
}

describe('answering a signal', () => {
  it('leaves the notes, the emotions and the metrics alone while it is only a suggestion', async () => {
    const { walk, step } = await stepWithSignal();
    const annotations = await getAnnotations('j1');
    expect(annotations).toEqual([]);
    expect(emotionsByStep(annotations).size).toBe(0);
    expect(stageMetrics(walk, [step], annotations).reduce((sum, stage) => sum + stage.frictions, 0)).toBe(0);
  });

  it('makes one Friction note worded from the signal, however often it is accepted', async () => {
    const { step } = await stepWithSignal();
    const [signal] = step.signals!;
    const [first, second] = await Promise.all([acceptSignal(step, signal), acceptSignal(step, signal)]);
    await acceptSignal(step, signal);
    const notes = await getAnnotations('j1');
    expect(notes).toEqual([expect.objectContaining({ stepId: 's1', kind: 'friction', text: 'Clicked — nothing happened for 2.0 s' })]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    expect((await getStep('s1'))?.signals?.[0].status).toBe('accepted');
  });

  it('hides a dismissed signal and writes no note; a dismissed one cannot be accepted after', async () => {
    const { step } = await stepWithSignal();
    const [signal] = step.signals!;
    await dismissSignal(step, signal);
    await acceptSignal(step, signal);
    expect(await getAnnotations('j1')).toEqual([]);
    expect((await getStep('s1'))?.signals?.[0].status).toBe('dismissed');
  });
});
