import type { IDBPTransaction, StoreNames } from 'idb';
import { announce, type StoreChange } from '../messaging/changes';
import { t } from '../i18n';
import { StoreError, toStoreError, type StoreAction } from './errors';
import { openJourneyDb, type JourneyDb } from './open';
import { diskNearlyFull } from './room';
import type { TrailnoteDB } from './schema';

/**
 * Runs work against the journey store and turns whatever IndexedDB throws into a StoreError.
 * `action` says what it was doing, for the message.
 */
export async function withStore<T>(action: StoreAction, work: (db: JourneyDb) => Promise<T>): Promise<T> {
  try {
    return await work(await openJourneyDb());
  } catch (error) {
    throw toStoreError(error, action);
  }
}

/**
 * A write, unless the disk is (nearly) full, then the notice every open page listens to (lib/messaging/changes.ts), sent by the store once the
 * write has committed: no writer can forget one, and none is sent for a write that failed. `changes` says
 * what changed, from what the write returned (nothing, when it found nothing to change).
 */
export async function writeStore<T>(action: StoreAction, work: (db: JourneyDb) => Promise<T>, changes: (result: T) => readonly StoreChange[]): Promise<T> {
  // Refused as the browser refuses a write over its quota, before it can reach the disk's last byte (lib/db/room.ts).
  if (await diskNearlyFull()) throw new StoreError(t('errorStoreFull', t(action)), { code: 'quota' });
  const result = await withStore(action, work);
  for (const change of changes(result)) announce(change);
  return result;
}

/**
 * Finishes a transaction: resolves with work's result once the transaction has committed. If work throws,
 * the transaction is aborted, so nothing it wrote is kept. Work must only await requests of this
 * transaction (idb README: awaiting anything else lets the transaction auto-commit midway).
 */
export async function finish<T, Names extends ArrayLike<StoreNames<TrailnoteDB>>>(
  tx: IDBPTransaction<TrailnoteDB, Names, 'readwrite' | 'readonly'>,
  work: () => Promise<T>,
): Promise<T> {
  const result = work().catch((error: unknown) => {
    try {
      tx.abort();
    } catch {
      // The transaction already ended (a failed request aborts it): tx.done reports that.
    }
    throw error;
  });
  // Wait for both. A failed request's error event bubbles to the transaction before its promise settles,
  // so tx.done rejects first with a bare AbortError; work's error (QuotaExceededError, say) is the one
  // that explains what happened.
  const [outcome, done] = await Promise.allSettled([result, tx.done]);
  if (outcome.status === 'rejected') throw outcome.reason;
  if (done.status === 'rejected') throw done.reason;
  return outcome.value;
}
