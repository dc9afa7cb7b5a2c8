import { defineVariable } from '../../../model-api.ts';
import { CAIKU_2011_181 } from '../procurement-references.ts';

/** The product carries a large enterprise's registered trademark: it does not count as an SME's goods (181号 art. 2). */
export const bid_product_large_enterprise_trademark = defineVariable({
  id: 'bid_product_large_enterprise_trademark',
  entity: 'bid_product',
  valueType: 'boolean',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '使用大型企业注册商标', ko: '대기업 등록상표 사용', en: "Under a large enterprise's trademark" },
  reference: [{ ...CAIKU_2011_181, article: '第二条' }],
  measures: ['gf2012-14/05.2'],
  default: false,
});
