import type { EnterpriseInput, Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { AppError } from '../../errors/app-error.ts';
import { type EnterpriseBody, readEnterpriseBody } from './enterprise-input.ts';
import { detailJson } from './enterprise-json.ts';

const OUTSIDE = {
  'zh-CN': '地区 {region} 不在您的管辖范围内',
  ko: '지역 {region}은(는) 관할 범위 밖입니다',
  en: 'region {region} is outside your area',
} as const;

/** XW_ERR_FORBIDDEN unless `regionCode` lies in the scope's region (creating, or moving an enterprise). */
export function checkInScope(scope: DataScope, regionCode: string | undefined): void {
  if ('all' in scope || ('regionPrefix' in scope && (regionCode ?? '').startsWith(scope.regionPrefix))) return;
  const message = {
    'zh-CN': OUTSIDE['zh-CN'].replace('{region}', String(regionCode)),
    ko: OUTSIDE.ko.replace('{region}', String(regionCode)),
    en: OUTSIDE.en.replace('{region}', String(regionCode)),
  };
  throw new AppError('XW_ERR_FORBIDDEN', {}, [{ path: '/region_code', field: 'region_code', message }]);
}

/** Adds an enterprise and its years in one transaction; an officer only inside their region. */
export async function createEnterprise(
  store: Store,
  scope: DataScope,
  actor: string,
  body: EnterpriseBody,
): Promise<Record<string, unknown>> {
  const { enterprise, years } = readEnterpriseBody(body);
  checkInScope(scope, enterprise.regionCode);
  const id = await store.transaction(async (tx) => {
    const created = await tx.enterprises.create(enterprise as EnterpriseInput, { actor });
    for (const y of years) await tx.enterprises.upsertYear(created.id, y, { actor, scope });
    return created.id;
  });
  return detailJson(await store.enterprises.get(id, { scope }));
}
