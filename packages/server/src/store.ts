import type { Store } from '@xiaowei/store';

/** The store the service uses (`@xiaowei/store`); null when the service runs without a database. */
export type ServiceStore = Store;

/** Resolves when the database answers a query. */
export async function pingStore(store: Store): Promise<void> {
  await store.regions.get('110000');
}
