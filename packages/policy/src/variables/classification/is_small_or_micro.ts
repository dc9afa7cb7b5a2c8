import { defineVariable, SIZE_CLASSES, SIZE_STANDARD, vector } from '../../model-api.ts';

/** Small or micro under the 2011 standard: the gate to the measures of Guofa [2012] No. 14. */
export const is_small_or_micro = defineVariable({
  id: 'is_small_or_micro',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '是否小型微型企业', ko: '소형·영세기업 여부', en: 'Small or micro enterprise' },
  reference: [{ ...SIZE_STANDARD, article: '第四条' }],
  permanent: 'it follows size_class: 工信部联企业〔2011〕300号 is the size standard in force, with no end date',
  formulas: [
    {
      from: '2011-06-18',
      // 300号 took effect on issue (2011-06-18); the year 2011 is classified on its figures (ADR 0004).
      fromInsidePeriod: true,
      formula: (ctx) => vector.isIn(ctx.enum('size_class'), [SIZE_CLASSES.indexOf('small'), SIZE_CLASSES.indexOf('micro')]),
    },
  ],
});
