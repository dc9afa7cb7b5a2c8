import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, apiPost } from '../../../api/client.ts';
import type { EnterpriseDetail, Figures } from '../../../api/registry-types.ts';
import type { Confidence, TraceNode, TraceParameter, TraceReference, TraceResponse } from '../../../api/trace-types.ts';
import { useApi } from '../../../api/use-api.ts';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageLoading } from '../../../components/page-loading.tsx';
import { Panel } from '../../../components/panel.tsx';
import { Tag } from '../../../components/tag.tsx';
import { INTL_LOCALE, type Lang } from '../../../i18n/languages.ts';
import { formatNumber } from '../shared/format.ts';
import { TRACED_VARIABLES, type TracedVariable, traceRecord } from './trace-record.ts';

/** The colour of a confidence mark. */
const CONFIDENCE_COLOURS: Readonly<Record<Confidence, string>> = { verified: 'success', secondary: 'default', unconfirmed: 'orange' };

/** Nodes this deep or less start unfolded: the size class shows its inputs; the support total (many measures) its first level only. */
const OPEN_DEPTH: Readonly<Record<TracedVariable, number>> = { size_class: 1, total_support_value: 0 };

/**
 * Why an enterprise-year has its size class and its total support value: the server's trace of each
 * (POST /api/v1/trace with the year's figures) as a nested list down to the clause: the dated formula,
 * every parameter value with its window, document, article and confidence, and the inputs.
 */
export function EnterpriseTrace({
  enterprise,
  year,
  lang,
  onClose,
}: {
  enterprise: EnterpriseDetail;
  year: Figures;
  lang: Lang;
  onClose: () => void;
}) {
  const { t } = useTranslation('officer');
  return (
    <Panel
      title={t('trace.title', { year: year.year })}
      testId="enterprise-trace"
      id="enterprise-trace"
      extra={
        <Button size="small" onClick={onClose}>
          {t('trace.close')}
        </Button>
      }
    >
      <p className="xw-secondary">{t('trace.intro')}</p>
      {TRACED_VARIABLES.map((v) => (
        <VariableTrace key={v} variable={v} enterprise={enterprise} year={year} lang={lang} />
      ))}
    </Panel>
  );
}

/** The year's figures a computation can need (the engine's input ids; labelled under `trace.figure`). */
const FIGURES = ['employees', 'revenue', 'total_assets', 'taxable_income', 'total_profit'] as const;

/** The figures of the year the server says a formula needed and did not get, or null for any other failure. */
function missingFigures(error: ApiError): string[] | null {
  if (error.code !== 'XW_ERR_CANNOT_COMPUTE') return null;
  const fields = [...new Set(error.problems.map((p) => p.field))];
  return fields.length > 0 && fields.every((f) => (FIGURES as readonly string[]).includes(f)) ? fields : null;
}

function VariableTrace({
  variable,
  enterprise,
  year,
  lang,
}: {
  variable: TracedVariable;
  enterprise: EnterpriseDetail;
  year: Figures;
  lang: Lang;
}) {
  const { t } = useTranslation('officer');
  const [attempt, setAttempt] = useState(0);
  const state = useApi(JSON.stringify([variable, enterprise.id, enterprise.version, year.year, lang, attempt]), (signal) =>
    apiPost<TraceResponse>('/api/v1/trace', traceRecord(enterprise, year), {
      lang,
      signal,
      query: { period: String(year.year), variable },
    }),
  );
  // A figure the year lacks (absent is never 0): the page says which, rather than a generic failure.
  const missing = state.status === 'error' ? missingFigures(state.error) : null;
  return (
    <section className="xw-trace" data-testid={`trace-${variable}`} data-status={missing ? 'missing' : state.status}>
      <h3 className="xw-trace-heading">{t(`trace.variable.${variable}`)}</h3>
      {missing ? (
        <Alert
          type="warning"
          showIcon
          data-testid="trace-missing"
          data-fields={missing.join(' ')}
          title={t('trace.missing', {
            year: year.year,
            figures: new Intl.ListFormat(INTL_LOCALE[lang], { type: 'conjunction' }).format(missing.map((f) => t(`trace.figure.${f}`))),
          })}
        />
      ) : state.status === 'error' ? (
        <ApiErrorResult error={state.error} onRetry={() => setAttempt((a) => a + 1)} />
      ) : state.data === undefined ? (
        <PageLoading />
      ) : (
        <ul className="xw-trace-tree">
          <NodeItem node={state.data.trace} depth={0} openDepth={OPEN_DEPTH[variable]} lang={lang} />
        </ul>
      )}
    </section>
  );
}

function References({ refs }: { refs: readonly TraceReference[] }) {
  if (refs.length === 0) return null;
  return (
    <span className="xw-trace-refs">
      {refs.map((r, i) => {
        const text = r.article ? `${r.document} ${r.article}` : r.document;
        return (
          <cite key={`${text}:${i}`} className="xw-trace-ref" title={r.title}>
            {r.url ? (
              <a href={r.url} target="_blank" rel="noreferrer">
                {text}
              </a>
            ) : (
              text
            )}
          </cite>
        );
      })}
    </span>
  );
}

function NodeItem({ node, depth, openDepth, lang }: { node: TraceNode; depth: number; openDepth: number; lang: Lang }) {
  const { t, i18n } = useTranslation('officer');
  const value = (() => {
    const v = node.value;
    if (typeof v === 'boolean') return t(v ? 'enterprise.yes' : 'enterprise.no');
    if (typeof v === 'number') return formatNumber(v, lang);
    if (node.variable === 'size_class' && i18n.exists(`common:sizeClass.${v}`)) return i18n.t(`common:sizeClass.${v}`);
    if (node.variable === 'industry_group' && i18n.exists(`industry:group.${v}`)) return i18n.t(`industry:group.${v}`);
    return v;
  })();
  const line = (
    <>
      {/* The label people read; the variable's id on hover, for those who check the encoded law. */}
      <span className="xw-trace-label" title={node.variable}>
        {node.label}
      </span>{' '}
      = <strong className="xw-trace-value">{value}</strong>{' '}
      {node.kind === 'formula' ? (
        node.formula_from && <span className="xw-secondary">{t('trace.formulaFrom', { date: node.formula_from })}</span>
      ) : (
        <Tag color={node.kind === 'input' ? 'blue' : 'default'}>{t(`trace.kind.${node.kind}`)}</Tag>
      )}{' '}
      <References refs={node.references} />
    </>
  );
  const inner = node.parameters.length > 0 || node.children.length > 0;
  return (
    <li className="xw-trace-node" data-variable={node.variable}>
      {inner ? (
        <details open={depth <= openDepth}>
          <summary>{line}</summary>
          {node.parameters.length > 0 && (
            <ul className="xw-trace-params" aria-label={t('trace.parameters')}>
              {node.parameters.map((p, i) => (
                <ParameterItem key={`${p.path}:${i}`} parameter={p} lang={lang} />
              ))}
            </ul>
          )}
          {node.children.length > 0 && (
            <ul className="xw-trace-tree">
              {node.children.map((c, i) => (
                <NodeItem key={`${c.variable}:${c.period}:${i}`} node={c} depth={depth + 1} openDepth={openDepth} lang={lang} />
              ))}
            </ul>
          )}
        </details>
      ) : (
        <div className="xw-trace-leaf">{line}</div>
      )}
    </li>
  );
}

const percents = new Map<Lang, Intl.NumberFormat>();
function percent(n: number, lang: Lang): string {
  let f = percents.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[lang], { style: 'percent', maximumFractionDigits: 4 });
    percents.set(lang, f);
  }
  return f.format(n);
}

function ParameterItem({ parameter: p, lang }: { parameter: TraceParameter; lang: Lang }) {
  const { t } = useTranslation('officer');
  const value = (() => {
    const v = p.value;
    if (v === null) return t('enterprise.none');
    if (typeof v === 'boolean') return t(v ? 'enterprise.yes' : 'enterprise.no');
    if (typeof v !== 'number') return v;
    if (p.unit === '/1') return percent(v, lang);
    if (p.unit === 'currency' || p.unit === 'person' || p.unit === 'month' || p.unit === 'year')
      return t(`trace.unit.${p.unit}`, { value: formatNumber(v, lang) });
    return formatNumber(v, lang);
  })();
  return (
    <li className="xw-trace-param" data-path={p.path}>
      <span aria-hidden="true">◇ </span>
      <span className="xw-trace-label" title={p.path}>
        {p.label ?? p.path}
      </span>{' '}
      = <strong className="xw-trace-value">{value}</strong>{' '}
      <span className="xw-trace-window">
        {p.end ? t('trace.window', { start: p.start, end: p.end }) : t('trace.inForce', { start: p.start })}
      </span>{' '}
      <References refs={p.references} /> <Tag color={CONFIDENCE_COLOURS[p.confidence]}>{t(`trace.confidence.${p.confidence}`)}</Tag>
      {p.note && <span className="xw-secondary"> {p.note}</span>}
    </li>
  );
}
