import { type Column, defaultCell, type Period } from '@xiaowei/engine';
import { explainSizeClass, type IndustryGroup, readIndustry, type SizeExplanation } from '@xiaowei/policy';
import { type Rules, requiredInputs } from '../evaluation/rules.ts';
import { runPlan } from '../evaluation/run-plan.ts';
import { type DecodedRecords, decodeRecords } from '../records/decode-records.ts';
import type { RecordSet } from '../records/record-set.ts';

/** The outputs of a classification, in the order the size standard decides them. */
export const CLASSIFY_OUTPUTS = ['industry_group', 'size_class', 'is_small_or_micro'] as const;

export interface ClassifyRequest {
  /** The year of the figures, as the user wrote it. */
  readonly period: string;
  readonly records: RecordSet;
  /** Add the bounds that decided each class (`explainSizeClass`). */
  readonly explain: boolean;
  /** Further names of fields (an adapter's printed headers). */
  readonly aliases?: Readonly<Record<string, string>>;
}

/** Per record: its industry group, size class, and with `explain` why. Money stays in fen. */
export interface Classification {
  readonly period: Period;
  readonly records: DecodedRecords;
  /** The plan's output columns (`industry_group`, `size_class`, `is_small_or_micro`). */
  readonly outputs: Readonly<Record<(typeof CLASSIFY_OUTPUTS)[number], Column>>;
  /** Each record's industry group by name. */
  readonly groups: readonly IndustryGroup[];
  /** Each record's explanation, when asked. */
  readonly explanations?: readonly SizeExplanation[];
}

/** An industry of the size standard (工信部联企业〔2011〕300号), or the reason it is not. */
const sizeStandardIndustry = (code: string) => {
  const reading = readIndustry(code);
  return reading.ok ? undefined : reading.problem;
};

/**
 * The size class of every record under the 2011 size standard (工信部联企业〔2011〕300号) through the
 * compiled plan. An industry code outside the standard is a bad value of the record: the size class
 * exists only for the standard's industries.
 * @example classify(new Rules(), { period: '2013', records: jsonRecords('', [{ industry: 'C3311', employees: 300, revenue: '19999999', total_assets: 0 }]), explain: true })
 */
export function classify(rules: Rules, request: ClassifyRequest): Classification {
  const plan = rules.plan('enterprise', request.period, CLASSIFY_OUTPUTS);
  if (plan === 'links') throw new Error('size_class must be plannable');
  const records = decodeRecords(rules.system, 'enterprise', request.records, {
    required: requiredInputs(plan),
    checks: { industry: sizeStandardIndustry },
    ...(request.aliases ? { aliases: request.aliases } : {}),
  });
  const outputs = runPlan(plan, records) as Classification['outputs'];
  const names = rules.system.variable('industry_group').possibleValues ?? [];
  const groups = Array.from({ length: records.n }, (_, i) => (names[outputs.industry_group[i] as number] ?? '') as IndustryGroup);
  if (!request.explain) return { period: plan.period, records, outputs, groups };
  // A figure no record gives has no column: it is the variable's default ("not given") for every record.
  const figure = (id: string, i: number) => {
    const col = records.columns[id] as Float64Array | undefined;
    return col === undefined ? (defaultCell(rules.system.variable(id)) as number) : col[i];
  };
  const explanations = groups.map((group, i) =>
    explainSizeClass(
      rules.system,
      group,
      { employees: figure('employees', i), revenue: figure('revenue', i), total_assets: figure('total_assets', i) },
      plan.period,
    ),
  );
  return { period: plan.period, records, outputs, groups, explanations };
}
