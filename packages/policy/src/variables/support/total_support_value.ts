import { activeEntitlements, exclusiveGroups } from '../../entitlements/active-entitlements.ts';
import type { Entitlement } from '../../entitlements/entitlement.ts';
import { defineVariable, GUOFA_2012_14, type Variable, vector } from '../../model-api.ts';

/**
 * The whole support package of an enterprise in a year, in yuan: the sum of the values of every
 * entitlement encoded for that year; where schemes cannot be combined (`excludes`), only the largest
 * of them counts (see exclusiveGroups). Built from the policy's list of entitlements.
 */
export function defineTotalSupportValue(entitlements: readonly Entitlement[], variables: readonly Variable[]): Variable {
  const byId = new Map(variables.map((v) => [v.id, v]));
  return defineVariable({
    id: 'total_support_value',
    entity: 'enterprise',
    valueType: 'money',
    definitionPeriod: 'year',
    label: { 'zh-CN': '扶持政策总价值', ko: '지원정책 총가치', en: 'Total support value' },
    description: {
      'zh-CN': '该年度企业可享受的全部扶持措施的价值合计；不得叠加的措施只计最优者',
      ko: '해당 연도에 기업이 받을 수 있는 모든 지원조치의 가치 합계. 중복 적용할 수 없는 조치는 가장 유리한 것만 계산',
      en: 'The value of every support measure the enterprise gets in the year; of schemes that cannot be combined, only the most favourable counts',
    },
    reference: [GUOFA_2012_14],
    unit: 'yuan',
    permanent: 'a sum of the entitlements whose rules are encoded for the period; each entitlement ends on its own date',
    formulas: [
      {
        from: '2012-01-01',
        formula: (ctx) => {
          let total = vector.fill(ctx.n, 0);
          for (const group of exclusiveGroups(activeEntitlements(entitlements, byId, ctx.period))) {
            const values = group.map((e) => vector.where(ctx.bool(e.eligible), ctx.number(e.value), 0));
            total = vector.add(
              total,
              values.reduce((a, b) => vector.max(a, b)),
            );
          }
          return total;
        },
      },
    ],
  });
}
