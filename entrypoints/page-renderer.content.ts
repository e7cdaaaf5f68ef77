import { answerRenderRequests } from '../lib/capture/render-page';

/**
 * html2canvas, the screenshot fallback: ~200 kB, so it is not part of the recorder injected into every
 * page. The background injects this into the top frame only when captureVisibleTab cannot be used.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    answerRenderRequests();
  },
});
