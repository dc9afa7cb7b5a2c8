/** Classification — 工信部联企业〔2011〕300号. */
import { employees } from './employees.ts';
import { industry } from './industry.ts';
import { industry_group } from './industry_group.ts';
import { is_small_or_micro } from './is_small_or_micro.ts';
import { revenue } from './revenue.ts';
import { size_class } from './size_class.ts';
import { total_assets } from './total_assets.ts';

export const CLASSIFICATION_VARIABLES = [industry, employees, revenue, total_assets, industry_group, size_class, is_small_or_micro];
