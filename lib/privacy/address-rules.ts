import type { StepField } from '../journey/types';
import { isChoiceType, type FieldClass } from './field-rules';

/**
 * What the address rule knows of a walk: whether it records typed text, and the fields the tester filled
 * or submitted, by name, each with its privacy class. A form sent with GET writes its fields into the next
 * address (`?fullname=…&pw=…`): a parameter named like one of them keeps only what that field may keep.
 */
export interface AddressRules {
  recordTypedText: boolean;
  /** Field name → the strictest class a field of that name had in the walk. */
  fields: Readonly<Record<string, FieldClass>>;
}

/** A submitted form's field, as the recorder tells it: its name and class, never its value. */
export interface SubmittedField {
  name: string;
  fieldClass: FieldClass;
}

const STRICTNESS: Record<FieldClass, number> = { choice: 0, typed: 1, sensitive: 2 };

/** A field's class as its stored step tells it: never stored is sensitive, a choice keeps its value, the rest was typed. */
export function fieldClassOf(field: StepField): FieldClass {
  if (field.maskReason === 'sensitive') return 'sensitive';
  return isChoiceType(field.type) ? 'choice' : 'typed';
}

/** The class the walk gave fields of this name, if any. Own keys only: a page may name a field "constructor". */
export function fieldClassNamed(rules: AddressRules, name: string): FieldClass | undefined {
  return Object.hasOwn(rules.fields, name) ? rules.fields[name] : undefined;
}

/**
 * The rules with more fields learnt. A name seen on a password field once stays sensitive for the walk,
 * whatever shares it later. Returns the same object when nothing changed, so callers can skip a write.
 */
export function withFields(rules: AddressRules, fields: readonly SubmittedField[]): AddressRules {
  const learnt = new Map(Object.entries(rules.fields));
  let changed = false;
  for (const { name, fieldClass } of fields) {
    const known = learnt.get(name);
    if (!name || (known !== undefined && STRICTNESS[known] >= STRICTNESS[fieldClass])) continue;
    learnt.set(name, fieldClass);
    changed = true;
  }
  // fromEntries defines own properties, so a field named "__proto__" stays a field.
  return changed ? { ...rules, fields: Object.fromEntries(learnt) } : rules;
}

/** What a step teaches the rules: the field an input step filled, the fields a submit step sent. */
export function fieldsLearntFrom(step: { kind: string; field?: StepField; fields?: readonly SubmittedField[] }): readonly SubmittedField[] {
  if (step.kind === 'input' && step.field) return [{ name: step.field.name, fieldClass: fieldClassOf(step.field) }];
  return step.kind === 'submit' ? (step.fields ?? []) : [];
}

export const noFields = (recordTypedText: boolean): AddressRules => ({ recordTypedText, fields: {} });
