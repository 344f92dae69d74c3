/**
 * The device's IndexedDB database for outreach logged offline, with promises over the raw API: the
 * lock (salt and check value), the sealed choices the form needs, and the sealed entries waiting.
 * Nothing in it is readable without the worker's PIN except how many entries are waiting.
 */

const databaseName = "pathways-outreach-offline";
export type StoreName = "lock" | "pack" | "entries";
const storeNames: readonly StoreName[] = ["lock", "pack", "entries"];

function request<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });
}

let opened: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const opening = indexedDB.open(databaseName, 1);
    opening.onupgradeneeded = () => {
      for (const name of storeNames) if (!opening.result.objectStoreNames.contains(name)) opening.result.createObjectStore(name);
    };
    opening.onsuccess = () => {
      // Another tab deleting the database (signing out) must not be blocked by this one.
      opening.result.onversionchange = () => {
        opening.result.close();
        opened = null;
      };
      resolve(opening.result);
    };
    opening.onerror = () => {
      opened = null;
      reject(opening.error ?? new Error("IndexedDB could not be opened"));
    };
  });
  return opened;
}

async function inStore<T>(name: StoreName, mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  return request(run(db.transaction(name, mode).objectStore(name)));
}

export const readRecord = <T>(name: StoreName, key: string): Promise<T | undefined> => inStore(name, "readonly", (store) => store.get(key) as IDBRequest<T | undefined>);
export const writeRecord = async (name: StoreName, key: string, value: unknown): Promise<void> => {
  await inStore(name, "readwrite", (store) => store.put(value, key));
};
export const deleteRecord = async (name: StoreName, key: string): Promise<void> => {
  await inStore(name, "readwrite", (store) => store.delete(key));
};
export const allRecords = async <T>(name: StoreName): Promise<{ key: string; value: T }[]> => {
  const [keys, values] = await Promise.all([inStore(name, "readonly", (store) => store.getAllKeys()), inStore(name, "readonly", (store) => store.getAll() as IDBRequest<T[]>)]);
  return keys.map((key, index) => ({ key: key as string, value: values[index]! }));
};
export const countRecords = (name: StoreName): Promise<number> => inStore(name, "readonly", (store) => store.count());

/** Deletes the whole database: everything this device kept for offline outreach. */
export async function deleteOfflineDatabase(): Promise<void> {
  const wasOpened = opened;
  opened = null;
  if (wasOpened) {
    try {
      (await wasOpened).close();
    } catch {
      // It never opened, so there is nothing to close.
    }
  }
  await new Promise<void>((resolve, reject) => {
    const deleting = indexedDB.deleteDatabase(databaseName);
    deleting.onsuccess = () => resolve();
    deleting.onerror = () => reject(deleting.error ?? new Error("IndexedDB could not be deleted"));
    // Another tab still holding it closes on "versionchange"; deletion then completes.
    deleting.onblocked = () => undefined;
  });
}
