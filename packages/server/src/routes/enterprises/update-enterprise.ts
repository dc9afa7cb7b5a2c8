import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { checkInScope } from './create-enterprise.ts';
import { type EnterpriseBody, readEnterpriseBody } from './enterprise-input.ts';
import { detailJson } from './enterprise-json.ts';

/** Changes the fields given and replaces the years given, in one transaction, within `scope`. */
export async function updateEnterprise(
  store: Store,
  scope: DataScope,
  actor: string,
  id: string,
  body: EnterpriseBody,
): Promise<Record<string, unknown>> {
  const { enterprise, years } = readEnterpriseBody(body);
  const { id: _ignored, ...patch } = enterprise;
  // An officer may not move an enterprise out of their region (the store checks it is in it now).
  if (patch.regionCode !== undefined) checkInScope(scope, patch.regionCode);
  await store.transaction(async (tx) => {
    if (Object.keys(patch).length > 0 || body.version !== undefined) {
      await tx.enterprises.update(id, patch, { actor, scope, ...(body.version !== undefined ? { expectedVersion: body.version } : {}) });
    } else {
      // Nothing to change on the enterprise itself: still check it exists within the scope.
      await tx.enterprises.get(id, { scope });
    }
    for (const y of years) await tx.enterprises.upsertYear(id, y, { actor, scope });
  });
  return detailJson(await store.enterprises.get(id, { scope }));
}
