/** Enterprise income tax and the small low-profit preferences — item 02.2. */
import { corporate_income_tax } from './corporate_income_tax.ts';
import { corporate_income_tax_relief } from './corporate_income_tax_relief.ts';
import { is_industrial_enterprise } from './is_industrial_enterprise.ts';
import { is_small_low_profit } from './is_small_low_profit.ts';
import { taxable_income } from './taxable_income.ts';

export const CORPORATE_INCOME_TAX_VARIABLES = [
  taxable_income,
  is_industrial_enterprise,
  is_small_low_profit,
  corporate_income_tax,
  corporate_income_tax_relief,
];
