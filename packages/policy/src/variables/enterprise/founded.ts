import { defineVariable } from '../../model-api.ts';

/** Date the enterprise was founded (registered). Counts its months of operation in a year. */
export const founded = defineVariable({
  id: 'founded',
  entity: 'enterprise',
  valueType: 'date',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '成立日期', ko: '설립일', en: 'Founded' },
  reference: [
    {
      document: '国家税务总局公告2015年第61号',
      article: '第三条',
      title: '国家税务总局关于贯彻落实进一步扩大小型微利企业减半征收企业所得税范围有关问题的公告',
    },
  ],
  default: '1900-01-01',
});
