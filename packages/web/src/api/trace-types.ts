/** Shapes of POST /api/v1/trace (packages/server: routes/trace). Money in yuan, labels in the request language. */

export type Confidence = 'verified' | 'secondary' | 'unconfirmed';

/** A document (and article) a formula, an input or a parameter value rests on. */
export interface TraceReference {
  readonly document: string;
  readonly article?: string;
  readonly title?: string;
  readonly url?: string;
}

/** A parameter value a formula used: the value in force at the period, its window, its source and how sure it is. */
export interface TraceParameter {
  readonly path: string;
  readonly label?: string;
  readonly value: number | string | boolean | null;
  readonly unit?: string;
  /** First day in force. */
  readonly start: string;
  /** Last day in force; null while still in force. */
  readonly end: string | null;
  readonly references: readonly TraceReference[];
  readonly confidence: Confidence;
  readonly note?: string;
}

/** Why a variable has its value: the dated formula, its parameters and the inputs, recursively. */
export interface TraceNode {
  readonly variable: string;
  readonly entity: string;
  readonly period: string;
  readonly label: string;
  readonly value: number | string | boolean;
  readonly kind: 'formula' | 'input' | 'default';
  readonly formula_from?: string;
  readonly references: readonly TraceReference[];
  readonly parameters: readonly TraceParameter[];
  readonly children: readonly TraceNode[];
}

export interface TraceResponse {
  readonly entity: string;
  readonly variable: string;
  readonly period: string;
  readonly policy_version: string;
  readonly parameter_hash: string;
  readonly id: string | number | null;
  readonly value: number | string | boolean;
  readonly trace: TraceNode;
  readonly text: string;
}
