import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { journeyImports } from '../../lib/panel/journey-import.svelte';
import { sharedFile, storeContents } from './support/shared-files';
import { useFreshStore } from './support/rows';

useFreshStore();

beforeEach(() => {
  fakeBrowser.reset();
  journeyImports.dismiss();
});

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('the library’s imports', () => {
  it('reads files one after another, queueing those picked meanwhile, and says how each went', async () => {
    const first = journeyImports.add([file('one.json', JSON.stringify(sharedFile())), file('broken.json', '{"format":')]);
    expect(journeyImports.current).toBe('one.json');
    expect(journeyImports.waiting).toBe(1);
    // Picked while the first two are read: they wait their turn, and the same list of outcomes goes on.
    const later = journeyImports.add([file('two.json', JSON.stringify(sharedFile()))]);
    expect(journeyImports.waiting).toBe(2);
    await Promise.all([first, later]);
    expect(journeyImports.current).toBeUndefined();
    expect(journeyImports.waiting).toBe(0);
    expect(journeyImports.outcomes.map((outcome) => [outcome.fileName, Boolean(outcome.journeyId)])).toEqual([
      ['one.json', true],
      ['broken.json', false],
      ['two.json', true],
    ]);
    expect(journeyImports.outcomes[0].message).toBe('Imported “Buy a tent”: 7 steps. A JSON file carries no screenshots: import the ZIP to get them.');
    expect(journeyImports.outcomes[1].message).toMatch(/^Nothing was imported from “broken\.json”\. The file is not valid JSON/);
    expect((await storeContents()).journeys).toHaveLength(2);
  });

  it('starts a new list of outcomes for files picked once the others are done', async () => {
    await journeyImports.add([file('one.json', '[]')]);
    await journeyImports.add([file('two.json', '[]')]);
    expect(journeyImports.outcomes.map((outcome) => outcome.fileName)).toEqual(['two.json']);
  });
});
