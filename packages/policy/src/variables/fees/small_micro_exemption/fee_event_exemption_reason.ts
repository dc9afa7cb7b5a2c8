import { dayNumber } from '@xiaowei/engine';
import { defineVariable, GUOFA_2012_14, SIZE_STANDARD, vector } from '../../../model-api.ts';
import { FEE_NOTICE } from './fee-catalogue.ts';

const { and, enumIs, gt, lt, not, or, selectU8 } = vector;

/** States of the exemption on a day, as written in `fees.small_micro_exemption_window`. */
const WINDOW = ['not_yet_in_force', 'in_force', 'ended'] as const;

/** Why a fee is or is not exempt, in the order of the enum; the first is the exemption. */
export const FEE_EXEMPTION_REASONS = [
  'exempt',
  'not_yet_in_force',
  'ended',
  'not_charged_in_year',
  'not_listed',
  'no_payer',
  'payer_not_small_micro',
  'payer_restricted_industry',
] as const;

/**
 * Why the fee, asked for a year, is or is not exempt, judged on the day it was charged (ADR 0004): the
 * exemption of 财综〔2011〕104号 applies 2012-01-01 … 2014-12-31 — before, "not yet in force", after, "ended"
 * (answers, not errors); within it, the fee must be on the list of its region that day and its payer small
 * or micro that year (300号) and not excluded by item 17. A fee counts in the year it was charged only.
 */
export const fee_event_exemption_reason = defineVariable({
  id: 'fee_event_exemption_reason',
  entity: 'fee_event',
  valueType: 'enum',
  possibleValues: FEE_EXEMPTION_REASONS,
  definitionPeriod: 'year',
  label: { 'zh-CN': '收费是否免征的理由', ko: '수수료 면제 여부의 사유', en: 'Why the fee is or is not exempt' },
  valueLabels: {
    exempt: {
      'zh-CN': '{date}收取：小型微型企业免征（财综〔2011〕104号）',
      ko: '{date} 징수: 소형·영세기업 면제(재종〔2011〕104호)',
      en: 'charged {date}: exempt for a small or micro enterprise (财综〔2011〕104号)',
    },
    not_yet_in_force: {
      'zh-CN': '{date}收取：免征在该日尚未施行（自2012年1月1日起）',
      ko: '{date} 징수: 해당 일자에는 면제가 아직 시행되지 않음(2012년 1월 1일부터)',
      en: 'charged {date}: the exemption was not yet in force on that day (from 2012-01-01)',
    },
    ended: {
      'zh-CN': '{date}收取：财综〔2011〕104号的免征已于2014年12月31日结束',
      ko: '{date} 징수: 재종〔2011〕104호의 면제는 2014년 12월 31일에 종료됨',
      en: 'charged {date}: the exemption of 财综〔2011〕104号 ended on 2014-12-31',
    },
    not_charged_in_year: {
      'zh-CN': '{date}收取：不是所问年度的收费',
      ko: '{date} 징수: 조회한 연도의 수수료가 아님',
      en: 'charged {date}: not a fee of the year asked',
    },
    not_listed: {
      'zh-CN': '{date}收取：该收费不在当日适用的免征清单内',
      ko: '{date} 징수: 해당 일자의 면제 목록에 없는 수수료',
      en: 'charged {date}: the fee is on no exemption list in force that day',
    },
    no_payer: {
      'zh-CN': '{date}收取：未关联缴费企业',
      ko: '{date} 징수: 납부 기업이 연결되지 않음',
      en: 'charged {date}: no payer is linked',
    },
    payer_not_small_micro: {
      'zh-CN': '{date}收取：缴费企业不是小型或微型企业（工信部联企业〔2011〕300号）',
      ko: '{date} 징수: 납부 기업이 소형 또는 영세기업이 아님(공신부련기업〔2011〕300호)',
      en: 'charged {date}: the payer is not a small or micro enterprise (工信部联企业〔2011〕300号)',
    },
    payer_restricted_industry: {
      'zh-CN': '{date}收取：缴费企业属于限制或禁止行业（国发〔2012〕14号第（十七）条）',
      ko: '{date} 징수: 납부 기업이 제한·금지 업종(국발〔2012〕14호 (17))',
      en: 'charged {date}: the payer is in a restricted or prohibited industry (国发〔2012〕14号 item 17)',
    },
  },
  dateVariable: 'fee_event_date',
  reference: [FEE_NOTICE, { ...SIZE_STANDARD, article: '第四条' }, { ...GUOFA_2012_14, article: '（六）、（十七）' }],
  measures: ['gf2012-14/06.1'],
  permanent: "财综〔2011〕104号 ended on 2014-12-31: a later fee is answered 'ended', which stays the answer whatever the date",
  formulas: [
    {
      // The size standard answers for the year 2011 (ADR 0004); the notice applies from 2012-01-01.
      from: '2011-06-18',
      fromInsidePeriod: true,
      formula: (ctx) => {
        const day = ctx.date('fee_event_date');
        const window = ctx.paramNameAtDates('fees.small_micro_exemption_window', day, WINDOW);
        const payer = ctx.link('payer');
        const present = payer.present();
        return selectU8(
          [
            enumIs(window, WINDOW.indexOf('not_yet_in_force')),
            enumIs(window, WINDOW.indexOf('ended')),
            or(lt(day, dayNumber(ctx.period.start)), gt(day, dayNumber(ctx.period.stop))),
            not(ctx.bool('fee_event_on_exemption_list')),
            not(present),
            not(and(present, payer.bool('is_small_or_micro'))),
            not(payer.bool('is_unrestricted_industry')),
          ],
          [1, 2, 3, 4, 5, 6, 7],
          0,
        );
      },
    },
  ],
});
