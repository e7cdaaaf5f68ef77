import type { PageVisit } from '../journey/pages';
import type { Step } from '../journey/types';

/**
 * The step list's rows: each page heads what the tester did on it. A visit's page step is its heading (the
 * moment notes go to by default); a visit without one gets a heading of its page's name. One flat array,
 * so the list stays virtualised: only the rows in view are mounted.
 */
export type StepRow =
  | { kind: 'page'; key: string; step: Step; done: number }
  | { kind: 'heading'; key: string; title: string; url: string; done: number }
  | { kind: 'step'; key: string; step: Step; last: boolean };

export function stepRows(visits: readonly PageVisit[]): StepRow[] {
  const rows: StepRow[] = [];
  for (const visit of visits) {
    const done = visit.steps.filter((step) => step !== visit.page);
    if (visit.page) rows.push({ kind: 'page', key: visit.page.id, step: visit.page, done: done.length });
    else rows.push({ kind: 'heading', key: `heading-${visit.key}`, title: visit.title, url: visit.url, done: done.length });
    done.forEach((step, index) => rows.push({ kind: 'step', key: step.id, step, last: index === done.length - 1 }));
  }
  return rows;
}
