import type { Labels } from '@xiaowei/engine';

/**
 * One condition of an entitlement. `variable` is a boolean variable of the same entity that is true
 * when the condition is met. For a numeric threshold, `threshold` names the quantity, the comparison
 * that must hold and the bound (a parameter path, or a variable when the bound varies by member),
 * so that "what would change" can say how far the enterprise is from it.
 */
export interface Condition {
  readonly variable: string;
  readonly label: Labels;
  readonly threshold?: {
    readonly quantity: string;
    readonly op: '<=' | '<' | '>=' | '>';
    readonly bound: { readonly parameter: string } | { readonly variable: string };
  };
}

/**
 * An entitlement of an enterprise under one measure of the catalogue: whether it is eligible, what the
 * entitlement is worth in a year (yuan), and the conditions, for "why not / what would change".
 */
export interface Entitlement {
  /** Catalogue id, e.g. `gf2012-14/02.2`. */
  readonly measure: string;
  readonly entity: 'enterprise';
  /** Boolean variable: eligible in the year. */
  readonly eligible: string;
  /** Money variable: the entitlement's value to the enterprise in the year. */
  readonly value: string;
  readonly conditions: readonly Condition[];
  /** Measures this one cannot be combined with (the value counted once, see total_support_value). */
  readonly excludes?: readonly string[];
  /**
   * When the value sums records of a linked entity (the loan contracts an enterprise signed, the fees it was
   * charged): that entity and what to ask for. An enterprise given without any such record gets no amount —
   * the sum over nothing is "not given", not 0 yuan (ADR 0005) — and is told what would give it.
   */
  readonly amountFrom?: { readonly entity: string; readonly link: string; readonly label: Labels };
}
