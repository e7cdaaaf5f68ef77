import * as v from 'valibot';
import { t, uiLanguage, type MessageKey } from '../i18n';
import { ImportError } from './import-error';

/** valibot's name for what it expected, as the tester reads it. */
const EXPECTED: Partial<Record<string, MessageKey>> = {
  string: 'importExpectedText',
  number: 'importExpectedNumber',
  boolean: 'importExpectedBoolean',
  object: 'importExpectedObject',
  array: 'importExpectedList',
};

/** What valibot saw, short: a hostile value is quoted in the message, never in full. */
const seen = (issue: v.BaseIssue<unknown>): string => (issue.received.length > 60 ? `${issue.received.slice(0, 60)}…` : issue.received);

/** What is wrong with one value, in words. */
function reason(issue: v.BaseIssue<unknown>): string {
  if (issue.received === 'undefined') return t('importReasonMissing');
  switch (issue.type) {
    case 'max_length':
      return t(Array.isArray(issue.input) ? 'importReasonTooMany' : 'importReasonTooLong', Number(issue.requirement).toLocaleString(uiLanguage()));
    case 'min_length':
    case 'non_empty':
      return t('importReasonEmpty');
    case 'variant':
      // A value that is no object at all, where one of several kinds of object goes.
      if (issue.expected === 'Object') return t('importReasonType', t('importExpectedObject'));
      return t('importReasonOneOf', (issue.expected ?? '').replace(/^\((.*)\)$/, '$1'));
    case 'literal':
    case 'picklist':
      return t('importReasonOneOf', (issue.expected ?? '').replace(/^\((.*)\)$/, '$1'));
    case 'finite':
    case 'integer':
    case 'min_value':
    case 'max_value':
    case 'regex':
      return t('importReasonInvalid', seen(issue));
  }
  const expected = EXPECTED[issue.type];
  return expected ? t('importReasonType', t(expected)) : t('importReasonInvalid', seen(issue));
}

/**
 * The data, checked against the schema and typed by it, or an ImportError naming the first wrong value:
 * where it is ("steps.12.title") and what is wrong with it. `refusal` says what kind of file was refused.
 */
export function validated<Schema extends v.GenericSchema>(
  schema: Schema,
  data: unknown,
  within: ReadonlyArray<string | number> = [],
  refusal: Extract<MessageKey, 'importInvalid' | 'scorecardFileInvalid'> = 'importInvalid',
): v.InferOutput<Schema> {
  const result = v.safeParse(schema, data, { abortEarly: true });
  if (result.success) return result.output;
  const [issue] = result.issues;
  const path = [...within, ...(issue.path ?? []).map((item) => (typeof item.key === 'string' || typeof item.key === 'number' ? item.key : '?'))];
  throw new ImportError(refusal, placeOf(path), reason(issue));
}

/** Lists whose items the tester knows by their number: "steps", 12 reads "step 13"; "steps" alone, "the steps". */
const NUMBERED: Record<string, MessageKey> = {
  steps: 'importPlaceStep',
  annotations: 'importPlaceNote',
  stages: 'importPlaceStage',
  groups: 'scorecardFilePlaceGroup',
  criteria: 'scorecardFilePlaceCriterion',
  answers: 'importPlaceAnswer',
};
const LISTS: Record<string, MessageKey> = {
  steps: 'importPlaceSteps',
  annotations: 'importPlaceNotes',
  stages: 'importPlaceStages',
  groups: 'scorecardFilePlaceGroups',
  criteria: 'scorecardFilePlaceCriteria',
  answers: 'importPlaceAnswers',
};

/** Where a wrong value is, as the tester reads it: "step 13 › target › selectors › 2". */
function placeOf(path: ReadonlyArray<string | number>): string {
  const words: string[] = [];
  path.forEach((key, index) => {
    const next = path[index + 1];
    if (typeof key === 'string' && typeof next === 'number' && NUMBERED[key]) return; // said with its number
    const list = path[index - 1];
    if (typeof key === 'number') words.push(typeof list === 'string' && NUMBERED[list] ? t(NUMBERED[list], key + 1) : String(key + 1));
    else words.push(LISTS[key] ? t(LISTS[key]) : key);
  });
  return words.join(' › ') || t('importPlaceFile');
}
