import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFiles, xiaowei } from './helpers/xiaowei.ts';

describe('xiaowei test', () => {
  it('prints each failure and the summary line, and exits 1 when a case fails', () => {
    const dir = tempFiles({
      'cases.yaml': [
        '- name: 2015 income of 250,000 is halved for October to December only',
        '  period: 2015',
        '  input: { industry: C, employees: 10, total_assets: 1000000, taxable_income: 250000 }',
        '  output: { corporate_income_tax: 43750 }',
        '- name: industry with 300 employees and 20,000,000 yuan is small (wrong on purpose)',
        '  period: 2013',
        '  input: { industry: C, employees: 300, revenue: 20000000 }',
        '  output: { size_class: small }',
      ].join('\n'),
    });
    const file = join(dir, 'cases.yaml');
    const r = xiaowei(['test', file, '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`FAIL ${file}: industry with 300 employees and 20,000,000 yuan is small (wrong on purpose)`);
    expect(r.stdout).toContain('size_class<2013>: expected "small", got "medium"');
    expect(r.stdout).not.toContain('halved for October');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 1 failed');
  });

  it("runs the policy's legislation tests by default", () => {
    // The policy's cases change while the law is being encoded: check the contract, not today's count.
    const r = xiaowei(['test']);
    const summary = /^(\d+) passed, (\d+) failed$/.exec(r.stdout.trimEnd().split('\n').at(-1) ?? '');
    expect(summary, r.stderr).not.toBeNull();
    expect(Number(summary?.[1])).toBeGreaterThan(0);
    expect(r.status).toBe(summary?.[2] === '0' ? 0 : 1);
  });
});
