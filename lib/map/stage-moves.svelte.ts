import { moveToStage, undoStageMove } from '../edits/steps';
import { t } from '../i18n';
import { formatStepCount } from '../journey/format';
import type { StageMoveScope } from '../journey/stage-runs';
import type { Journey, Step } from '../journey/types';
import { panelMessage } from '../panel/error-words';
import { undo } from '../panel/undo.svelte';

/**
 * Moving steps between stages from the map: one choice moves a step, its page, or it and the rest of its
 * stage, in one store transaction; the store's notice redraws the map (and any open panel), and the move
 * can be undone like the panel's edits.
 */
class MapStageMoves {
  error = $state('');

  async move(journey: Journey, steps: readonly Step[], step: Step, scope: StageMoveScope, stageId: string): Promise<void> {
    this.error = '';
    try {
      const move = await moveToStage(steps, step, scope, stageId);
      const stageName = journey.stages.find((stage) => stage.id === stageId)?.name ?? '';
      if (move.before.length) undo.propose({ message: t('stepsMoved', formatStepCount(move.before.length), stageName), revert: () => undoStageMove(move) });
    } catch (error) {
      this.error = panelMessage(error, 'map: moving steps to a stage');
    }
  }

  undo = async (): Promise<void> => {
    this.error = await undo.undo();
  };
}

export const stageMoves = new MapStageMoves();
