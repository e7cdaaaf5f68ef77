import { t } from '../i18n';
import { StoreError } from './errors';
import type { StoredTemplate } from './schema';
import { finish, withStore, writeStore } from './transaction';

/** The tester's own scorecard templates (issue 18). Each write is one transaction, announced once it commits. */

const announced = () => [{ kind: 'scorecard-templates' } as const];

/** The tester's own templates, oldest first. */
export function listOwnTemplates(): Promise<StoredTemplate[]> {
  return withStore('storeActionReadTemplates', async (db) => (await db.getAll('scorecardTemplates')).sort((a, b) => a.createdAt - b.createdAt));
}

/** Stores a template, replacing the one with the same id (an undone delete puts it back as it was). */
export function putOwnTemplate(template: StoredTemplate): Promise<void> {
  return writeStore('storeActionSaveTemplate', (db) => db.put('scorecardTemplates', template).then(() => undefined), announced);
}

/**
 * Changes a template in one transaction: what `edit` returns replaces what is stored. Refused in words when the
 * template was deleted meanwhile (in another panel, say). `edit` must not await anything; what it throws (a
 * refused edit) reaches the caller as it is, not as a store failure.
 */
export async function changeOwnTemplate(id: string, edit: (template: StoredTemplate) => StoredTemplate): Promise<StoredTemplate> {
  let refused: { error: unknown } | undefined;
  const write = writeStore(
    'storeActionSaveTemplate',
    (db) => {
      const tx = db.transaction('scorecardTemplates', 'readwrite');
      return finish(tx, async () => {
        const stored = await tx.store.get(id);
        if (!stored) throw new StoreError(t('scorecardTemplatesGone'), { code: 'missing' });
        let changed: StoredTemplate;
        try {
          changed = edit(stored);
        } catch (error) {
          refused = { error };
          throw error;
        }
        await tx.store.put(changed);
        return changed;
      });
    },
    announced,
  );
  try {
    return await write;
  } catch (error) {
    throw refused ? refused.error : error;
  }
}

/** Deletes a template; resolves with it (for undo), or undefined when it was already gone. */
export function deleteOwnTemplate(id: string): Promise<StoredTemplate | undefined> {
  return writeStore(
    'storeActionDeleteTemplate',
    (db) => {
      const tx = db.transaction('scorecardTemplates', 'readwrite');
      return finish(tx, async () => {
        const stored = await tx.store.get(id);
        if (stored) await tx.store.delete(id);
        return stored;
      });
    },
    (deleted) => (deleted ? announced() : []),
  );
}
