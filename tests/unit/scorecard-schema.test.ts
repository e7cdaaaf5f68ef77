import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import schema from '../../docs/scorecard.schema.json';
import { scorecardFileText } from '../../lib/export/scorecard-file';
import { BUILT_IN_TEMPLATES } from '../../lib/scorecard/built-in';
import { closed } from './support/closed-schema';

/** docs/scorecard.schema.json against what Trailnote writes; a closed copy checks that it writes no field the schema does not describe. */

const ajv = () => new Ajv2020({ strict: true, allErrors: true });

const validate = ajv().compile(schema);
const validateClosed = ajv().compile(closed(schema) as object);

describe('the scorecard template JSON Schema', () => {
  it('accepts every built-in as Trailnote exports it, and describes every field written', () => {
    for (const { en, fr } of BUILT_IN_TEMPLATES) {
      for (const template of [en, fr]) {
        const file: unknown = JSON.parse(scorecardFileText(template));
        expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
        expect(validateClosed(file), JSON.stringify(validateClosed.errors)).toBe(true);
      }
    }
  });

  it('refuses what the import refuses: a weight out of range, a missing text, another format', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- loose on purpose: the test breaks the file
    const file = (): any => JSON.parse(scorecardFileText(BUILT_IN_TEMPLATES[0].en));
    const heavy = file();
    heavy.template.groups[0].criteria[0].weight = 4;
    expect(validate(heavy)).toBe(false);
    const mute = file();
    delete mute.template.groups[0].criteria[0].text;
    expect(validate(mute)).toBe(false);
    expect(validate({ ...file(), format: 'trailnote.journey' })).toBe(false);
  });
});
