import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect } from './fixtures';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rules whose verdict depends on colours alone: all a second colour scheme can change. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * The serious and critical accessibility violations axe-core finds on the page as it is now (all its rules, or
 * only `rules`), one line each with what a reader needs to fix it: the rule, its impact, every element it
 * found (CSS targets) and axe's advice with its link. Tests assert `toEqual([])`, so a failure prints them.
 */
export async function seriousViolations(page: Page, rules?: string[]): Promise<string[]> {
  // Evaluated over the DevTools protocol: extension pages and the report refuse inline script tags (their
  // Content-Security-Policy), rightly, but the protocol's evaluation is not a page script.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (only) => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } };
    // Only violations are read: axe then keeps one example of each passed rule instead of every element, faster.
    const options: RunOptions = { resultTypes: ['violations'], ...(only && { runOnly: { type: 'rule', values: only } }) };
    const { violations } = await axe.run(document, options);
    return violations.map(({ id, impact, help, helpUrl, nodes }) => ({ id, impact, help, helpUrl, targets: nodes.map((node) => node.target.join(' ')) }));
  }, rules);
  return violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(({ id, impact, help, helpUrl, targets }) => `${id} (${impact}) on ${targets.join(', ')} — ${help} (${helpUrl})`);
}

/**
 * axe-core finds no serious or critical violation on the page as it is now: every rule in light colours, and
 * the colour rules again in dark. Soft, so that one run reports every surface's findings, not only the first.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // Colours ease from one theme to the other: measuring contrast halfway would judge colours nobody sees.
    await page.waitForFunction(() => !document.getAnimations().some((animation) => animation instanceof CSSTransition && animation.playState === 'running'), undefined, {
      polling: 50,
      timeout: 5000,
    });
    const rules = colorScheme === 'dark' ? COLOUR_RULES : undefined;
    expect.soft(await seriousViolations(page, rules), `axe-core on ${where} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
