import type { FieldRules, StepField } from '../journey/types';
import { isChoiceType, maskTypedText, namesSensitive, plainOption } from '../privacy/field-rules';

/** What maskTypedText writes: character classes, then the length ("Aa9@ ×14", "×0"). */
export const MASK = /^(?:(?=[Aa9_@])A?a?9?_?@? )?×\d{1,9}$/;

const sensitiveTypes = new Set(['password', 'hidden']);

/**
 * A shared field under this browser's privacy rules, whatever the file says (docs/architecture.md, Privacy):
 * a file may come from a hand edit or another tool. The rules are the recorder's, so that a walk exported
 * and imported back is the same walk: sensitive fields (by type, or by a name or label the recorder's word
 * rules match) keep neither value nor mask; typed text keeps only its mask unless the journey records typed
 * text; choices keep their value. A masked menu keeps neither its chosen option nor a first option that could be the
 * tester's own (field-rules.ts, plainOption).
 */
export function privateField(field: StepField, recordTypedText: boolean): StepField {
  const { value, mask, optionValue, rules, maskReason: _reason, masked: _masked, ...base } = field;
  const keptRules = rules && privateRules(rules);
  const described = keptRules ? { ...base, rules: keptRules } : base;
  if (field.maskReason === 'sensitive' || sensitiveTypes.has(field.type.trim().toLowerCase()) || namesSensitive(`${field.label} ${field.name}`)) {
    return { ...described, masked: true, maskReason: 'sensitive' };
  }
  if (isChoiceType(field.type) || (recordTypedText && !field.masked)) {
    return { ...described, masked: false, ...(value !== undefined && { value }), ...(optionValue !== undefined && { optionValue }) };
  }
  const kept = value !== undefined ? maskTypedText(value) : mask !== undefined && MASK.test(mask) ? mask : undefined;
  return { ...described, masked: true, maskReason: 'typed', ...(kept !== undefined && { mask: kept }) };
}

/** The page's rules of a field, without a menu option that could be the tester's own. */
function privateRules({ option, ...rules }: FieldRules): FieldRules | undefined {
  const kept = option !== undefined && plainOption(option) ? { ...rules, option } : rules;
  return Object.keys(kept).length > 0 ? kept : undefined;
}
