import { openDB, type IDBPDatabase } from 'idb';
import { t } from '../i18n';
import { StoreError, toStoreError } from './errors';
import { DB_VERSION, upgradeJourneyDb } from './migrations';
import type { TrailnoteDB } from './schema';

export { DB_VERSION };
export const DB_NAME = 'trailnote';

export type JourneyDb = IDBPDatabase<TrailnoteDB>;

/** One connection per database name, shared by every caller of this realm (worker, page). */
const connections = new Map<string, Promise<JourneyDb>>();

function forget(name: string, connection: Promise<JourneyDb>): void {
  if (connections.get(name) === connection) connections.delete(name);
}

/**
 * Opens (or returns the open) journey store, upgrading it to DB_VERSION. Refuses a database written by a
 * newer Trailnote instead of touching it.
 */
export function openJourneyDb(name: string = DB_NAME): Promise<JourneyDb> {
  const cached = connections.get(name);
  if (cached) return cached;
  const connection = connect(name, () => forget(name, connection));
  connections.set(name, connection);
  // A failed open is not kept, so the next call tries again; the caller of this one gets the error.
  connection.catch(() => forget(name, connection));
  return connection;
}

async function connect(name: string, onGone: () => void): Promise<JourneyDb> {
  try {
    const db: JourneyDb = await openDB<TrailnoteDB>(name, DB_VERSION, {
      upgrade(database, oldVersion, _newVersion, tx) {
        upgradeJourneyDb(database, oldVersion, tx);
      },
      // Another page of the extension (a newer version after an update, or a deleteDB) needs the
      // database: let it go, and open afresh on the next call instead of blocking it.
      blocking() {
        db.close();
        onGone();
      },
      // The browser closed the connection (storage cleared, disk error): the next call reopens.
      terminated() {
        onGone();
      },
    });
    return db;
  } catch (error) {
    if (error instanceof Error && error.name === 'VersionError') {
      throw new StoreError(t('errorStoreNewer'), {
        code: 'downgrade',
        cause: error,
      });
    }
    throw toStoreError(error, 'storeActionOpen');
  }
}

/** Closes and forgets the cached connection, e.g. before deleting the database or between tests. */
export async function closeJourneyDb(name: string = DB_NAME): Promise<void> {
  const connection = connections.get(name);
  if (!connection) return;
  connections.delete(name);
  // A connection that failed to open has nothing to close; its caller was told why.
  const db = await connection.catch(() => undefined);
  db?.close();
}
