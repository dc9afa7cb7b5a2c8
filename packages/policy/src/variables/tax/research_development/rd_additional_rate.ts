import { defineVariable, EIT_REGULATIONS, type FormulaContext, vector } from '../../../model-api.ts';
import { failWhere } from '../fail-where.ts';
import {
  CAISHUI_2017_34,
  CAISHUI_2018_99,
  MOF_SAT_2021_6,
  MOF_SAT_2021_13,
  MOF_SAT_2023_7,
  MOF_SAT_MOST_2022_16,
  MOF_SAT_MOST_2022_28,
} from './rd-references.ts';
import { answeredYes } from './yes-no-answer.ts';

const { or, where } = vector;
const sme = (ctx: FormulaContext) =>
  answeredYes(ctx, 'is_technology_based_sme', `the R&D share of technology-based SMEs differs in ${ctx.period.key}`);
const manufacturing = (ctx: FormulaContext) =>
  answeredYes(ctx, 'is_manufacturing_enterprise', `the R&D share of manufacturing enterprises differs in ${ctx.period.key}`);
const P = 'tax.research_development';
const all = (ctx: FormulaContext) => vector.fill(ctx.n, ctx.param(`${P}.expensed_additional_rate`));

/**
 * The additional share of the year's R&D costs (and the extra amortisation base of R&D intangibles: the
 * documents move both together, 150% → 175% → 200% of cost). Dated by the documents:
 * - 2008: 50% for all (EIT Regulations art. 95);
 * - 2017: 75% for technology-based SMEs (财税〔2017〕34号), 50% for others;
 * - 2018–2020: 75% for all (财税〔2018〕99号), extended by 公告2021年第6号;
 * - 2021: 100% for manufacturing enterprises (公告2021年第13号), 75% for others;
 * - 2022: 100% for manufacturing enterprises and technology-based SMEs (公告2022年第16号); others had 75% to
 *   September and 100% from October (公告2022年第28号), which needs the costs by quarter: not encoded;
 * - from 2023: 100% for all, a standing rule without an end date (公告2023年第7号).
 */
export const rd_additional_rate = defineVariable({
  id: 'rd_additional_rate',
  entity: 'enterprise',
  valueType: 'number',
  definitionPeriod: 'year',
  label: { 'zh-CN': '研究开发费用加计扣除比例', ko: '연구개발비 추가공제율', en: 'R&D additional deduction rate' },
  reference: [
    { ...EIT_REGULATIONS, article: '第九十五条' },
    CAISHUI_2017_34,
    CAISHUI_2018_99,
    MOF_SAT_2021_6,
    MOF_SAT_2021_13,
    MOF_SAT_MOST_2022_16,
    MOF_SAT_MOST_2022_28,
    MOF_SAT_2023_7,
  ],
  measures: ['gf2012-14/13.1'],
  unit: '/1',
  permanent: 'from 2023 the 100% of 财政部 税务总局公告2023年第7号 is a standing rule ("作为制度性安排长期实施"), with no end date',
  formulas: [
    { from: '2008-01-01', formula: all },
    {
      from: '2017-01-01',
      formula: (ctx) => where(sme(ctx), ctx.param(`${P}.technology_based_sme_rate`), all(ctx)),
    },
    { from: '2018-01-01', formula: all },
    {
      from: '2021-01-01',
      formula: (ctx) => where(manufacturing(ctx), ctx.param(`${P}.manufacturing_rate`), all(ctx)),
    },
    {
      from: '2022-01-01',
      formula: (ctx) => {
        const higher = or(manufacturing(ctx), sme(ctx));
        failWhere(
          ctx,
          vector.not(higher),
          () =>
            'in 2022 an enterprise that is neither a manufacturing enterprise nor a technology-based SME had 75% to 30 September and 100% from 1 October (财政部 税务总局 科技部公告2022年第28号): its costs by quarter are not an input, so the year is not computed',
        );
        const maker = where(manufacturing(ctx), ctx.param(`${P}.manufacturing_rate`), 0);
        return where(sme(ctx), ctx.param(`${P}.technology_based_sme_rate`), maker);
      },
    },
    { from: '2023-01-01', formula: all },
  ],
});
