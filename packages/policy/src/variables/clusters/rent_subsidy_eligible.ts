import { defineVariable, SIZE_STANDARD, vector } from '../../model-api.ts';
import { ITEM_26 } from './clusters-references.ts';

/**
 * Item 26.1: a small or micro enterprise (300号) outside the restricted industries (item 17), within three
 * years of its founding, renting business premises or shops. The further conditions ("符合条件的") are
 * local and not encoded.
 */
export const rent_subsidy_eligible = defineVariable({
  id: 'rent_subsidy_eligible',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '可获租金补贴', ko: '임대료 보조금 대상', en: 'Eligible for the rent subsidy' },
  reference: [ITEM_26, { ...SIZE_STANDARD, article: '第四条' }],
  measures: ['gf2012-14/26.1'],
  permanent: 'item (二十六) of 国发〔2012〕14号 has no end date; the subsidy proportion and conditions are local inputs',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) =>
        vector.and(
          ctx.bool('is_small_or_micro'),
          ctx.bool('is_unrestricted_industry'),
          ctx.bool('rents_premises'),
          ctx.bool('founded_within_rent_subsidy_years'),
        ),
    },
  ],
});
