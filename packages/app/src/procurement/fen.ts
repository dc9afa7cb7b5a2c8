/**
 * An amount already in integer fen (分), as a store or a spreadsheet reader holds it. Given to the tender
 * reader in place of yuan, it reaches the policy's money input as it is: no text, no float of yuan, no
 * rounding in between (ADR 0001).
 */
export class Fen {
  constructor(readonly fen: number) {}
}
