import type { StepField, StepTarget } from '../journey/types';
import { isChoiceType, maskTypedText, namesSecret } from '../recorder/mask-rules';

/** What maskTypedText writes: character classes, then the length ("Aa9@ ×14", "×0"). */
const MASK = /^(?:(?=[Aa9_@])A?a?9?_?@? )?×\d{1,9}$/;

const sensitiveTypes = new Set(['password', 'hidden']);

/**
 * A shared field under this browser's privacy rules, whatever the file says (design.md, "Privacy rules"):
 * a file may come from a hand edit or another tool. Sensitive fields (by type, or by a name, label or
 * selector that names a secret) keep neither value nor mask; typed text keeps only its mask unless the
 * journey records typed text; choices keep their value.
 */
export function privateField(field: StepField, target: StepTarget, recordTypedText: boolean): StepField {
  const { value, mask, maskReason: _reason, masked: _masked, ...described } = field;
  const named = [field.label, field.name, target.text, ...target.selectors.flat()].join(' ');
  if (field.maskReason === 'sensitive' || sensitiveTypes.has(field.type.toLowerCase()) || namesSecret(named)) {
    return { ...described, masked: true, maskReason: 'sensitive' };
  }
  if (isChoiceType(field.type) || (recordTypedText && !field.masked)) return value === undefined ? { ...described, masked: false } : { ...described, masked: false, value };
  const kept = value !== undefined ? maskTypedText(value) : mask !== undefined && MASK.test(mask) ? mask : undefined;
  return { ...described, masked: true, maskReason: 'typed', ...(kept !== undefined && { mask: kept }) };
}
