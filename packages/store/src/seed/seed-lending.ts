/**
 * Demo banks with quarterly small/micro lending reports 2012 Q1 – 2015 Q4 and loan records, deterministic:
 * the same data on every run and every database. Balances follow a fixed path per bank (some banks'
 * small/micro lending lags all lending in some quarters, so the dashboard has banks below the line);
 * the same-period-last-year figures are the bank's own figures four quarters earlier, and increments are
 * year to date (the quarter's balance less the previous December's), so every report is consistent.
 * Reports and records are filed through the repositories: validated and checked by the policy like any
 * other. Idempotent: a bank that exists is left alone with its reports and records.
 */
import { formatMoney } from '@xiaowei/engine';
import { SYSTEM_ACTOR } from '../audit.ts';
import type { Store } from '../create-store.ts';

interface DemoBank {
  readonly id: string;
  readonly name: string;
  readonly regionCode: string;
  /** All loans at the end of 2010, yuan. */
  readonly base: number;
  /** Quarterly growth of all loans. */
  readonly allGrowth: number;
  /** Quarterly growth of small/micro loans by year (2011 … 2015). */
  readonly smallGrowth: readonly number[];
  /** Small/micro share of all loans at the end of 2010. */
  readonly share: number;
}

/** The demo banks: BANK-DEMO-01 is the `bank.demo` user's (Qingdao). */
export const DEMO_BANKS: readonly DemoBank[] = [
  {
    id: 'BANK-DEMO-01',
    name: '演示商业银行',
    regionCode: '370200',
    base: 80e9,
    allGrowth: 0.03,
    smallGrowth: [0.04, 0.045, 0.04, 0.035, 0.033],
    share: 0.22,
  },
  {
    id: 'BANK-QD-02',
    name: '青岛海滨农村商业银行',
    regionCode: '370202',
    base: 25e9,
    allGrowth: 0.035,
    smallGrowth: [0.04, 0.04, 0.038, 0.02, 0.03],
    share: 0.35,
  },
  {
    id: 'BANK-JN-01',
    name: '济南泉城银行',
    regionCode: '370100',
    base: 60e9,
    allGrowth: 0.028,
    smallGrowth: [0.03, 0.035, 0.025, 0.032, 0.03],
    share: 0.2,
  },
  {
    id: 'BANK-SZ-01',
    name: '深圳前海商业银行',
    regionCode: '440300',
    base: 150e9,
    allGrowth: 0.032,
    smallGrowth: [0.04, 0.042, 0.045, 0.04, 0.036],
    share: 0.18,
  },
  {
    id: 'BANK-SZ-02',
    name: '深圳福田村镇银行',
    regionCode: '440305',
    base: 4e9,
    allGrowth: 0.04,
    smallGrowth: [0.045, 0.05, 0.025, 0.03, 0.045],
    share: 0.5,
  },
];

const FIRST_YEAR = 2012;
const LAST_YEAR = 2015;

/** A fixed wobble in [−1, 1] per (bank, quarter index), so paths are not straight lines. */
function wobble(bank: number, t: number): number {
  return Math.sin(bank * 12.9898 + t * 78.233) * 0.5 + Math.sin(t * 1.7 + bank) * 0.5;
}

/** Quarter-end balances in fen from 2010 Q4 (t = 0) to 2015 Q4 (t = 20). */
function balances(bank: DemoBank, index: number): { all: number[]; small: number[] } {
  const all = [Math.round(bank.base) * 100];
  const small = [Math.round(bank.base * bank.share) * 100];
  for (let t = 1; t <= (LAST_YEAR - 2010) * 4; t++) {
    const year = 2011 + Math.floor((t - 1) / 4);
    const g = bank.allGrowth * (1 + 0.3 * wobble(index, t));
    const gs = (bank.smallGrowth[year - 2011] ?? bank.allGrowth) * (1 + 0.3 * wobble(index + 7, t));
    all.push(Math.round(all[t - 1] * (1 + g)));
    small.push(Math.min(Math.round(small[t - 1] * (1 + gs)), all[t]));
  }
  return { all, small };
}

/** The demo report records of one bank, as a bank would file them (yuan text, field ids). */
export function demoLendingRecords(bank: DemoBank, index: number): Record<string, unknown>[] {
  const { all, small } = balances(bank, index);
  const tOf = (year: number, quarter: number) => (year - 2011) * 4 + quarter;
  const yearStart = (year: number) => tOf(year, 0);
  const out: Record<string, unknown>[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      const t = tOf(year, quarter);
      const t0 = t - 4;
      const lines = Math.round(small[t] * (0.55 + 0.1 * Math.abs(wobble(index + 3, t))));
      out.push({
        bank_id: bank.id,
        year,
        quarter,
        all_loan_balance: formatMoney(all[t]),
        all_loan_increment: formatMoney(all[t] - all[yearStart(year)]),
        small_micro_loan_balance: formatMoney(small[t]),
        small_micro_loan_count: Math.max(1, Math.round(small[t] / 100 / 850_000)),
        small_micro_loan_increment: formatMoney(small[t] - small[yearStart(year)]),
        small_micro_loan_balance_small_lines: formatMoney(lines),
        all_loan_balance_last_year: formatMoney(all[t0]),
        small_micro_loan_balance_last_year: formatMoney(small[t0]),
        small_micro_loan_increment_last_year: formatMoney(small[t0] - small[yearStart(year - 1)]),
      });
    }
  }
  return out;
}

/** Demo loan records of a bank: fees that break the ban, syndicated and medium-borrower exceptions, fees to review. */
export function demoLoanRecords(bank: DemoBank, index: number): Record<string, unknown>[] {
  const sizes = ['small', 'micro', 'small', 'medium', 'micro', 'small', 'large', 'small'] as const;
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < 12; i++) {
    const year = 2013 + (i % 3);
    const month = 1 + ((i * 5 + index) % 12);
    const size = sizes[(i + index) % sizes.length];
    const amountYuan = 500_000 + ((i * 7 + index * 3) % 20) * 250_000;
    const kind = (i + index) % 6;
    out.push({
      bank_id: bank.id,
      contract_id: `${bank.id}-L${year}-${String(i + 1).padStart(3, '0')}`,
      year,
      borrower_credit_code: `91${bank.regionCode}MA${String(index * 100 + i + 1).padStart(8, '0')}`,
      borrower_name: `${bank.name.slice(0, 2)}示例借款企业${i + 1}号有限公司`,
      borrower_size_class: size,
      signed: `${year}-${String(month).padStart(2, '0')}-${String(1 + ((i * 11) % 27)).padStart(2, '0')}`,
      amount: String(amountYuan),
      // kind 0: a commitment fee; 1: a fund-management fee; 2: advisory fee; 3: syndicated with a commitment fee.
      syndicated: kind === 3,
      commitment_fee: kind === 0 || kind === 3 ? formatMoney(amountYuan * 0.3) : '0',
      fund_management_fee: kind === 1 ? formatMoney(amountYuan * 0.5) : '0',
      advisory_fee: kind === 2 ? '8000' : '0',
      consulting_fee: kind === 4 ? '3000.5' : '0',
    });
  }
  return out;
}

/**
 * Creates the demo banks with their reports and loan records (skipping banks that exist).
 * @example await seedLending(store) // ['BANK-DEMO-01', …] the first time, [] after
 */
export async function seedLending(store: Store): Promise<string[]> {
  const created: string[] = [];
  for (const [index, bank] of DEMO_BANKS.entries()) {
    const exists = await store.banks.list({ scope: { bankId: bank.id } });
    if (exists.length > 0) continue;
    await store.transaction(async (tx) => {
      await tx.banks.create({ id: bank.id, name: bank.name, regionCode: bank.regionCode }, { actor: SYSTEM_ACTOR });
      const reports = await tx.lendingReports.submit(demoLendingRecords(bank, index), {
        actor: SYSTEM_ACTOR,
        scope: { bankId: bank.id },
        source: 'seed',
      });
      if (reports.status !== 'filed') throw new Error(`demo reports of ${bank.id}: ${reports.problems[0]?.message}`);
      const loans = await tx.loanRecords.upload(demoLoanRecords(bank, index), { actor: SYSTEM_ACTOR, scope: { bankId: bank.id } });
      if (loans.status !== 'completed') throw new Error(`demo loans of ${bank.id}: ${loans.problems[0]?.message}`);
    });
    created.push(bank.id);
  }
  return created;
}
