import { describe, expect, it } from 'vitest';
import {
  appendStep,
  createJourney,
  deleteJourney,
  deleteStep,
  getAnnotations,
  getJourney,
  getScreenshotForStep,
  getSteps,
  moveStepsToStage,
  removeJourneyStage,
  addJourneyRows,
  deleteAnnotation,
  restoreJourneyStage,
  restoreStep,
  restoreStepStages,
  saveAnnotation,
  saveScreenshot,
  setStepEmotion,
  StoreError,
  updateJourney,
} from '../../lib/db';
import type { Annotation } from '../../lib/journey/types';
import { click, journey, navigation, screenshot, useFreshStore } from './support/rows';

useFreshStore();

const friction = (id: string, stepId: string, text = 'Slow'): Annotation => ({ id, journeyId: 'j1', stepId, at: 10, kind: 'friction', text });

/** A journey of three steps: s1 (a page), s2 (a click, with a screenshot), s3 (a click). */
async function threeSteps(): Promise<void> {
  await createJourney(journey('j1'));
  await appendStep(navigation('s1'));
  await appendStep(click('s2'));
  await appendStep(click('s3'));
  await saveScreenshot(screenshot('shot2', 's2'));
}

const annotationsOf = async () => (await getAnnotations('j1')).map(({ id, stepId, kind, emotion }) => ({ id, stepId, kind, emotion }));

describe('rating a step', () => {
  it('keeps one emotion per step: rating again changes it, null clears it', async () => {
    await threeSteps();
    await setStepEmotion('j1', 's1', -1);
    await setStepEmotion('j1', 's1', 2);
    await setStepEmotion('j1', 's2', 0);
    expect((await annotationsOf()).map(({ stepId, emotion }) => [stepId, emotion]).sort()).toEqual([
      ['s1', 2],
      ['s2', 0],
    ]);
    await setStepEmotion('j1', 's1', null);
    expect((await annotationsOf()).map(({ stepId }) => stepId)).toEqual(['s2']);
  });

  it('two ratings at once leave one row', async () => {
    await threeSteps();
    await Promise.all([setStepEmotion('j1', 's1', -2), setStepEmotion('j1', 's1', 1)]);
    expect(await annotationsOf()).toHaveLength(1);
  });
});

describe('deleting a step', () => {
  it('moves its notes and emotion to the step before, and undo puts everything back', async () => {
    await threeSteps();
    await saveAnnotation(friction('n1', 's2'));
    await setStepEmotion('j1', 's2', -2);
    const deleted = await deleteStep('s2');
    expect(deleted?.step.id).toBe('s2');
    expect((await getSteps('j1')).map((step) => step.id)).toEqual(['s1', 's3']);
    expect(await getScreenshotForStep('s2')).toBeUndefined();
    expect((await annotationsOf()).map(({ stepId }) => stepId)).toEqual(['s1', 's1']);

    await restoreStep(deleted!);
    expect((await getSteps('j1')).map((step) => [step.id, step.seq])).toEqual([
      ['s1', 1],
      ['s2', 2],
      ['s3', 3],
    ]);
    expect((await getScreenshotForStep('s2'))?.id).toBe('shot2');
    expect((await annotationsOf()).map(({ stepId }) => stepId)).toEqual(['s2', 's2']);
  });

  it('undo keeps what was done since to the notes that moved, and brings back the emotion that went with the step', async () => {
    await threeSteps();
    await saveAnnotation(friction('n1', 's2'));
    await saveAnnotation(friction('n2', 's2'));
    await setStepEmotion('j1', 's1', 1);
    await setStepEmotion('j1', 's2', -2);
    const deleted = await deleteStep('s2');
    // Since the delete, the tester reworded one moved note and deleted the other.
    const moved = (await getAnnotations('j1')).find((a) => a.id === 'n1')!;
    await saveAnnotation({ ...moved, text: 'Reworded' });
    await deleteAnnotation('n2');

    await restoreStep(deleted!);
    const back = await getAnnotations('j1');
    expect(back.find((a) => a.id === 'n1')).toMatchObject({ stepId: 's2', text: 'Reworded' });
    expect(back.find((a) => a.id === 'n2')).toBeUndefined();
    expect((await annotationsOf()).filter((a) => a.kind === 'emotion').map(({ stepId, emotion }) => [stepId, emotion])).toEqual(
      expect.arrayContaining([
        ['s1', 1],
        ['s2', -2],
      ]),
    );
  });

  it('refuses a note or a rating about a step that is gone, and writes nothing', async () => {
    await threeSteps();
    await deleteStep('s3');
    await expect(saveAnnotation(friction('n1', 's3'))).rejects.toMatchObject({ name: 'StoreError', code: 'step-missing' });
    await expect(setStepEmotion('j1', 's3', 2)).rejects.toMatchObject({ name: 'StoreError', code: 'step-missing' });
    await setStepEmotion('j1', 's3', null);
    expect(await annotationsOf()).toEqual([]);
  });

  it('gives the first step’s notes to the next one, and drops its emotion where that step has its own', async () => {
    await threeSteps();
    await saveAnnotation(friction('n1', 's1'));
    await setStepEmotion('j1', 's1', -2);
    await setStepEmotion('j1', 's2', 1);
    await deleteStep('s1');
    const left = await annotationsOf();
    expect(left.find((a) => a.id === 'n1')?.stepId).toBe('s2');
    expect(left.filter((a) => a.kind === 'emotion')).toEqual([expect.objectContaining({ stepId: 's2', emotion: 1 })]);
  });

  it('the next step after a delete takes the next seq, never a deleted one', async () => {
    await threeSteps();
    await deleteStep('s3');
    const { step } = await appendStep(click('s4'));
    expect(step.seq).toBe(4);
  });

  it('unlinks the scorecard answers it was the evidence of, keeping their verdicts, and undo links them again', async () => {
    await threeSteps();
    const template = { id: 't', title: 'T', language: 'en', groups: [] };
    const answers = [
      { criterionId: 'a', answer: 'pass' as const, stepId: 's2', comment: 'Seen', at: 1 },
      { criterionId: 'b', answer: 'fail' as const, stepId: 's3', at: 1 },
      { criterionId: 'c', answer: 'partial' as const, stepId: 's2', at: 1 },
    ];
    await updateJourney('j1', { scorecard: { template, answers } });
    const evidence = async () => (await getJourney('j1'))?.scorecard?.answers.map((answer) => [answer.criterionId, answer.answer, answer.stepId ?? null]);

    const deleted = await deleteStep('s2');
    expect(await evidence()).toEqual([
      ['a', 'pass', null],
      ['b', 'fail', 's3'],
      ['c', 'partial', null],
    ]);
    expect((await getJourney('j1'))?.scorecard?.answers[0].comment).toBe('Seen');

    // Meanwhile the tester links c to another step: undo leaves that choice alone.
    await updateJourney('j1', (journey) => ({
      ...journey,
      scorecard: { template, answers: journey.scorecard!.answers.map((answer) => (answer.criterionId === 'c' ? { ...answer, stepId: 's1' } : answer)) },
    }));
    await restoreStep(deleted!);
    expect(await evidence()).toEqual([
      ['a', 'pass', 's2'],
      ['b', 'fail', 's3'],
      ['c', 'partial', 's1'],
    ]);
  });

  it('resolves undefined for a step that is already gone', async () => {
    await threeSteps();
    expect(await deleteStep('nope')).toBeUndefined();
  });
});

describe('removing a stage', () => {
  it('moves its steps to the stage before and the current stage with them, in one go', async () => {
    await createJourney({ ...journey('j1'), currentStageId: 'decision' });
    await appendStep({ ...click('s1'), stageId: 'consideration' });
    await appendStep({ ...click('s2'), stageId: 'decision' });
    const { journey: updated, removed } = await removeJourneyStage('j1', 'decision');
    expect(updated.currentStageId).toBe('consideration');
    expect(updated.stages.map((stage) => stage.id)).not.toContain('decision');
    expect((await getSteps('j1')).map((step) => step.stageId)).toEqual(['consideration', 'consideration']);

    // Undo: the stage back in its place, its step back in it, the current stage back to it.
    const restored = await restoreJourneyStage(removed);
    expect(restored.stages.map((stage) => stage.id)).toEqual(journey('j1').stages.map((stage) => stage.id));
    expect(restored.currentStageId).toBe('decision');
    expect((await getSteps('j1')).map((step) => step.stageId)).toEqual(['consideration', 'decision']);
  });

  it('a step recorded for a stage removed meanwhile lands in the current stage', async () => {
    await createJourney({ ...journey('j1'), currentStageId: 'consideration' });
    const { step } = await appendStep({ ...click('s1'), stageId: 'gone' });
    expect(step.stageId).toBe('consideration');
  });

  it('refuses to remove the last stage and changes nothing', async () => {
    await createJourney({ ...journey('j1'), stages: [{ id: 'only', name: 'Only' }], currentStageId: 'only' });
    await expect(removeJourneyStage('j1', 'only')).rejects.toThrow(/at least one stage/);
    expect((await getJourney('j1'))?.stages).toEqual([{ id: 'only', name: 'Only' }]);
  });
});

describe('deleting a journey', () => {
  it('takes every row with it, and undo restores them all', async () => {
    await threeSteps();
    await saveAnnotation(friction('n1', 's3'));
    const deleted = await deleteJourney('j1');
    expect(await getJourney('j1')).toBeUndefined();
    expect(await getSteps('j1')).toEqual([]);
    await addJourneyRows(deleted!);
    expect((await getJourney('j1'))?.stepCount).toBe(3);
    expect(await getSteps('j1')).toHaveLength(3);
    expect((await getScreenshotForStep('s2'))?.image.size).toBeGreaterThan(0);
    expect(await annotationsOf()).toHaveLength(1);
  });

  it('will not restore over a journey that exists again', async () => {
    await threeSteps();
    const deleted = await deleteJourney('j1');
    await createJourney(journey('j1'));
    await expect(addJourneyRows(deleted!)).rejects.toBeInstanceOf(StoreError);
  });
});

describe('moving steps to another stage', () => {
  it('moves a run of steps in one transaction, and undo puts each back in the stage it was in', async () => {
    await createJourney(journey('j1'));
    await appendStep(navigation('s1'));
    await appendStep({ ...click('s2'), stageId: 'consideration' });
    await appendStep(click('s3'));
    const move = await moveStepsToStage('j1', ['s1', 's2', 's3'], 'service');
    expect((await getSteps('j1')).map((step) => step.stageId)).toEqual(['service', 'service', 'service']);
    expect(move.before).toEqual([
      { stepId: 's1', stageId: 'awareness' },
      { stepId: 's2', stageId: 'consideration' },
      { stepId: 's3', stageId: 'awareness' },
    ]);
    await restoreStepStages(move);
    expect((await getSteps('j1')).map((step) => step.stageId)).toEqual(['awareness', 'consideration', 'awareness']);
  });

  it('refuses a stage the journey does not have and moves nothing; skips steps already there or gone', async () => {
    await createJourney(journey('j1'));
    await appendStep(navigation('s1'));
    await appendStep({ ...click('s2'), stageId: 'service' });
    await expect(moveStepsToStage('j1', ['s1'], 'nowhere')).rejects.toThrow(/stage/i);
    expect((await getSteps('j1')).map((step) => step.stageId)).toEqual(['awareness', 'service']);
    const move = await moveStepsToStage('j1', ['s1', 's2', 'gone'], 'service');
    expect(move.before).toEqual([{ stepId: 's1', stageId: 'awareness' }]);
  });
});
