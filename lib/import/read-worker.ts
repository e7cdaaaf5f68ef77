import { answerFor, type ReadRequest } from './read-answer';

/**
 * The import worker: reads, checks and saves one shared file (unzipping, JSON parsing, validation, thumbnails
 * the file lacks, the store's transaction) away from the panel's thread (lib/import/off-thread.ts). The
 * journey store is the extension's IndexedDB, the same here as in the panel, and it announces the new
 * journey on its change channel as it does for any write.
 */
addEventListener('message', (event: MessageEvent<ReadRequest>) => {
  void answerFor(event.data).then((answer) => postMessage(answer));
});
