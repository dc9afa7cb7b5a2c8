/** Every variable of the policy, by chapter. A code-health test checks that each file is listed here. */
import { employees } from './classification/employees.ts';
import { industry } from './classification/industry.ts';
import { industry_group } from './classification/industry_group.ts';
import { is_small_or_micro } from './classification/is_small_or_micro.ts';
import { revenue } from './classification/revenue.ts';
import { size_class } from './classification/size_class.ts';
import { total_assets } from './classification/total_assets.ts';
import { restricted_industry } from './eligibility/restricted_industry.ts';
import { founded } from './enterprise/founded.ts';
import { corporate_income_tax } from './tax/corporate_income_tax/corporate_income_tax.ts';
import { corporate_income_tax_relief } from './tax/corporate_income_tax/corporate_income_tax_relief.ts';
import { is_industrial_enterprise } from './tax/corporate_income_tax/is_industrial_enterprise.ts';
import { is_small_low_profit } from './tax/corporate_income_tax/is_small_low_profit.ts';
import { taxable_income } from './tax/corporate_income_tax/taxable_income.ts';

export const VARIABLES = [
  // classification — 工信部联企业〔2011〕300号
  industry,
  employees,
  revenue,
  total_assets,
  industry_group,
  size_class,
  is_small_or_micro,
  // enterprise facts
  founded,
  // eligibility — item 17
  restricted_industry,
  // tax — item 02
  taxable_income,
  is_industrial_enterprise,
  is_small_low_profit,
  corporate_income_tax,
  corporate_income_tax_relief,
];
