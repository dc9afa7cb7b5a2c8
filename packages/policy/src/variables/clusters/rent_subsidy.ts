import { dayNumber } from '@xiaowei/engine';
import { defineVariable, vector } from '../../model-api.ts';
import { exactRate, regionalValue } from '../../regions/regional-rate.ts';
import { ITEM_26, RENT_SUBSIDY } from './clusters-references.ts';

const { and, gt, lte, max, mul, mulRatio, toNum, where } = vector;

/**
 * Item 26.1: the rent subsidy for the year, in yuan — the year's rent for the months within three years
 * of founding, times the local proportion. The rent is taken as spread evenly over the months the
 * enterprise existed in the year (from its founding month), as 公告2015年第61号 prorates income by months
 * of operation: rent × proportion × subsidised months / months operated, one exact fraction rounded once.
 * The proportion given wins over an encoded one; when neither exists the amount is 0 and
 * `rent_subsidy_rate_known` is false.
 */
export const rent_subsidy = defineVariable({
  id: 'rent_subsidy',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '租金补贴', ko: '임대료 보조금', en: 'Rent subsidy' },
  reference: [ITEM_26],
  measures: ['gf2012-14/26.1'],
  unit: 'yuan',
  permanent: 'item (二十六) of 国发〔2012〕14号 has no end date; the subsidy proportion and conditions are local inputs',
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => {
        const given = ctx.number('rent_subsidy_proportion');
        const encoded = regionalValue(ctx, `${RENT_SUBSIDY}.proportion`, '', ctx.string('region'));
        const { num, den } = exactRate(where(gt(given, 0), given, where(encoded.known, encoded.value, 0)));
        const founded = ctx.date('founded');
        const operated = ctx.period
          .split('month')
          .map((month) => toNum(lte(founded, dayNumber(month.stop))))
          .reduce((a, b) => vector.add(a, b));
        const amount = mulRatio(ctx.number('premises_rent'), mul(num, ctx.number('rent_subsidy_months')), mul(den, max(operated, 1)));
        return where(and(ctx.bool('rent_subsidy_eligible'), ctx.bool('rent_subsidy_rate_known')), amount, 0);
      },
    },
  ],
});
