import { describe, expect, it } from 'vitest';
import { oneResult } from '../../src/api/one-result.ts';
import type { ClassifyAnswer } from '../../src/api/types.ts';

const version = { period: '2015', policy_version: 'v', parameter_hash: 'h' };
const enterprise: NonNullable<ClassifyAnswer['result']> = {
  id: null,
  industry: 'retail',
  industry_group: 'retail',
  size_class: 'micro',
  is_small_or_micro: true,
  explanation: { text: '', deciding_tier: 'small', checks: [] },
};

describe('the answer to one record', () => {
  it('keeps the result and the rule version', () => {
    const answer: ClassifyAnswer = { ...version, result: enterprise };
    expect(oneResult(answer)).toEqual({ ...version, result: enterprise });
  });

  it('refuses an answer without its result (a batch answer, `results`)', () => {
    const batch: ClassifyAnswer = { ...version, results: [enterprise] };
    expect(() => oneResult(batch)).toThrow('without its result');
  });
});
