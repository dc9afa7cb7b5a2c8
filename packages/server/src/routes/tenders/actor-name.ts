import type { Labels, Lang } from '@xiaowei/engine';
import { SYSTEM_ACTOR } from '@xiaowei/store';

/** The service itself (the demo seed, migrations) as people read it, instead of its internal id `system`. */
const SYSTEM_NAME: Labels = { 'zh-CN': '系统（演示数据）', ko: '시스템(데모 데이터)', en: 'system (demo data)' };

/** Who evaluated or published: the user's display name, the service in words for the system actor. */
export function actorName(id: string | null, name: string | null, lang: Lang): string | null {
  if (id === SYSTEM_ACTOR) return SYSTEM_NAME[lang];
  return name;
}
