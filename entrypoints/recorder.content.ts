import { runPageRecorder } from '../lib/recorder/page-recorder';

/**
 * The page recorder. `registration: 'runtime'` keeps it out of the manifest: the background injects it
 * into the recorded tab only, only while recording (docs/architecture.md). Trailnote runs no code on other pages.
 */
export default defineContentScript({
  registration: 'runtime',
  allFrames: true,
  main() {
    runPageRecorder();
  },
});
