import { fromDayNumber } from '@xiaowei/engine';
import { defineVariable, vector } from '../../model-api.ts';
import { MISSING } from '../../regions/regional-rate.ts';
import { GRADUATE_NOTICE, ITEM_25, SOCIAL_INSURANCE } from './employment-references.ts';
import { failWhere } from './fail-where.ts';
import { windowMonths } from './subsidised-months.ts';

const { and, eq, gte, not, or, selectU8 } = vector;

/** Why a hire does or does not meet its own conditions for the subsidy, in the order of the enum. */
export const SOCIAL_INSURANCE_REASONS = [
  'qualifies',
  'ended',
  'not_graduating_year_graduate',
  'contract_too_short',
  'contributions_not_paid_in_full',
  'no_month_in_year',
] as const;

/** Hires with at least one month of their subsidy window in the year. */
function windowInYear(columns: ReturnType<typeof windowMonths>): Uint8Array {
  return columns.map((c) => c.members).reduce((a, b) => or(a, b));
}

/**
 * Why the hire does (not) meet its own conditions for the social-insurance subsidy (item 25.2) in the
 * year, judged on the hire date (ADR 0004): the policy is open to hires until 2014-12-31 (国发〔2011〕16号
 * "政策执行期限截至2014年底"; parameter `open_to_hires`) — a later hire "ended", an answer, not an error; a
 * graduate of the graduating year, a labour contract of at least 12 months, contributions paid on time and
 * in full, and part of the year in the 12 months from the month of hire. A hire before the encoded history
 * (2012-04-19) whose window would reach into the year is an error: the subsidy's start under 16号 is unknown.
 */
export const hire_social_insurance_subsidy_reason = defineVariable({
  id: 'hire_social_insurance_subsidy_reason',
  entity: 'graduate_hire',
  valueType: 'enum',
  possibleValues: SOCIAL_INSURANCE_REASONS,
  definitionPeriod: 'year',
  label: {
    'zh-CN': '该招用是否符合社会保险补贴条件的理由',
    ko: '해당 채용의 사회보험 보조금 요건 충족 여부 사유',
    en: 'Why the hire does or does not meet the social-insurance subsidy conditions',
  },
  valueLabels: {
    qualifies: {
      'zh-CN': '{date}招用：符合社会保险补贴条件',
      ko: '{date} 채용: 사회보험 보조금 요건 충족',
      en: 'hired {date}: meets the social-insurance subsidy conditions',
    },
    ended: {
      'zh-CN': '{date}招用：社会保险补贴只适用于2014年12月31日前的招用，政策已结束',
      ko: '{date} 채용: 사회보험 보조금은 2014년 12월 31일까지의 채용에만 적용되며 종료됨',
      en: 'hired {date}: the subsidy covers hires until 2014-12-31; it ended',
    },
    not_graduating_year_graduate: {
      'zh-CN': '{date}招用：不是毕业年度高校毕业生',
      ko: '{date} 채용: 졸업 연도의 대학 졸업생이 아님',
      en: 'hired {date}: not a graduate of the graduating year',
    },
    contract_too_short: {
      'zh-CN': '{date}招用：劳动合同不足1年',
      ko: '{date} 채용: 근로계약이 1년 미만',
      en: 'hired {date}: the labour contract is shorter than one year',
    },
    contributions_not_paid_in_full: {
      'zh-CN': '{date}招用：未按时足额缴纳社会保险费',
      ko: '{date} 채용: 사회보험료를 기한 내 전액 납부하지 않음',
      en: 'hired {date}: contributions not paid on time and in full',
    },
    no_month_in_year: {
      'zh-CN': '{date}招用：补贴的12个月不在所问年度内',
      ko: '{date} 채용: 보조금 12개월이 조회 연도에 속하지 않음',
      en: 'hired {date}: none of the 12 subsidised months falls in the year asked',
    },
  },
  dateVariable: 'hire_date',
  reference: [GRADUATE_NOTICE, ITEM_25],
  measures: ['gf2012-14/25.2'],
  permanent:
    "the social-insurance subsidy of item (二十五) of 国发〔2012〕14号 ran to 2014-12-31: a later hire is answered 'ended', which stays the answer whatever the date",
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => {
        const hire = ctx.date('hire_date');
        // The rules in force on the hire date decide (booleans as 1/0; MISSING before the encoded history).
        const open = ctx.paramAtDates(`${SOCIAL_INSURANCE}.open_to_hires`, hire, MISSING);
        const minContract = ctx.paramAtDates(`${SOCIAL_INSURANCE}.min_contract_months`, hire, MISSING);
        const span = ctx.paramAtDates(`${SOCIAL_INSURANCE}.months`, hire, 0);
        // 国发〔2011〕16号: "新招用毕业年度高校毕业生，签订1年以上劳动合同并按时足额缴纳社会保险费的"
        const graduate = ctx.bool('is_graduating_year_graduate');
        const contract = gte(ctx.number('contract_months'), minContract);
        const paid = ctx.bool('social_insurance_paid_in_full');
        const conditions = and(graduate, contract, paid);
        // A hire before the encoded history matters only if its window would reach into the year.
        const spanNow = ctx.param(`${SOCIAL_INSURANCE}.months`, ctx.period.stop);
        failWhere(
          ctx,
          and(conditions, eq(open, MISSING), windowInYear(windowMonths(ctx, spanNow))),
          (row) =>
            `hired on ${fromDayNumber(hire.at(row) ?? 0)}, before the social-insurance subsidy is encoded (from the date ` +
            'of Guofa [2012] No. 14; the subsidy began earlier under 国发〔2011〕16号, whose start is not encoded)',
        );
        return selectU8(
          [eq(open, 0), not(graduate), not(contract), not(paid), not(windowInYear(windowMonths(ctx, span)))],
          [1, 2, 3, 4, 5],
          0,
        );
      },
    },
  ],
});
