import { useTranslation } from 'react-i18next';
import type { TraceNode, TraceReference } from '../../../api/trace-types.ts';

const ref = (r: TraceReference) => [r.document, r.article, r.title].filter(Boolean).join(' ');

function valueText(v: unknown): string {
  return typeof v === 'boolean' ? (v ? '✓' : '✗') : String(v);
}

/** One node of the engine's trace: the variable, its value, the dated formula and documents, the parameters it used. */
function Node({ node }: { node: TraceNode }) {
  const { t } = useTranslation('procurement');
  return (
    <li>
      <strong>{node.label}</strong> = <code>{valueText(node.value)}</code>{' '}
      <span className="xw-secondary">
        {node.kind === 'formula'
          ? t('setAside.trace.formula', { from: node.formula_from ?? '', refs: node.references.map(ref).join('; ') })
          : t(`setAside.trace.${node.kind}`)}
      </span>
      {(node.parameters.length > 0 || node.children.length > 0) && (
        <ul>
          {node.parameters.map((p) => (
            <li key={p.path} data-testid="trace-parameter">
              ◇ {p.label ?? p.path} = <code>{valueText(p.value)}</code>{' '}
              <span className="xw-secondary">
                [{p.start} … {p.end ?? t('setAside.trace.inForce')}] {p.references.map(ref).join('; ')} —{' '}
                {t(`setAside.trace.confidence.${p.confidence}`)}
              </span>
            </li>
          ))}
          {node.children.map((c) => (
            <Node key={`${c.variable}@${c.period}`} node={c} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Why the policy decided as it did: the server's trace, down to the 30% / 60% parameter values and their documents. */
export function SetAsideTrace({ trace }: { trace: readonly TraceNode[] }) {
  return (
    <ul className="xw-trace" data-testid="set-aside-trace">
      {trace.map((n) => (
        <Node key={n.variable} node={n} />
      ))}
    </ul>
  );
}
