/**
 * Shapes of POST /api/v1/trace, from the service's OpenAPI document (generated/openapi.ts): money in yuan,
 * labels in the request language.
 */
import type { Answer, Schema } from './schema.ts';

/** Why a variable has its value: the dated formula, its parameters and the inputs, recursively. */
export type TraceNode = Schema<'TraceNode'>;

/** A document (and article) a formula, an input or a parameter value rests on. */
export type TraceReference = TraceNode['references'][number];

/** A parameter value a formula used: the value in force at the period, its window, its source and how sure it is. */
export type TraceParameter = TraceNode['parameters'][number];

export type Confidence = TraceParameter['confidence'];

/** POST /api/v1/trace: the value, its tree and the same as indented text. */
export type TraceResponse = Answer<'/api/v1/trace', 'post'>;
