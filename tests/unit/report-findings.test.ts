import { describe, expect, it } from 'vitest';
import { findingAnchor, reportFindings } from '../../lib/export/report-findings';
import { stageColumns } from '../../lib/map/stage-columns';
import { exportBundle } from './support/export-bundle';

const { journey, steps, annotations } = exportBundle();
const columns = stageColumns(journey, steps);

describe('the report’s findings', () => {
  it('lists each step with notes or flagged as a key moment once, numbered in the map’s reading order', () => {
    const findings = reportFindings(columns, annotations);
    expect(findings.map((finding) => [finding.number, finding.step.id, finding.stage.id, finding.keyMoment])).toEqual([
      [1, 's3', 'purchase', false],
      [2, 's8', 'purchase', false],
      [3, 's9', 'service', false],
      [4, 's10', 'service', true],
    ]);
  });

  it('keeps every note of a step, in the order they were made, and its emotion', () => {
    const [pain, , , last] = reportFindings(columns, annotations);
    expect(pain).toMatchObject({ emotion: -2, notes: [{ kind: 'pain-point' }] });
    expect(last.notes.map((note) => note.kind)).toEqual(['delight', 'note']);
    expect(last.emotion).toBe(2);
  });

  it('makes a key moment without notes a finding, and leaves a step that is only rated out', () => {
    const flagged = steps.map((step) => (step.id === 's2' ? { ...step, keyMoment: true } : step));
    const findings = reportFindings(stageColumns(journey, flagged), annotations);
    expect(findings[0]).toMatchObject({ number: 1, keyMoment: true, notes: [] });
    expect(findings[0].step.id).toBe('s2');
    expect(findings.map((finding) => finding.step.id)).not.toContain('s1'); // rated, no note
  });

  it('follows the stages, not the walk, when a step was moved to an earlier stage', () => {
    const moved = steps.map((step) => (step.id === 's9' ? { ...step, stageId: 'awareness' } : step));
    expect(reportFindings(stageColumns(journey, moved), annotations).map((finding) => finding.step.id)).toEqual(['s9', 's3', 's8', 's10']);
  });

  it('names each finding’s anchor by its number', () => {
    expect(findingAnchor({ number: 3 })).toBe('finding-3');
  });
});
