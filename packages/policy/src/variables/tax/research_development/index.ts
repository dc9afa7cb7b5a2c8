/** R&D super-deduction (EIT Regulations art. 95 and its successors to 公告2023年第7号) — item 13.1. */
import { is_manufacturing_enterprise } from './is_manufacturing_enterprise.ts';
import { is_technology_based_sme } from './is_technology_based_sme.ts';
import { rd_additional_deduction } from './rd_additional_deduction.ts';
import { rd_additional_rate } from './rd_additional_rate.ts';
import { rd_expensed_costs } from './rd_expensed_costs.ts';
import { rd_intangible_amortisation } from './rd_intangible_amortisation.ts';

export const RESEARCH_DEVELOPMENT_VARIABLES = [
  rd_expensed_costs,
  rd_intangible_amortisation,
  is_technology_based_sme,
  is_manufacturing_enterprise,
  rd_additional_rate,
  rd_additional_deduction,
];
