import type { RecorderEvent } from '../contract/recorder-events';
import type { NavigationTransition } from '../journey/types';

/**
 * Puts how this document was reached (the background heard it commit: lib/recording/transitions.ts) on its
 * page-load step, the one step of the document that is a load. Route changes carry their own.
 */
export function withTransition(transition: NavigationTransition | undefined): (event: RecorderEvent) => RecorderEvent {
  return (event) =>
    transition && event.type === 'step' && event.step.kind === 'navigation' && event.step.navigation === 'load' ? { ...event, step: { ...event.step, transition } } : event;
}
