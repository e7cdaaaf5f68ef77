import type { NavigationStep, Step } from './types';

/**
 * The walk as a person remembers it: page by page. A visit begins at each page load or app route (its
 * navigation step, the page's own moment) and holds what the tester did there until the next one. A step
 * whose tab is not the visit's (the walk followed a new tab, then came back) begins a visit of its own,
 * under that tab's last page; so does a first step with no page before it (an imported Recorder flow).
 */
export interface PageVisit {
  /** Unique in the walk, stable while steps are added: the id of the visit's first step. */
  key: string;
  /** The navigation step that opened the page; absent when the visit has none of its own. */
  page: NavigationStep | undefined;
  /** Where the visit happened, for its heading: the page step's, else its tab's last page's, else its first step's. */
  title: string;
  url: string;
  /** Every step of the visit in walk order, the page step first when there is one. */
  steps: Step[];
}

export function pageVisits(steps: readonly Step[]): PageVisit[] {
  const visits: PageVisit[] = [];
  const lastPageOfTab = new Map<number, NavigationStep>();
  let current: PageVisit | undefined;
  let currentTab: number | undefined;
  for (const step of steps) {
    if (step.kind === 'navigation') {
      lastPageOfTab.set(step.tabId, step);
      current = { key: step.id, page: step, title: step.title, url: step.url, steps: [step] };
      currentTab = step.tabId;
      visits.push(current);
    } else if (current && currentTab === step.tabId) {
      current.steps.push(step);
    } else {
      const where = lastPageOfTab.get(step.tabId) ?? step;
      current = { key: step.id, page: undefined, title: where.title, url: where.url, steps: [step] };
      currentTab = step.tabId;
      visits.push(current);
    }
  }
  return visits;
}

/**
 * The step notes and ratings go to when the tester picked none: the page they are on (the newest visit's
 * page step), not the newest click or field in it; the newest step when that visit has no page step.
 */
export function currentMoment(steps: readonly Step[]): Step | null {
  const newest = steps.at(-1);
  if (!newest) return null;
  for (let index = steps.length - 1; index >= 0; index--) {
    const step = steps[index];
    // Another tab's step: the newest step's own visit began after it, without a page step.
    if (step.tabId !== newest.tabId) break;
    if (step.kind === 'navigation') return step;
  }
  return newest;
}

/** The visit a step belongs to. */
export function visitOf(visits: readonly PageVisit[], stepId: string): PageVisit | undefined {
  return visits.find((visit) => visit.steps.some((step) => step.id === stepId));
}
