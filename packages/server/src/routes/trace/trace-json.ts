import {
  type Labels,
  type Lang,
  MINOR_PER_MAJOR,
  type Reference,
  type TaxBenefitSystem,
  type TraceNode,
  type TraceParameter,
} from '@xiaowei/engine';
import { Yuan } from '../../http/json.ts';

/**
 * Yuan as the trace holds them (a float from the exact fen text) back to exact fen. Exact for every
 * amount below 10^13 yuan: the float's error there is under a thousandth of a fen.
 */
const exact = (yuan: number) => new Yuan(Math.round(yuan * MINOR_PER_MAJOR));

function reference(r: Reference, lang: Lang): Record<string, string> {
  const title = r.title === undefined ? undefined : typeof r.title === 'string' ? r.title : (r.title as Labels)[lang];
  return {
    document: r.document,
    ...(r.article ? { article: r.article } : {}),
    ...(title ? { title } : {}),
    ...(r.url ? { url: r.url } : {}),
  };
}

function parameter(p: TraceParameter, lang: Lang): Record<string, unknown> {
  const value = p.unit === 'currency' && typeof p.value === 'number' ? exact(p.value) : p.value;
  return {
    path: p.path,
    ...(p.label ? { label: p.label[lang] } : {}),
    value,
    ...(p.unit ? { unit: p.unit } : {}),
    start: p.start,
    end: p.end,
    references: p.references.map((r) => reference(r, lang)),
    confidence: p.confidence,
    ...(p.note ? { note: p.note } : {}),
  };
}

/** A trace tree as JSON in `lang`: money exact in yuan, labels and titles in the user language. */
export function traceJson(system: TaxBenefitSystem, node: TraceNode, lang: Lang): Record<string, unknown> {
  const money = system.variables.get(node.variable)?.valueType === 'money' && typeof node.value === 'number';
  return {
    variable: node.variable,
    entity: node.entity,
    period: node.period,
    label: node.label[lang],
    value: money ? exact(node.value as number) : node.value,
    kind: node.kind,
    ...(node.formulaFrom ? { formula_from: node.formulaFrom } : {}),
    references: node.references.map((r) => reference(r, lang)),
    parameters: node.parameters.map((p) => parameter(p, lang)),
    children: node.children.map((c) => traceJson(system, c, lang)),
  };
}
