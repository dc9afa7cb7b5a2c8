import type { Labels } from '@xiaowei/engine';

/** Messages of simulation runs, in every language. */
export const SIMULATION_MESSAGES = {
  not_computable: {
    'zh-CN': '无法计算 {variable}：{detail}',
    ko: '{variable}을(를) 계산할 수 없습니다: {detail}',
    en: '{variable} cannot be computed: {detail}',
  },
  cancelled: { 'zh-CN': '测算已取消', ko: '시뮬레이션이 취소되었습니다', en: 'The simulation was cancelled' },
  worker_failed: {
    'zh-CN': '测算线程出错：{detail}',
    ko: '시뮬레이션 스레드 오류: {detail}',
    en: 'A simulation thread failed: {detail}',
  },
} as const satisfies Record<string, Labels>;
