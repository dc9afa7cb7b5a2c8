/** R&D super-deduction (EIT Regulations art. 95) — item 13.1. */
import { rd_additional_deduction } from './rd_additional_deduction.ts';
import { rd_expensed_costs } from './rd_expensed_costs.ts';
import { rd_intangible_amortisation } from './rd_intangible_amortisation.ts';

export const RESEARCH_DEVELOPMENT_VARIABLES = [rd_expensed_costs, rd_intangible_amortisation, rd_additional_deduction];
