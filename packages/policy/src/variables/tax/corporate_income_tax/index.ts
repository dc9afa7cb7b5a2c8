/** Enterprise income tax and the small low-profit preferences — item 02.2. */
import type { Entitlement } from '../../../entitlements/entitlement.ts';
import { corporate_income_tax } from './corporate_income_tax.ts';
import { corporate_income_tax_relief } from './corporate_income_tax_relief.ts';
import { is_industrial_enterprise } from './is_industrial_enterprise.ts';
import { is_small_low_profit } from './is_small_low_profit.ts';
import { small_low_profit_assets_within_limit } from './small_low_profit_assets_within_limit.ts';
import { small_low_profit_employees_limit } from './small_low_profit_employees_limit.ts';
import { small_low_profit_employees_within_limit } from './small_low_profit_employees_within_limit.ts';
import { small_low_profit_income_within_limit } from './small_low_profit_income_within_limit.ts';
import { small_low_profit_total_assets_limit } from './small_low_profit_total_assets_limit.ts';
import { taxable_income } from './taxable_income.ts';

export const CORPORATE_INCOME_TAX_VARIABLES = [
  taxable_income,
  is_industrial_enterprise,
  small_low_profit_employees_limit,
  small_low_profit_total_assets_limit,
  small_low_profit_income_within_limit,
  small_low_profit_employees_within_limit,
  small_low_profit_assets_within_limit,
  is_small_low_profit,
  corporate_income_tax,
  corporate_income_tax_relief,
];

const P = 'tax.corporate_income_tax.small_low_profit';

export const CORPORATE_INCOME_TAX_ENTITLEMENTS: Entitlement[] = [
  {
    // The small low-profit test is the tax law's own (art. 92), not the 300号 size test.
    measure: 'gf2012-14/02.2',
    entity: 'enterprise',
    eligible: 'is_small_low_profit',
    value: 'corporate_income_tax_relief',
    conditions: [
      {
        variable: 'is_unrestricted_industry',
        label: { 'zh-CN': '不属于限制或禁止行业', ko: '제한·금지 업종이 아닐 것', en: 'not in a restricted or prohibited industry' },
      },
      {
        variable: 'small_low_profit_income_within_limit',
        label: { 'zh-CN': '年度应纳税所得额不超过上限', ko: '연간 과세소득이 상한 이내', en: 'annual taxable income within the limit' },
        threshold: { quantity: 'taxable_income', op: '<=', bound: { parameter: `${P}.taxable_income_limit` } },
      },
      {
        variable: 'small_low_profit_employees_within_limit',
        label: { 'zh-CN': '从业人数不超过上限', ko: '종업원 수가 상한 이내', en: 'employees within the limit' },
        threshold: { quantity: 'employees', op: '<=', bound: { variable: 'small_low_profit_employees_limit' } },
      },
      {
        variable: 'small_low_profit_assets_within_limit',
        label: { 'zh-CN': '资产总额不超过上限', ko: '자산총액이 상한 이내', en: 'total assets within the limit' },
        threshold: { quantity: 'total_assets', op: '<=', bound: { variable: 'small_low_profit_total_assets_limit' } },
      },
    ],
  },
];
