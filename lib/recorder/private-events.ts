import { fieldsLearntFrom, withFields, type AddressRules } from '../privacy/address-rules';
import { privateStep } from '../privacy/private-walk';
import type { RecorderEvent } from '../contract/recorder-events';

/**
 * The address rule applied in the page, before an event leaves it: no secret of an address reaches a
 * message or the outbox in extension storage. Starts from what the walk knows (the background's rules) and
 * learns the fields this page fills and sends, so an app that writes a submitted field into its own address
 * (`#/results?q=…`) is covered too.
 */
export function keepPrivate(walkRules: AddressRules): (event: RecorderEvent) => RecorderEvent {
  let rules = walkRules;
  return (event) => {
    if (event.type !== 'step') return event;
    rules = withFields(rules, fieldsLearntFrom(event.step));
    return { ...event, step: privateStep(event.step, rules) };
  };
}
