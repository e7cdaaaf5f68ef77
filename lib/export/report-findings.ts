import { emotionsByStep } from '../journey/emotions';
import { notesByStep, type Note } from '../journey/notes';
import type { Annotation, EmotionScore, Stage, Step } from '../journey/types';
import type { StageColumn } from '../map/stage-columns';

/**
 * What the report's Findings section lists: every step the tester said something about (a note of any
 * kind) or flagged as a key moment, once each with everything said there, in the map's reading order
 * (stage by stage, then walk order). Each is numbered for its anchor (#finding-3), which the map's cells
 * link to. Accepted friction signals (design.md, Signal) belong here too, as a third reason for a step to
 * be a finding, once steps carry them.
 */
export interface Finding {
  /** From 1, in reading order. */
  number: number;
  step: Step;
  stage: Stage;
  /** In the order they were made; empty for a key moment without notes. */
  notes: Note[];
  keyMoment: boolean;
  emotion?: EmotionScore;
}

export function reportFindings(columns: readonly StageColumn[], annotations: readonly Annotation[]): Finding[] {
  const notes = notesByStep(annotations);
  const emotions = emotionsByStep(annotations);
  const findings: Finding[] = [];
  for (const { stage, steps } of columns) {
    for (const step of steps) {
      const said = notes.get(step.id) ?? [];
      const keyMoment = step.keyMoment === true;
      if (said.length === 0 && !keyMoment) continue;
      const emotion = emotions.get(step.id);
      findings.push({ number: findings.length + 1, step, stage, notes: said, keyMoment, ...(emotion !== undefined && { emotion }) });
    }
  }
  return findings;
}

/** The id of a finding's element, and the fragment the map links to it with. */
export const findingAnchor = (finding: Pick<Finding, 'number'>): string => `finding-${finding.number}`;
