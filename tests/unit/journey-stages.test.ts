import { describe, expect, it } from 'vitest';
import { defaultStages } from '../../lib/db/default-stages';
import { addStage, moveStage, removeStage, renameStage, StageError, stageStarts } from '../../lib/journey/stages';

const stages = defaultStages();
const names = (list: { name: string }[]) => list.map((stage) => stage.name);

describe('stage editing', () => {
  it('adds a stage at the end with a fresh id and a tidied name', () => {
    const added = addStage(stages, '  Delivery   and   returns ', 'delivery');
    expect(added.at(-1)).toEqual({ id: 'delivery', name: 'Delivery and returns' });
    expect(added).toHaveLength(7);
    expect(stages).toHaveLength(6);
  });

  it('renames a stage and keeps its id', () => {
    expect(renameStage(stages, 'awareness', 'Discovery')[0]).toEqual({ id: 'awareness', name: 'Discovery' });
  });

  it.each([
    ['an empty name', () => addStage(stages, '   ')],
    ['a blank rename', () => renameStage(stages, 'decision', '')],
    ['an unknown stage', () => renameStage(stages, 'nope', 'Name')],
    ['removing the last stage', () => removeStage([stages[0]], 'awareness')],
    [
      'a 51st stage, more than a share file holds',
      () =>
        addStage(
          Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, name: `S${i}` })),
          'One more',
        ),
    ],
  ])('refuses %s with a StageError', (_case, change) => {
    expect(change).toThrow(StageError);
  });

  it('moves a stage one place, and not past either end', () => {
    expect(names(moveStage(stages, 'decision', -1)).slice(0, 3)).toEqual(['Awareness', 'Decision', 'Consideration']);
    expect(names(moveStage(stages, 'decision', 1)).slice(2, 4)).toEqual(['Purchase', 'Decision']);
    expect(moveStage(stages, 'awareness', -1)).toEqual(stages);
    expect(moveStage(stages, 'loyalty', 1)).toEqual(stages);
  });

  it('gives a removed stage’s steps to the stage before it, or after it for the first', () => {
    expect(removeStage(stages, 'decision')).toMatchObject({ heirId: 'consideration' });
    expect(removeStage(stages, 'awareness')).toMatchObject({ heirId: 'consideration' });
    expect(names(removeStage(stages, 'loyalty').stages)).not.toContain('Loyalty');
  });

  it('marks where each stage begins in the walk, again when the walk comes back to a stage', () => {
    const steps = [
      { id: 'a', stageId: 'awareness' },
      { id: 'b', stageId: 'awareness' },
      { id: 'c', stageId: 'decision' },
      { id: 'd', stageId: 'awareness' },
    ];
    expect([...stageStarts(steps)]).toEqual(['a', 'c', 'd']);
    expect(stageStarts([]).size).toBe(0);
  });
});
