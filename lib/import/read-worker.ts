import { answerFor, type ReadRequest } from './read-answer';

/**
 * The import worker: reads and checks one shared file (unzipping, JSON parsing, validation, thumbnails the
 * file lacks) away from the panel's thread, and answers with the store rows, which the panel saves
 * (lib/import/off-thread.ts). Blobs in the answer are handed over, not copied.
 */
addEventListener('message', (event: MessageEvent<ReadRequest>) => {
  void answerFor(event.data).then((answer) => postMessage(answer));
});
