import { defineEntity } from '@xiaowei/engine';

/** An enterprise (or an individual business classified like one, 300号 art. 6). */
export const enterprise = defineEntity({
  key: 'enterprise',
  plural: 'enterprises',
  label: { 'zh-CN': '企业', ko: '기업', en: 'Enterprise' },
});

export const ENTITIES = [enterprise];
