import { useTranslation } from 'react-i18next';
import type { TraceNode } from '../../api/trace-types.ts';
import type { Lang } from '../../i18n/languages.ts';
import { formatNumber } from '../officer/shared/format.ts';
import { formatParameterValue } from '../public/measure/parameter-value.ts';

/** A node's value as the officer's trace shows it: numbers grouped (money in yuan), yes/no, codes as they are. */
function value(node: TraceNode, lang: Lang, none: string): string {
  return typeof node.value === 'number' ? formatNumber(node.value, lang) : formatParameterValue(node.value, undefined, lang, none);
}

/** One trace as a nested list: each step's label and value, the parameters it used with their dates and documents. */
function TraceList({ node, lang, depth = 0 }: { node: TraceNode; lang: Lang; depth?: number }) {
  const { t } = useTranslation('whatIf');
  return (
    <li>
      <span>
        {node.label}: <strong>{value(node, lang, t('change.none'))}</strong>
      </span>
      {(node.parameters.length > 0 || (node.children.length > 0 && depth < 3)) && (
        <ul>
          {node.parameters.map((p) => (
            <li key={p.path} className="xw-secondary">
              {p.label ?? p.path}: {formatParameterValue(p.value, p.unit, lang, t('change.none'))} (
              {p.end ? t('change.span', { from: p.start, until: p.end }) : t('change.since', { from: p.start })}
              {p.references.length > 0 ? `; ${p.references.map((r) => `${r.document}${r.article ? ` ${r.article}` : ''}`).join('; ')}` : ''}
              )
            </li>
          ))}
          {depth < 3 && node.children.map((c) => <TraceList key={c.variable} node={c} lang={lang} depth={depth + 1} />)}
        </ul>
      )}
    </li>
  );
}

/** Why an entitlement changes: its trace under the law in force beside its trace under the reform. */
export function TracePair({ baseline, reform, lang }: { baseline: TraceNode; reform: TraceNode; lang: Lang }) {
  const { t } = useTranslation('whatIf');
  return (
    <div className="xw-what-if-traces">
      <div>
        <h4>{t('results.traceBaseline')}</h4>
        <ul>
          <TraceList node={baseline} lang={lang} />
        </ul>
      </div>
      <div>
        <h4>{t('results.traceReform')}</h4>
        <ul>
          <TraceList node={reform} lang={lang} />
        </ul>
      </div>
    </div>
  );
}
