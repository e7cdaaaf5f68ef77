import type { Emit } from '../contract/recorder-events';
import type { ListenOptions } from './listen';

/** What every part of the recorder shares: the window it watches, where steps go, and how it listens. */
export interface RecorderContext {
  win: Window;
  emit: Emit;
  recordTypedText: boolean;
  listen: ListenOptions;
  /** performance.now() of the tester's last click: an SPA route change measures from it. */
  lastClickAt?: number;
  /**
   * The id of the click step recorded in the task now running, until that task ends: a form submit it
   * causes (its default action, or the page's click handler) is part of that click, one moment, not two.
   */
  clickInTask?: string;
  /** Called before every step this frame emits: the top frame's page step goes first (navigation-recorder.ts). */
  beforeStep?: () => void;
  /** The step this frame emitted last (a submit its click caused counts as that click): where a form error goes. */
  lastStepId?: string;
}
