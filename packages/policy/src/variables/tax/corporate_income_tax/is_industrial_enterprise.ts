import { defineVariable, EIT_REGULATIONS, vector } from '../../../model-api.ts';
import { industrialCode } from '../../classification/industry-code.ts';

/**
 * 工业企业 of the small low-profit test (EIT Regulations art. 92 (一)): mining, manufacturing, and
 * electricity, heat, gas and water (GB/T 4754 sections B, C, D). Read from the industry code itself, not
 * from the size standard's group: art. 92 applies to every industry, finance and education included, while
 * 工信部联企业〔2011〕300号 covers only its listed groups. No tax document defining 工业企业 more closely was
 * found; the statistical meaning of 工业 is used. From 2019 财税〔2019〕13号 sets one limit for every
 * industry, so the distinction has no rule to answer for.
 */
export const is_industrial_enterprise = defineVariable({
  id: 'is_industrial_enterprise',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '是否工业企业', ko: '공업 기업 여부', en: 'Industrial enterprise' },
  reference: [{ ...EIT_REGULATIONS, article: '第九十二条（一）' }],
  formulas: [
    {
      from: '2008-01-01',
      formula: (ctx) =>
        vector.encode(ctx.string('industry'), industrialCode, (row, code) => ctx.fail(row, `industry '${code}' cannot be read`)),
    },
    {
      from: '2019-01-01',
      formula: null,
      note: '财税〔2019〕13号 sets one small low-profit limit for every industry: industrial and other enterprises are no longer told apart',
      reference: [{ document: '财税〔2019〕13号', article: '第二条' }],
    },
  ],
});
