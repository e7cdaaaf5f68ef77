import { describe, expect, it } from 'vitest';
import type { Step, StepTiming } from '../../lib/journey/types';
import { stepFigures, timingsNotMeasured } from '../../lib/platform/unmeasured-timings';
import { click as clickRow, navigation } from './support/rows';

const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

const pageLoad = (timing: StepTiming): Step => ({ ...navigation('s1'), seq: 1, timing }) as Step;
const route = { ...navigation('s2'), seq: 2, navigation: 'route', timing: { routeSettled: 200 } } as Step;
const click = { ...clickRow('s3'), seq: 3 };

describe('figures not measured in Firefox', () => {
  it('says a page loaded in Firefox has no layout stability figure, and nothing else is missing', () => {
    expect(timingsNotMeasured(pageLoad({ ttfb: 100, domContentLoaded: 400, load: 900, lcp: 700, transferSize: 5000 }), firefox)).toEqual(['cls']);
  });

  it('says nothing of a page loaded in Chrome, even without the figure', () => {
    expect(timingsNotMeasured(pageLoad({ ttfb: 100, load: 900 }), chrome)).toEqual([]);
  });

  it('says nothing when the walk does not say which browser recorded it (an imported flow)', () => {
    expect(timingsNotMeasured(pageLoad({ load: 900 }), undefined)).toEqual([]);
  });

  it('keeps a figure the step has (an imported step may carry one)', () => {
    expect(timingsNotMeasured(pageLoad({ load: 900, cls: 0.02 }), firefox)).toEqual([]);
  });

  it('says nothing of app routes and clicks, which have no layout stability figure in Chrome either', () => {
    expect(timingsNotMeasured(route, firefox)).toEqual([]);
    expect(timingsNotMeasured(click, firefox)).toEqual([]);
  });
});

describe("a step's figures, measured and not", () => {
  const loaded = { ttfb: 100, domContentLoaded: 400, load: 900, lcp: 700, transferSize: 5000 };

  it('lists layout stability where Chrome lists it, before the file size, when Firefox did not measure it', () => {
    expect(stepFigures(pageLoad(loaded), firefox).map(({ key }) => key)).toEqual(['ttfb', 'domContentLoaded', 'lcp', 'load', 'cls', 'transferSize']);
    expect(stepFigures(pageLoad({ ...loaded, cls: 0.02 }), chrome).map(({ key }) => key)).toEqual(['ttfb', 'domContentLoaded', 'lcp', 'load', 'cls', 'transferSize']);
  });

  it('gives the measured figures their value and the unmeasured one none', () => {
    expect(stepFigures(pageLoad({ load: 900, transferSize: 5000 }), firefox)).toEqual([{ key: 'load', value: 900 }, { key: 'cls' }, { key: 'transferSize', value: 5000 }]);
  });

  it('lists only what was measured in Chrome, and nothing for a click', () => {
    expect(stepFigures(pageLoad({ load: 900 }), chrome)).toEqual([{ key: 'load', value: 900 }]);
    expect(stepFigures(click, firefox)).toEqual([]);
  });
});
