import { DefinitionError } from '../errors.ts';
import type { Labels } from './labels.ts';

/**
 * How sure we are of a value. The marks:
 * V = seen in the document's own wording, S = only on a secondary page, M = not found in any source.
 */
export const CONFIDENCES = ['verified', 'secondary', 'unconfirmed'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** A legal source: a document number, the article, and a link where one exists. */
export interface Reference {
  /** Document number as officially written, e.g. 工信部联企业〔2011〕300号. */
  readonly document: string;
  /** Article, item or table the value comes from, e.g. 第四条. */
  readonly article?: string;
  readonly title?: Labels | string;
  readonly url?: string;
}

/** One-line rendering of a reference, e.g. `工信部联企业〔2011〕300号 第四条`. */
export function formatReference(ref: Reference): string {
  return ref.article ? `${ref.document} ${ref.article}` : ref.document;
}

/** Parses a reference from a data file: a string (document number) or an object. Throws on bad shape. */
export function parseReference(raw: unknown, where: string): Reference {
  if (typeof raw === 'string' && raw.trim() !== '') return { document: raw.trim() };
  if (raw && typeof raw === 'object' && typeof (raw as Reference).document === 'string') {
    const r = raw as Record<string, unknown>;
    const out: { document: string; article?: string; title?: Labels | string; url?: string } = {
      document: String(r.document),
    };
    if (r.article !== undefined) out.article = String(r.article);
    if (r.title !== undefined) out.title = r.title as Labels | string;
    if (r.url !== undefined) out.url = String(r.url);
    return out;
  }
  // A malformed definition, like every other loading error: callers catch DefinitionError.
  throw new DefinitionError(`${where}: a reference needs at least a document number`);
}
