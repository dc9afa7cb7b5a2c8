import { defineVariable } from '../../../model-api.ts';
import { CAIKU_2011_181 } from '../procurement-references.ts';

/**
 * The tender's date (the date its rules are fixed: the day the tender documents are issued). It decides
 * which version of the procurement rules and which legal range of deduction rates apply.
 */
export const tender_date = defineVariable({
  id: 'tender_date',
  entity: 'tender',
  valueType: 'date',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '采购项目日期', ko: '조달 입찰 일자', en: 'Tender date' },
  description: {
    'zh-CN': '招标（采购）文件发布之日，据此确定适用的规则版本和价格扣除比例范围',
    ko: '입찰(구매) 문서 공고일로, 적용할 규정 버전과 가격 공제율 범위를 정한다',
    en: 'The day the tender documents are issued; it decides the rules and the deduction range that apply',
  },
  reference: [{ ...CAIKU_2011_181, article: '第五条' }],
  measures: ['gf2012-14/05.2', 'gf2012-14/05.3'],
  required: true,
});
