import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { JourneyBundle } from '../../lib/db';
import { compareReport } from '../../lib/export/compare-report';
import { ecommercePurchase } from '../../lib/scorecard/built-in/ecommerce-purchase';
import type { ScorecardAnswer, ScorecardTemplate } from '../../lib/scorecard/types';
import { EXPORTED_AT, unscoredBundle } from './support/export-bundle';

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
});

const answer = (criterionId: string, value: ScorecardAnswer['answer']): ScorecardAnswer => ({ criterionId, answer: value, at: 1 });

function walk(id: string, title: string, template?: ScorecardTemplate, answers: ScorecardAnswer[] = []): JourneyBundle {
  const bundle = unscoredBundle();
  const journey = { ...bundle.journey, id, title };
  return { ...bundle, journey: template ? { ...journey, scorecard: { template, answers } } : journey };
}

const report = (bundles: JourneyBundle[]) =>
  compareReport(
    bundles,
    bundles.map(() => new Map()),
    { generatedAt: EXPORTED_AT, timeZone: 'UTC' },
  );

/** The text of the scores table's row whose heading starts with `name`, tags dropped. */
function rowText(html: string, name: string): string {
  const table = html.slice(html.indexOf('<table class="scores">'), html.indexOf('</table>', html.indexOf('<table class="scores">')));
  const row = table.split('<tr').find((each) =>
    each
      .replace(/<[^>]+>/g, '')
      .replace(/^[^>]*>/, '')
      .startsWith(name),
  );
  return (row ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('the comparison report’s scores', () => {
  it('has no scorecard table when no walk has a scorecard', () => {
    expect(report([walk('a', 'Own'), walk('b', 'Rival')])).not.toContain('class="scores"');
  });

  it('puts the walks’ scores side by side, overall, per stage and per criterion, the walk ahead marked', () => {
    const html = report([
      walk('a', 'Own', ecommercePurchase.en, [answer('guest-checkout', 'pass'), answer('no-surprise-cost', 'fail')]),
      walk('b', 'Rival', ecommercePurchase.fr, [answer('guest-checkout', 'partial'), answer('no-surprise-cost', 'pass')]),
    ]);
    expect(html).toContain('<h2>Scorecard <small class="template">E-commerce purchase</small></h2>');
    // Own (3 + 0) / 6 = 50 %, rival (1.5 + 3) / 6 = 75 %.
    expect(rowText(html, 'Overall')).toMatch(/50 % .*75 % ▲ ahead by 25 points/);
    expect(rowText(html, 'Critical failures')).toMatch(/⚠ 1 .*0/);
    expect(rowText(html, 'Purchase')).toMatch(/50 % .*75 % ▲ ahead by 25 points/);
    expect(rowText(html, 'Guest checkout offered')).toMatch(/Pass ▲ ahead by 50 points .*Partial/);
    expect(rowText(html, 'No surprise cost appears at payment')).toMatch(/Critical .*Fail .*Pass ▲ ahead by 100 points/);
    expect(rowText(html, 'The checkout form asks only what the order needs')).toMatch(/Not answered .*Not answered/);
  });

  it('says plainly which walk has no scorecard or another template, and escapes the titles', () => {
    const other: ScorecardTemplate = { ...ecommercePurchase.en, id: 'own-copy', title: 'My <copy>' };
    const html = report([walk('a', 'Own', ecommercePurchase.en, [answer('guest-checkout', 'pass')]), walk('b', 'Rival <b>', undefined), walk('c', 'Third', other)]);
    expect(html).toContain('“Rival &#60;b&#62;” has no scorecard');
    expect(html).toContain('“Third” was scored against another template (“My &#60;copy&#62;”): its scores are not compared.');
    expect(html).not.toContain('Rival <b>');
    expect(rowText(html, 'Overall')).toMatch(/100 % .*No scorecard .*not scored yet another template/);
  });
});
