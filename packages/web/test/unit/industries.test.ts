import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PARAMETERS_DIR, INDUSTRY_GROUPS as POLICY_GROUPS, readIndustry } from '@xiaowei/policy';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  apiIndustryCode,
  INDUSTRY_CLASSES,
  INDUSTRY_CODES,
  INDUSTRY_DIVISIONS,
  INDUSTRY_SECTIONS,
  searchIndustries,
} from '../../src/data/industries.ts';
import { INDUSTRY_GROUPS } from '../../src/data/industry-groups.ts';

const locale = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../src/locales/${lang}/industry.json`, import.meta.url), 'utf8')) as {
    group: Record<string, string>;
  };

describe('GB/T 4754-2011 table', () => {
  it('has the 20 sections A–T and the 96 divisions 01–96, each named in zh-CN, ko and en', () => {
    expect(INDUSTRY_SECTIONS.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    expect(INDUSTRY_DIVISIONS.map((d) => d.code)).toEqual(Array.from({ length: 96 }, (_, i) => String(i + 1).padStart(2, '0')));
    for (const c of INDUSTRY_CODES) {
      for (const name of Object.values(c.names)) expect(name.trim(), c.code).not.toBe('');
      expect(new Set(Object.values(c.names)).size, `${c.code}: the three names must not be copies`).toBeGreaterThan(1);
    }
    expect(INDUSTRY_CLASSES.map((c) => c.code)).toEqual(['7010', '7020', '7030', '7040', '7090']);
    expect(INDUSTRY_CODES).toHaveLength(20 + 96 + 5);
  });

  it('puts each division in the section the policy reads it in, and maps it to the same size-standard group', () => {
    for (const c of INDUSTRY_CODES) {
      const reading = readIndustry(apiIndustryCode(c));
      if (reading.ok) {
        expect(c.group, `${apiIndustryCode(c)} maps to ${reading.group}`).toBe(reading.group);
        if (c.level !== 'section') expect(reading.section).toBe(c.section);
      } else {
        // Outside the standard (finance, railway, education, health, public administration, international
        // organisations, own real estate) or spanning several groups: the table has no group either.
        expect(c.group, `${apiIndustryCode(c)}: ${reading.problem.message.en}`).toBeNull();
      }
    }
  });

  it("the 16 size-standard groups are the policy's, named as in the parameters of the size standard", () => {
    expect([...INDUSTRY_GROUPS]).toEqual([...POLICY_GROUPS]);
    const names = { 'zh-CN': locale('zh-CN'), ko: locale('ko'), en: locale('en') };
    for (const g of INDUSTRY_GROUPS) {
      const yaml = parse(readFileSync(join(PARAMETERS_DIR, 'classification/size_standard', `${g}.yaml`), 'utf8')) as {
        label: Record<string, string>;
      };
      for (const lang of ['zh-CN', 'ko', 'en'] as const) expect(names[lang].group[g], `${lang} ${g}`).toBe(yaml.label[lang]);
    }
  });

  it('finds codes by code and by name in any language', () => {
    expect(searchIndustries('33')[0].code).toBe('33');
    expect(searchIndustries('C3311')[0].code).toBe('33');
    expect(searchIndustries('c33')[0].code).toBe('33');
    expect(searchIndustries('k7010')[0].code).toBe('7010');
    expect(searchIndustries('7020')[0].code).toBe('7020');
    expect(searchIndustries('F').map((c) => c.code)).toEqual(['F', '51', '52']);
    expect(searchIndustries('제조').map((c) => c.code)).toContain('C');
    expect(searchIndustries('零售').map((c) => c.code)).toContain('52');
    expect(searchIndustries('software').map((c) => c.code)).toContain('65');
    expect(searchIndustries('物业管理').map((c) => c.code)).toEqual(['7020']);
    expect(searchIndustries('')).toEqual([]);
    expect(searchIndustries('C52')).toEqual([]);
  });
});
