import { defineVariable } from '../../../model-api.ts';
import { CBRC_2011_94 } from '../finance-references.ts';

/**
 * Date the loan contract was signed. It dates the rules that apply to the contract (ADR 0004): the fee
 * ban of 银监发〔2011〕94号 art. 6 here, and the stamp duty — its rate and rounding, and the exemption windows
 * of 财税〔2011〕105号 and its successors, which each notice defines by the signing date.
 */
export const signed = defineVariable({
  id: 'signed',
  entity: 'loan_contract',
  valueType: 'date',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '合同签订日期', ko: '계약 체결일', en: 'Date signed' },
  reference: [{ ...CBRC_2011_94, article: '第六条' }, { document: '财税〔2011〕105号' }],
  measures: ['gf2012-14/11.1', 'gf2012-14/11.2'],
  required: true,
});
