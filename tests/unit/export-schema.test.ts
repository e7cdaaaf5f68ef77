import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import schema from '../../docs/journey.schema.json';
import scorecardSchema from '../../docs/scorecard.schema.json';
import { asJson, journeyFile } from '../../lib/export/journey-file';
import { closed } from './support/closed-schema';
import { EXPORTED_AT, exportBundle } from './support/export-bundle';

/**
 * docs/journey.schema.json against what the exporter really writes. The schema stays open (a reader must
 * ignore fields added within version 1), so a second, closed copy of it checks that the exporter writes no
 * field the schema does not describe.
 */

/** Strict mode: an unknown keyword, a keyword without its type, or a required field it does not define is an error. */
const ajv = () => new Ajv2020({ strict: true, allErrors: true });

const validate = ajv().compile(schema);

const validateClosed = ajv().compile(closed(schema) as object);

/** The fixture walk's share file, as a reader gets it: parsed from the exported text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loose on purpose: the tests break files in ways no type allows
type Json = Record<string, any>;
const exported = (): Json => JSON.parse(asJson(journeyFile(exportBundle(), EXPORTED_AT)));

const problems = (errors: ErrorObject[] | null | undefined) => (errors ?? []).map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params }));

describe('the JSON Schema against real exports', () => {
  it('accepts the fixture walk’s share file', () => {
    const valid = validate(exported());
    expect(problems(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('describes every field the exporter writes', () => {
    const valid = validateClosed(exported());
    expect(problems(validateClosed.errors)).toEqual([]); // an additionalProperty here: describe it in docs/journey.schema.json
    expect(valid).toBe(true);
  });

  it('describes the mark of a walk without times (imported from a Chrome Recorder flow)', () => {
    const bundle = exportBundle();
    const file: Json = JSON.parse(asJson(journeyFile({ ...bundle, journey: { ...bundle.journey, untimed: true } }, EXPORTED_AT)));
    expect(file.journey.untimed).toBe(true);
    expect(validateClosed(file)).toBe(true);
    file.journey.untimed = 'yes';
    expect(validate(file)).toBe(false);
  });

  it("describes a masked menu's option, the one its replay chooses", () => {
    const bundle = exportBundle();
    const steps = bundle.steps.map((step) =>
      step.kind === 'input' && step.field.maskReason === 'sensitive'
        ? { ...step, field: { ...step.field, type: 'select-one', rules: { autocomplete: 'cc-type', option: 'visa' } } }
        : step,
    );
    const file: Json = JSON.parse(asJson(journeyFile({ ...bundle, steps }, EXPORTED_AT)));
    expect(JSON.stringify(file)).toContain('"option":"visa"');
    expect(problems(validateClosed(file) ? [] : validateClosed.errors)).toEqual([]);
  });

  it.each<[string, (file: Json) => void, Partial<ErrorObject>]>([
    ['a field it does not describe', (file) => (file.steps[1].point.z = 1), { instancePath: '/steps/1/point', params: { unevaluatedProperty: 'z' } }],
    ['a field of another kind of step', (file) => (file.steps[1].field = file.steps[3].field), { instancePath: '/steps/1', params: { unevaluatedProperty: 'field' } }],
  ])('would notice %s', (_name, addIt, expected) => {
    const file = exported();
    addIt(file);
    expect(validateClosed(file)).toBe(false);
    // toContain: a field refused inside a kind's branch fails that branch, which leaves its other fields unevaluated too.
    expect(problems(validateClosed.errors)).toContainEqual(expect.objectContaining({ keyword: 'unevaluatedProperties', ...expected }));
  });

  it('tolerates fields added within version 1', () => {
    const file = exported();
    file.generator = 'Trailnote 1.4';
    file.journey.tags = ['checkout'];
    file.steps[0].timing.inp = 80;
    file.annotations[0].by = 'tester';
    expect(validate(file)).toBe(true);
  });

  it.each<[string, (file: Json) => void, Partial<ErrorObject>]>([
    ['a wrong version', (file) => (file.version = 2), { instancePath: '/version', keyword: 'const' }],
    ['another format', (file) => (file.format = 'rrweb'), { instancePath: '/format', keyword: 'const' }],
    ['no stages', (file) => delete file.journey.stages, { instancePath: '/journey', keyword: 'required', params: { missingProperty: 'stages' } }],
    ['an empty stage list', (file) => (file.journey.stages = []), { instancePath: '/journey/stages', keyword: 'minItems' }],
    ['a step of an unknown kind', (file) => (file.steps[1].kind = 'hover'), { instancePath: '/steps/1/kind', keyword: 'enum' }],
    ['an emotion out of range', (file) => (file.annotations[0].emotion = 3), { instancePath: '/annotations/0/emotion', keyword: 'enum' }],
    ['an emotion without its score', (file) => delete file.annotations[0].emotion, { instancePath: '/annotations/0', keyword: 'required', params: { missingProperty: 'emotion' } }],
    ['a note without its text', (file) => delete file.annotations[1].text, { instancePath: '/annotations/1', keyword: 'required', params: { missingProperty: 'text' } }],
    ['an input step without its field', (file) => delete file.steps[3].field, { instancePath: '/steps/3', keyword: 'required', params: { missingProperty: 'field' } }],
    ['a click without its target', (file) => delete file.steps[1].target, { instancePath: '/steps/1', keyword: 'required', params: { missingProperty: 'target' } }],
    ['a page without load or route', (file) => delete file.steps[0].navigation, { instancePath: '/steps/0', keyword: 'required', params: { missingProperty: 'navigation' } }],
    ['no exportedAt', (file) => delete file.exportedAt, { instancePath: '', keyword: 'required', params: { missingProperty: 'exportedAt' } }],
    [
      'an environment without its viewport',
      (file) => delete file.journey.environment.viewport,
      { instancePath: '/journey/environment', keyword: 'required', params: { missingProperty: 'viewport' } },
    ],
    ['a problem without its code', (file) => delete file.steps[9].problem.code, { instancePath: '/steps/9/problem', keyword: 'required', params: { missingProperty: 'code' } }],
    ['a step numbered 0', (file) => (file.steps[0].seq = 0), { instancePath: '/steps/0/seq', keyword: 'minimum' }],
    ['a time as text', (file) => (file.steps[0].at = '2026-03-14T09:30:01Z'), { instancePath: '/steps/0/at', keyword: 'type' }],
    ['a screenshot outside screenshots/', (file) => (file.steps[0].screenshot = '../shot1.jpg'), { instancePath: '/steps/0/screenshot', keyword: 'pattern' }],
    ['a scorecard answer of 6', (file) => (file.scorecard.answers[1].answer = 6), { instancePath: '/scorecard/answers/1/answer', keyword: 'enum' }],
    ['a scorecard answer without its criterion', (file) => delete file.scorecard.answers[0].criterionId, { instancePath: '/scorecard/answers/0', keyword: 'required' }],
    [
      'a scorecard criterion weighing 4',
      (file) => (file.scorecard.template.groups[0].criteria[0].weight = 4),
      { instancePath: '/scorecard/template/groups/0/criteria/0/weight', keyword: 'enum' },
    ],
  ])('refuses %s', (_name, breakIt, expected) => {
    const file = exported();
    breakIt(file);
    expect(validate(file)).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining(expected));
  });
});

/** A schema node without its descriptions (the journey's may say more), its $defs references by their last word. */
function shape(node: unknown, rename: (name: string) => string): unknown {
  if (Array.isArray(node)) return node.map((item) => shape(item, rename));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'description')
      .map(([key, value]) => [key, key === '$ref' ? rename(String(value).replace('#/$defs/', '')) : shape(value, rename)]),
  );
}

describe('the scorecard in the JSON Schema', () => {
  it('describes the template as docs/scorecard.schema.json does, so that the two cannot drift apart', () => {
    const journeyDefs: Record<string, unknown> = schema.$defs;
    const scorecardDefs: Record<string, unknown> = scorecardSchema.$defs;
    const prefixed = (name: string) => `scorecard${name[0].toUpperCase()}${name.slice(1)}`;
    for (const name of ['id', 'template', 'group', 'criterion']) {
      expect(
        shape(journeyDefs[prefixed(name)], (ref) => ref),
        name,
      ).toEqual(shape(scorecardDefs[name], prefixed));
    }
  });
});
