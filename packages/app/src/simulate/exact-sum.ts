/** Above this a number no longer adds fen exactly (2^53); sums move into a bigint well before. */
const FLUSH = 2 ** 52;
const LARGE = 2 ** 50;

/**
 * An exact sum of integer fen: a float accumulator for speed (every partial sum below 2^52 is exact) that
 * moves into a bigint before it could round, so a registry's millions of amounts add to the fen.
 */
export class ExactSum {
  private low = 0;
  private high = 0n;

  add(fen: number): void {
    if (fen >= LARGE || fen <= -LARGE) {
      this.high += BigInt(fen);
      return;
    }
    this.low += fen;
    if (this.low >= FLUSH || this.low <= -FLUSH) {
      this.high += BigInt(this.low);
      this.low = 0;
    }
  }

  addBig(fen: bigint): void {
    this.high += fen;
  }

  get value(): bigint {
    return this.high + BigInt(this.low);
  }
}
