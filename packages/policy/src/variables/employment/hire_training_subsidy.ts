import { defineVariable, vector } from '../../model-api.ts';
import { regionalValue } from '../../regions/regional-rate.ts';
import { GRADUATE_NOTICE, ITEM_25, TRAINING } from './employment-references.ts';
import { failWhere } from './fail-where.ts';

const { and, gt, not, or, where } = vector;

/**
 * The training subsidy a hire brings in its year of hire, in yuan: the provincial standard per person.
 * The standard given for the hire (`training_subsidy_standard`) wins; else the standard encoded for its
 * region (none is: no source read gives figure); an eligible hire with neither is an error, not a
 * silent 0 — the law grants the subsidy, only its amount is unknown.
 */
export const hire_training_subsidy = defineVariable({
  id: 'hire_training_subsidy',
  entity: 'graduate_hire',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '该招用的岗前培训费补贴', ko: '해당 채용의 업무 전 교육비 보조금', en: 'Training subsidy for the hire' },
  reference: [ITEM_25, GRADUATE_NOTICE],
  measures: ['gf2012-14/25.1'],
  unit: 'yuan',
  permanent: 'item (二十五) of 国发〔2012〕14号 sets no end date for the training subsidy; its standard is a provincial input of the hire',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => {
        const eligible = ctx.bool('hire_training_subsidy_eligible');
        const given = ctx.number('training_subsidy_standard');
        const regions = ctx.string('hire_region');
        const encoded = regionalValue(ctx, `${TRAINING}.standard`, '', regions);
        failWhere(
          ctx,
          and(eligible, not(or(gt(given, 0), encoded.known))),
          (row) =>
            `the training subsidy standard is set by the province and none is encoded for region '${regions.at(row)}': ` +
            'give training_subsidy_standard',
        );
        return where(eligible, where(gt(given, 0), given, encoded.value), 0);
      },
    },
  ],
});
