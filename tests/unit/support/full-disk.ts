import { vi } from 'vitest';

/**
 * Makes the next writes fail the way a full disk does: the request errors with QuotaExceededError and
 * the transaction aborts. This reaches into fake-indexeddb's request queue (`_execRequestAsync`), which is
 * the only way to fail a request asynchronously, as browsers do. `vi.restoreAllMocks()` frees the disk.
 */
export function fillTheDisk(): void {
  for (const method of ['put', 'add'] as const) {
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore) {
      const tx = this.transaction as IDBTransaction & { _execRequestAsync(request: { operation: () => never; source: unknown }): IDBRequest };
      return tx._execRequestAsync({
        operation: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
        source: this,
      });
    });
  }
}
