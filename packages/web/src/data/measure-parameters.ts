/**
 * The parameter subtrees (GET /api/v1/parameters/{path}) behind each measure of the catalogue. The
 * catalogue links measures to variables, not to parameters, so the web keeps this small table until the
 * server lists a measure's parameters itself. A measure's page shows its own and its sub-measures'.
 */
export const MEASURE_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  'gf2012-14/02.1': ['tax.vat_business_tax'],
  'gf2012-14/02.2': ['tax.corporate_income_tax'],
  'gf2012-14/02.4': ['tax.stamp_duty.loan_contract'],
  'gf2012-14/02.5': ['finance.loan_loss_provisions'],
  'gf2012-14/04.2': ['tax.donation'],
  'gf2012-14/05.1': ['procurement.set_aside'],
  'gf2012-14/05.2': ['procurement.price_deduction.small_micro', 'procurement.comprehensive_scoring'],
  'gf2012-14/05.3': ['procurement.price_deduction.consortium'],
  'gf2012-14/06.1': ['fees.small_micro_exemption'],
  'gf2012-14/07.1': ['finance.bank_lending'],
  'gf2012-14/11.1': ['finance.loan_fees'],
  'gf2012-14/13.1': ['tax.research_development'],
  'gf2012-14/25.1': ['employment.graduate_training_subsidy'],
  'gf2012-14/25.2': ['employment.graduate_social_insurance_subsidy'],
  'gf2012-14/26.1': ['clusters.rent_subsidy'],
};

/** The parameter subtrees of a measure and its sub-measures, each once. */
export function parametersOf(ids: readonly string[]): string[] {
  return [...new Set(ids.flatMap((id) => MEASURE_PARAMETERS[id] ?? []))];
}
