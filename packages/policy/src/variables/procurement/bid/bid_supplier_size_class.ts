import { defineVariable, SIZE_STANDARD, vector } from '../../../model-api.ts';
import { BID_SIZE_CLASSES } from '../deduction-reasons.ts';
import { CAIKU_2011_181, PROCUREMENT_END_NOTE, PROCUREMENT_FROM, PROCUREMENT_UNTIL } from '../procurement-references.ts';

const { enumIs, whereU8 } = vector;
const UNDECLARED = BID_SIZE_CLASSES.indexOf('undeclared');

/**
 * The supplier's size class for the bid: the declared one, or else the class the 2011 standard gives the
 * linked supplier for the period (its `size_class`), or else `undeclared`. The declaration comes first:
 * it is what 181号 asks bidders to submit. BID_SIZE_CLASSES lists the standard's classes in its order,
 * so a linked enterprise's class index is the same here.
 */
export const bid_supplier_size_class = defineVariable({
  id: 'bid_supplier_size_class',
  entity: 'bid',
  valueType: 'enum',
  possibleValues: BID_SIZE_CLASSES,
  definitionPeriod: 'year',
  label: { 'zh-CN': '供应商企业规模', ko: '공급자 기업 규모', en: 'Supplier size class' },
  reference: [
    { ...CAIKU_2011_181, article: '第二条' },
    { ...SIZE_STANDARD, article: '第四条' },
  ],
  measures: ['gf2012-14/05.2'],
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => {
        const declared = ctx.enum('bid_declared_size_class');
        const supplier = ctx.link('supplier');
        const computed = whereU8(supplier.present(), supplier.enum('size_class'), UNDECLARED);
        return whereU8(enumIs(declared, UNDECLARED), computed, declared);
      },
    },
    { from: PROCUREMENT_UNTIL, formula: null, note: PROCUREMENT_END_NOTE },
  ],
});
