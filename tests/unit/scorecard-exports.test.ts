/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { JourneyBundle } from '../../lib/db';
import { exportFormatsFor } from '../../lib/export/exports';
import { htmlReport } from '../../lib/export/html-report';
import { journeyMarkdown } from '../../lib/export/markdown';
import { scorecardCsv } from '../../lib/export/scorecard-csv';
import { scorecardReport } from '../../lib/export/scorecard-report';
import { PICTURES, SCORECARD, exportBundle } from './support/export-bundle';
import { speakFrench } from './support/french-browser';

/**
 * The walk's scorecard in the CSV, the Markdown and the HTML report (issue 18), from the fixture walk's hostile
 * scorecard (support/export-bundle.ts, SCORECARD): the scores, the critical failures apart, each criterion's
 * answer, comment and evidence, and every tester- and page-supplied string made harmless.
 */

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
});

const unscored = (): JourneyBundle => {
  const bundle = exportBundle();
  delete bundle.journey.scorecard;
  return bundle;
};

const texts = (nodes: Iterable<Element>) => [...nodes].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());

describe('what every export shows of a scorecard', () => {
  const report = scorecardReport(exportBundle().journey, exportBundle().steps)!;

  it('names a stage as the walk does, else as the template does', () => {
    expect(report.stages.map((stage) => stage.name)).toEqual(['Awareness', 'Purchase', 'After-sale [care](javascript:alert(1))']);
    const renamed = exportBundle();
    renamed.journey.stages = renamed.journey.stages.map((stage) => (stage.id === 'purchase' ? { ...stage, name: 'Checkout' } : stage));
    expect(scorecardReport(renamed.journey, renamed.steps)!.stages[1].name).toBe('Checkout');
  });

  it('scores per stage and overall, and lists the critical Fail apart', () => {
    expect(report.overall.share).toBeCloseTo(0.55);
    expect(report.stages.map((stage) => stage.score.share && Math.round(stage.score.share * 100))).toEqual([83, 20, 100]);
    expect(report.criticalFailures.map(({ line, stageName }) => [line.criterion.id, stageName])).toEqual([['delivery-cost', 'Purchase']]);
  });

  it('links the evidence to its step, and to none when the step was deleted since', () => {
    const lines = report.stages.flatMap((stage) => stage.lines);
    expect(lines.map((line) => line.evidence?.seq)).toEqual([1, undefined, 3, undefined, undefined, 10, undefined]);
    expect(lines.find((line) => line.criterion.id === 'guest')?.answer?.answer).toBe('partial');
  });

  it('is none for a walk nobody scored', () => {
    expect(scorecardReport(unscored().journey, [])).toBeUndefined();
  });
});

describe('scorecard.csv', () => {
  const csv = scorecardCsv(exportBundle())!;
  const rows = csv.slice(1).split(/\r\n(?="|$)/);

  it('is UTF-8 with a BOM and CRLF rows: a header, each stage’s criteria then its score, and the overall score last', () => {
    expect(csv.startsWith('\uFEFF"Stage","Criterion","Weight","Critical","Answer","Comment","Evidence step","Score (%)"\r\n')).toBe(true);
    // Header, 7 criteria, 3 stage scores, overall, and the empty string after the last CRLF.
    expect(rows).toHaveLength(13);
    expect(rows[3]).toBe('"Awareness","Stage score","","","2 of 2 answered","","","83"');
    expect(rows[7]).toBe('"Purchase","Stage score","","","3 of 3 answered","","","20"');
    expect(rows[11]).toBe('"Overall","Tent shop <audit> ""2026""","","Critical failures: 1","6 of 7 answered","","","55"');
  });

  it('gives each criterion its weight, critical mark, answer, comment, evidence step number and what the answer is worth', () => {
    expect(rows[1]).toBe(`"Awareness","Home page says what is sold","1","","Pass","'=HYPERLINK(""http://evil.example"")","1","100"`);
    expect(rows[4]).toBe(`"Purchase","Delivery cost shown before the *cart*","3","Yes","Fail","'-A €4.90 fee | <script>alert(1)</script>\nat the *last* step","3","0"`);
    // A deleted step is no evidence; Not applicable and unanswered criteria are worth nothing either way.
    expect(rows[5]).toBe(`"Purchase","'=Guest checkout offered","2","Yes","Partial","","","50"`);
    expect(rows[6]).toBe('"Purchase","Payment page under 3 s","1","","Not applicable","","",""');
    expect(rows[9]).toBe('"After-sale [care](javascript:alert(1))","Returns explained","1","","","","",""');
  });

  it('writes a rating so that a spreadsheet cannot read it as a date', () => {
    expect(rows[2]).toContain('"4 out of 5"');
    expect(csv).not.toContain('4/5');
  });

  it('is in French in a French browser', () => {
    speakFrench();
    const inFrench = scorecardCsv(exportBundle())!;
    expect(inFrench).toContain('"Phase","Critère","Poids","Critique","Réponse","Commentaire","Étape de preuve","Score (%)"');
    expect(inFrench).toContain('"4 sur 5"');
    expect(inFrench).toContain('"Non conforme"');
  });

  it('is none for a walk nobody scored, and so is its button', () => {
    expect(scorecardCsv(unscored())).toBeUndefined();
    expect(exportFormatsFor(unscored()).map((format) => format.label)).not.toContain('exportScorecardCsv');
    expect(exportFormatsFor(exportBundle()).map((format) => format.label)).toEqual([
      'exportZip',
      'exportHtml',
      'exportJson',
      'exportCsv',
      'exportScorecardCsv',
      'exportMarkdown',
      'exportRecorder',
    ]);
  });
});

describe('the Markdown’s scorecard', () => {
  const markdown = journeyMarkdown(exportBundle());
  const section = markdown.slice(markdown.indexOf('## Scorecard'));

  it('gives the overall score in the summary and a section at the end', () => {
    expect(markdown).toContain('- **Scorecard:** 55 % — Tent shop \\<audit\\> "2026"\n');
    expect(section.startsWith('## Scorecard: Tent shop \\<audit\\> "2026"\n\n**Overall: 55 %** · 6 of 7 answered\n')).toBe(true);
  });

  it('lists the critical failures apart, then each stage with its score and criteria', () => {
    const critical = section.slice(section.indexOf('### Critical failures'), section.indexOf('### Awareness'));
    expect(critical).toContain('- **Fail** — Delivery cost shown before the \\*cart\\* · Purchase · weight 3 · **Critical** · Step 3\n');
    expect(section).toContain('### Awareness — 83 %');
    expect(section).toContain('### Purchase — 20 %');
    expect(section).toContain('- **4/5** — \\<img src\\=x\\> search \\| works · weight 2\n');
    expect(section).toContain('- _Not answered_ — Returns explained · weight 1');
  });

  it('quotes comments under their criterion, escaped, and lets no page or tester text become a link or markup', () => {
    expect(section).toContain('  > \\-A €4\\.90 fee \\| \\<script\\>alert\\(1\\)\\</script\\>  \n  > at the \\*last\\* step');
    expect(section).toContain('### After\\-sale \\[care\\]\\(javascript:alert\\(1\\)\\) — 100 %');
    expect(section).not.toMatch(/(?<!\\)[<[]/);
  });

  it('says when nothing critical failed, and leaves the section out for a walk nobody scored', () => {
    const bundle = exportBundle();
    bundle.journey.scorecard!.answers = bundle.journey.scorecard!.answers.filter((answer) => answer.criterionId !== 'delivery-cost');
    expect(journeyMarkdown(bundle)).toContain('### Critical failures\n\n_No critical failure_\n');
    expect(journeyMarkdown(unscored())).not.toContain('Scorecard');
  });
});

describe('the HTML report’s scorecard', () => {
  const page = (bundle = exportBundle()) => new DOMParser().parseFromString(htmlReport(bundle, PICTURES, { generatedAt: 0, timeZone: 'UTC' }), 'text/html');
  const report = page();
  const section = report.querySelector('section.scorecard')!;

  it('has a Scorecard heading, the overall score as a percentage and each stage’s, linked from the summary', () => {
    expect(section.querySelector('h2')?.textContent).toBe('Scorecard');
    expect([...section.querySelectorAll('.scores > div')].map((figure) => [figure.querySelector('dt')?.textContent, figure.querySelector('dd')?.textContent])).toEqual([
      ['Overall', '55 %'],
      ['Awareness', '83 %'],
      ['Purchase', '20 %'],
      ['After-sale [care](javascript:alert(1))', '100 %'],
    ]);
    const fact = [...report.querySelectorAll('header .figures div')].find((div) => div.querySelector('dt')?.textContent === 'Scorecard');
    expect(fact?.querySelector('a')?.getAttribute('href')).toBe('#scorecard-title');
    expect(fact?.textContent).toContain('55 %');
  });

  it('lists the critical failures apart', () => {
    const failures = section.querySelectorAll('.critical li');
    expect(texts(failures)).toEqual(['Delivery cost shown before the *cart* Critical weight 3 Purchase Fail Step 3 -A €4.90 fee | <script>alert(1)</script> at the *last* step']);
  });

  it('shows each criterion with its answer, comment and evidence thumbnail, linked to the step on the map', () => {
    const rows = [...section.querySelectorAll('table.criteria tbody tr')];
    expect(rows).toHaveLength(7);
    expect(texts(rows[0].querySelectorAll('td'))).toEqual(['Home page says what is sold weight 1', 'Pass', '=HYPERLINK("http://evil.example")', 'Step 1']);
    const evidence = rows[0].querySelector('a.evidence')!;
    expect(evidence.getAttribute('href')).toBe('#step-1');
    expect(report.getElementById('step-1')).not.toBeNull();
    expect(evidence.querySelector('img')?.getAttribute('src')).toBe(PICTURES.thumbnails.get('s1'));
    expect(evidence.querySelector('img')?.getAttribute('alt')).toMatch(/^Screenshot of step 1: /);
    // A step without a picture is still linked by its number; a deleted step is no evidence.
    expect(rows[2].querySelector('a.evidence')?.getAttribute('href')).toBe('#step-3');
    expect(rows[2].querySelector('a.evidence img')).toBeNull();
    expect(rows[3].querySelector('a.evidence')).toBeNull();
    expect(rows[6].textContent).toContain('Not answered');
  });

  it('escapes every string from the template, the tester and the page', () => {
    // What was written is what a browser shows as text, and no element came of it.
    expect(section.querySelector('.lede')?.textContent).toContain(SCORECARD.template.title);
    expect(texts(section.querySelectorAll('td b'))).toContain('<img src=x> search | works');
    expect(section.querySelectorAll('script, img:not([src^="data:"])')).toHaveLength(0);
    expect(htmlReport(exportBundle(), PICTURES)).not.toMatch(/<img src=x|<script|<audit>/);
  });

  it('is left out for a walk nobody scored', () => {
    const plain = page(unscored());
    expect(plain.querySelector('section.scorecard')).toBeNull();
    expect(plain.querySelector('a[href="#scorecard-title"]')).toBeNull();
  });
});
