import { ExactSum } from './exact-sum.ts';

/**
 * Baseline and reform side by side for a set of enterprises: what it costs (the sum of support values, exact
 * fen), who benefits (a support value above zero), who gains and who loses, and by how much.
 */
export interface Tally {
  /** Enterprises computed under both systems. */
  readonly enterprises: number;
  readonly baselineFen: bigint;
  readonly reformFen: bigint;
  /** Reform minus baseline: the cost of the reform (negative: a saving). */
  readonly changeFen: bigint;
  readonly beneficiariesBaseline: number;
  readonly beneficiariesReform: number;
  readonly gainers: number;
  readonly gainFen: bigint;
  readonly losers: number;
  /** The sum of the losses, as a positive amount. */
  readonly lossFen: bigint;
}

/** A {@link Tally} being counted. */
export class TallyCounter {
  enterprises = 0;
  beneficiariesBaseline = 0;
  beneficiariesReform = 0;
  gainers = 0;
  losers = 0;
  readonly baseline = new ExactSum();
  readonly reform = new ExactSum();
  readonly gain = new ExactSum();
  readonly loss = new ExactSum();

  /** One enterprise's values (fen) under the baseline and the reform. */
  add(baselineFen: number, reformFen: number): void {
    this.enterprises++;
    this.baseline.add(baselineFen);
    this.reform.add(reformFen);
    if (baselineFen > 0) this.beneficiariesBaseline++;
    if (reformFen > 0) this.beneficiariesReform++;
    const delta = reformFen - baselineFen;
    if (delta > 0) {
      this.gainers++;
      this.gain.add(delta);
    } else if (delta < 0) {
      this.losers++;
      this.loss.add(-delta);
    }
  }

  /** Adds a tally counted elsewhere (another worker's part). */
  merge(t: Tally): void {
    this.enterprises += t.enterprises;
    this.beneficiariesBaseline += t.beneficiariesBaseline;
    this.beneficiariesReform += t.beneficiariesReform;
    this.gainers += t.gainers;
    this.losers += t.losers;
    this.baseline.addBig(t.baselineFen);
    this.reform.addBig(t.reformFen);
    this.gain.addBig(t.gainFen);
    this.loss.addBig(t.lossFen);
  }

  result(): Tally {
    const baselineFen = this.baseline.value;
    const reformFen = this.reform.value;
    return {
      enterprises: this.enterprises,
      baselineFen,
      reformFen,
      changeFen: reformFen - baselineFen,
      beneficiariesBaseline: this.beneficiariesBaseline,
      beneficiariesReform: this.beneficiariesReform,
      gainers: this.gainers,
      gainFen: this.gain.value,
      losers: this.losers,
      lossFen: this.loss.value,
    };
  }
}

/** Tallies by key (a region, an industry group, a size class, a measure). */
export class TallyGroups {
  private readonly counters = new Map<string, TallyCounter>();

  counter(key: string): TallyCounter {
    let c = this.counters.get(key);
    if (c === undefined) this.counters.set(key, (c = new TallyCounter()));
    return c;
  }

  merge(rows: readonly GroupTally[]): void {
    for (const r of rows) this.counter(r.key).merge(r);
  }

  /** The groups, largest cost change first, then by key. */
  result(): GroupTally[] {
    const rows = [...this.counters].map(([key, c]) => ({ key, ...c.result() }));
    return rows.sort((a, b) => (b.changeFen > a.changeFen ? 1 : b.changeFen < a.changeFen ? -1 : a.key.localeCompare(b.key)));
  }
}

export interface GroupTally extends Tally {
  readonly key: string;
}
