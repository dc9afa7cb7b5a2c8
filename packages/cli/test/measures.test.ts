import { describe, expect, it } from 'vitest';
import { measures } from '../src/commands/measures.ts';

describe('xiaowei measures', () => {
  it('lists the 29 items as JSON with id, chapter, kind, title and variables', () => {
    const list = JSON.parse(measures({ lang: 'en', format: 'json' })) as Array<Record<string, unknown>>;
    expect(list).toHaveLength(29);
    expect(list.map((m) => m.id)).toEqual(Array.from({ length: 29 }, (_, i) => `gf2012-14/${String(i + 1).padStart(2, '0')}`));
    for (const m of list) {
      expect(typeof m.chapter).toBe('number');
      expect(typeof m.kind).toBe('string');
      expect(typeof m.title).toBe('string');
      expect(Array.isArray(m.variables)).toBe(true);
    }
    const tax = list.find((m) => m.id === 'gf2012-14/02');
    expect(tax?.variables).toContain('corporate_income_tax');
    expect(tax?.sub_measures).toHaveLength(8);
  });

  it('speaks the chosen language', () => {
    const zh = JSON.parse(measures({ lang: 'zh-CN', format: 'json' })) as Array<{ title: string }>;
    const ko = JSON.parse(measures({ lang: 'ko', format: 'json' })) as Array<{ title: string }>;
    expect(zh[1].title).toMatch(/[\u4e00-\u9fff]/);
    expect(ko[1].title).toMatch(/[\uac00-\ud7af]/);
  });

  it('filters by kind and by the date in force', () => {
    const info = JSON.parse(measures({ lang: 'en', format: 'json', kind: 'informational' })) as Array<{ kinds: string[] }>;
    expect(info.length).toBeGreaterThan(0);
    for (const m of info) expect(m.kinds).toContain('informational');
    const before = JSON.parse(measures({ lang: 'en', format: 'json', inForce: '2010-01-01' })) as unknown[];
    expect(before).toHaveLength(0);
    expect(() => measures({ lang: 'en', format: 'json', inForce: '2013-13' })).toThrow();
  });

  it('prints a table with headers in the language', () => {
    expect(measures({ lang: 'zh-CN', format: 'table' }).split('\n')[0]).toContain('措施');
  });
});
