import { relayPageErrors } from '../lib/recorder/page-error-relay';

/**
 * The page-error relay (lib/recorder/page-error-relay.ts), in the page's own world. Registered at runtime: the
 * background injects it beside the recorder, into the recorded tab only, only while recording.
 */
export default defineContentScript({
  registration: 'runtime',
  world: 'MAIN',
  allFrames: true,
  main() {
    relayPageErrors(window);
  },
});
