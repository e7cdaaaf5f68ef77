import type { ScorecardTemplate } from '../scorecard/types';
import { download, fileName } from './download';

/** The public share format of a scorecard template (docs/scorecard.schema.json). */
export const SCORECARD_FORMAT = 'trailnote.scorecard';
export const SCORECARD_FORMAT_VERSION = 1;

export interface ScorecardFile {
  format: typeof SCORECARD_FORMAT;
  version: typeof SCORECARD_FORMAT_VERSION;
  template: ScorecardTemplate;
}

/** A template's own fields, in a fixed order, so that shared files compare (and nothing else the store may add travels). */
export function sharedTemplate(template: ScorecardTemplate): ScorecardTemplate {
  return {
    id: template.id,
    title: template.title,
    language: template.language,
    groups: template.groups.map(({ stageId, stageName, criteria }) => ({
      stageId,
      stageName,
      criteria: criteria.map(({ id, text, guidance, scale, weight, critical }) => ({ id, text, ...(guidance ? { guidance } : {}), scale, weight, critical })),
    })),
  };
}

/** A template as a shared file's text. */
export function scorecardFileText(template: ScorecardTemplate): string {
  const file: ScorecardFile = { format: SCORECARD_FORMAT, version: SCORECARD_FORMAT_VERSION, template: sharedTemplate(template) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Saves a template as "<title>.scorecard.json" through the browser's download. */
export function downloadScorecardTemplate(template: ScorecardTemplate): void {
  download(fileName(template.title, 'scorecard.json'), scorecardFileText(template), 'application/json');
}
