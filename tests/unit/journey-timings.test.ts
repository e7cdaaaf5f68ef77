import { describe, expect, it, vi } from 'vitest';
import { formatTiming, measuredTimings, TIMING_KEYS, timingColumn, timingExplanation, timingName, timingTooltip } from '../../lib/journey/timings';
import type { StepTiming } from '../../lib/journey/types';
import { speakFrench } from './support/french-browser';

/** A step that measured every figure there is: the type makes a new figure a compile error here until it is named. */
const everything: Required<StepTiming> = { ttfb: 120, domContentLoaded: 480, load: 2_350, lcp: 1_640, cls: 0.0123, routeSettled: 310, transferSize: 3_072 };

describe('timing names', () => {
  it('names every figure a page can measure, once, in the order a page goes through them', () => {
    expect([...TIMING_KEYS].sort()).toEqual(Object.keys(everything).sort());
    expect(TIMING_KEYS).toEqual(['ttfb', 'domContentLoaded', 'lcp', 'load', 'routeSettled', 'cls', 'transferSize']);
  });

  it('calls the figures by plain names, keeping the abbreviation the web knows', () => {
    expect(TIMING_KEYS.map(timingName)).toEqual([
      'Server response (TTFB)',
      'Page readable',
      'Main content shown (LCP)',
      'Fully loaded',
      'App page change',
      'Layout stability (CLS)',
      'Page file size',
    ]);
  });

  it('explains each figure in one line that names the technical term behind it', () => {
    for (const key of TIMING_KEYS) {
      const explanation = timingExplanation(key);
      expect(explanation, key).toMatch(/^[A-Z].{30,200}\.$/);
      expect(explanation, key).not.toContain('\n');
    }
    expect(timingExplanation('domContentLoaded')).toContain('DOMContentLoaded');
    expect(timingExplanation('load')).toContain('load event');
    expect(timingExplanation('lcp')).toContain('Largest Contentful Paint');
    expect(timingExplanation('cls')).toContain('Cumulative Layout Shift');
    expect(timingTooltip('ttfb')).toBe(`Server response (TTFB): ${timingExplanation('ttfb')}`);
  });

  it('writes each figure in its own unit', () => {
    expect(measuredTimings(everything).map(({ key, value }) => formatTiming(key, value))).toEqual(['0.1 s', '0.5 s', '1.6 s', '2.4 s', '0.3 s', '0.012', '3 kB']);
  });

  it('heads spreadsheet columns with the plain name and the unit of the raw figures', () => {
    expect(timingColumn('ttfb')).toBe('Server response (TTFB), ms');
    expect(timingColumn('cls')).toBe('Layout stability (CLS)');
    expect(timingColumn('transferSize')).toBe('Page file size, bytes');
  });

  it('lists what a step measured, keeping a zero (a page from the cache downloads 0 bytes) and skipping what it did not', () => {
    expect(measuredTimings({ load: 900, transferSize: 0, ttfb: 80 })).toEqual([
      { key: 'ttfb', value: 80 },
      { key: 'load', value: 900 },
      { key: 'transferSize', value: 0 },
    ]);
    expect(measuredTimings(undefined)).toEqual([]);
  });

  it('says it all in French, in French words', () => {
    speakFrench();
    expect(timingName('ttfb')).toBe('Réponse du serveur (TTFB)');
    expect(timingName('lcp')).toBe('Contenu principal affiché (LCP)');
    expect(timingName('cls')).toBe('Stabilité de la mise en page (CLS)');
    expect(timingColumn('transferSize')).toBe('Poids du fichier de la page, octets');
    expect(formatTiming('transferSize', 3_072)).toBe('3 ko');
    vi.restoreAllMocks();
    const english = new Map(TIMING_KEYS.map((key) => [key, [timingName(key), timingExplanation(key)]]));
    speakFrench();
    for (const key of TIMING_KEYS) {
      expect(timingName(key), key).not.toBe(english.get(key)?.[0]);
      expect(timingExplanation(key), key).not.toBe(english.get(key)?.[1]);
    }
  });
});
