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

/** Adds an enterprise and its years in one transaction; an officer only inside their region. */
export async function createEnterprise(
  store: Store,
  scope: DataScope,
  actor: string,
  body: EnterpriseBody,
): Promise<Record<string, unknown>> {
  const { enterprise, years } = readEnterpriseBody(body);
  if (!('all' in scope) && !('regionPrefix' in scope && (enterprise.regionCode ?? '').startsWith(scope.regionPrefix))) {
    const message = {
      'zh-CN': OUTSIDE['zh-CN'].replace('{region}', String(enterprise.regionCode)),
      ko: OUTSIDE.ko.replace('{region}', String(enterprise.regionCode)),
      en: OUTSIDE.en.replace('{region}', String(enterprise.regionCode)),
    };
    throw new AppError('XW_ERR_FORBIDDEN', {}, [{ path: '/region_code', field: 'region_code', message }]);
  }
  const id = await store.transaction(async (tx) => {
    const created = await tx.enterprises.create(enterprise as EnterpriseInput, { actor });
    for (const y of years) await tx.enterprises.upsertYear(created.id, y, { actor, scope });
    return created.id;
  });
  return detailJson(await store.enterprises.get(id, { scope }));
}
