/**
 * The measures of 国发〔2012〕14号 that an enterprise applies for (issue 14 §1): they cannot be pushed from data
 * because a department decides each case — the special funds (item 03: 中小企业发展专项资金; item 12: 科技型
 * 小微企业的资金支持), the rent subsidy of item 26 (创办三年内租用经营场地的租金补贴), service vouchers of item 28
 * (服务券), the fee-exemption certificate of item 06 (免征行政事业性收费的证明) and the graduate subsidies of item 25
 * (where the hire is not in a feed). Each has its review period in working days: the time the implementing
 * departments commonly promise for a decision (20 working days, as the general period of 《行政许可法》 art. 42), kept
 * here as one table so that a programme can set its own.
 */
import type { Labels } from '@xiaowei/engine';
import { type Catalogue, loadCatalogue, VARIABLES } from '@xiaowei/policy';

/** One measure open to applications, and how long its review may take. */
export interface ApplicationMeasure {
  /** Catalogue item id, e.g. `gf2012-14/26`. */
  readonly measure: string;
  /** Sub-measures whose input variables make the form, and whose entitlements advise the reviewer. */
  readonly subMeasures: readonly string[];
  /** The review must end within this many working days of submission (or of the answer to a request for information). */
  readonly reviewWorkingDays: number;
}

export const APPLICATION_MEASURES: readonly ApplicationMeasure[] = [
  { measure: 'gf2012-14/03', subMeasures: [], reviewWorkingDays: 20 },
  { measure: 'gf2012-14/06', subMeasures: ['gf2012-14/06.1'], reviewWorkingDays: 10 },
  { measure: 'gf2012-14/12', subMeasures: [], reviewWorkingDays: 20 },
  { measure: 'gf2012-14/25', subMeasures: ['gf2012-14/25.1', 'gf2012-14/25.2'], reviewWorkingDays: 20 },
  { measure: 'gf2012-14/26', subMeasures: ['gf2012-14/26.1'], reviewWorkingDays: 15 },
  { measure: 'gf2012-14/28', subMeasures: [], reviewWorkingDays: 10 },
];

/** The measure open to applications with this id, or undefined. */
export function applicationMeasure(measure: string): ApplicationMeasure | undefined {
  return APPLICATION_MEASURES.find((m) => m.measure === measure);
}

/** Replies to complaints (issue 14 §2) are due within this many working days of filing. */
export const COMPLAINT_REPLY_WORKING_DAYS = 15;

let catalogue: Catalogue | undefined;

/** The catalogue's title of a measure or sub-measure (for notices and lists), or undefined. */
export function measureTitle(measure: string): Labels | undefined {
  catalogue ??= loadCatalogue(VARIABLES);
  for (const m of catalogue.measures) {
    if (m.id === measure) return m.title;
    for (const s of m.subMeasures) if (s.id === measure) return s.title;
  }
  return undefined;
}
