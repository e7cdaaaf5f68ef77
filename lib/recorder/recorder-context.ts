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
}
