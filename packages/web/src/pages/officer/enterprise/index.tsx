import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiGet } from '../../../api/client.ts';
import type { EnterpriseDetail, Figures, StoredEntitlement } from '../../../api/registry-types.ts';
import { useApi } from '../../../api/use-api.ts';
import { measureIndex, useMeasures } from '../../../api/use-measures.ts';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { FactList } from '../../../components/fact-list.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoading } from '../../../components/page-loading.tsx';
import { Panel } from '../../../components/panel.tsx';
import { type SimpleColumn, SimpleTable } from '../../../components/simple-table.tsx';
import { currentLang } from '../../../i18n/index.ts';
import { formatAmount, formatNumber } from '../shared/format.ts';
import { EnterpriseTrace } from './trace-view.tsx';

/**
 * One enterprise of the registry: its details, its figures by year and the entitlements stored for each year.
 * With `own`, the enterprise's own page (its account's "my enterprise"): that id, no link back to the registry.
 */
export default function EnterprisePage({ own }: { own?: string } = {}) {
  const { t, i18n } = useTranslation('officer');
  const lang = currentLang();
  const params = useParams();
  const id = own ?? params.id ?? '';
  const [attempt, setAttempt] = useState(0);
  /** The year whose trace (why this size class and support total) is open, if any. */
  const [traceYear, setTraceYear] = useState<number | null>(null);
  // The catalogue, for the titles of the measures an enterprise is entitled to (a code alone says nothing).
  const catalogue = useMeasures(lang);
  const titles = catalogue.data ? measureIndex(catalogue.data.measures) : undefined;
  const state = useApi(JSON.stringify([lang, id, attempt]), (signal) =>
    apiGet<EnterpriseDetail>(`/api/v1/enterprises/${encodeURIComponent(id)}`, { lang, signal }),
  );
  const back = own === undefined ? <Link to="/registry">{t('enterprise.back')}</Link> : null;
  if (state.status === 'error')
    return (
      <div>
        <p>{back}</p>
        <ApiErrorResult error={state.error} onRetry={() => setAttempt((a) => a + 1)} />
      </div>
    );
  if (state.data === undefined) return <PageLoading />;
  const e = state.data;
  const none = t('enterprise.none');

  const yearColumns: SimpleColumn<Figures>[] = [
    { key: 'year', title: t('enterprise.year'), render: (y) => y.year },
    { key: 'employees', title: t('enterprise.employees'), align: 'end', render: (y) => formatNumber(y.employees, lang) },
    { key: 'revenue', title: t('enterprise.revenue'), align: 'end', render: (y) => formatAmount(y.revenue, lang) },
    { key: 'assets', title: t('enterprise.totalAssets'), align: 'end', render: (y) => formatAmount(y.total_assets, lang) },
    { key: 'taxable', title: t('enterprise.taxableIncome'), align: 'end', render: (y) => formatAmount(y.taxable_income, lang) },
    { key: 'profit', title: t('enterprise.totalProfit'), align: 'end', render: (y) => formatAmount(y.total_profit, lang) },
    {
      key: 'why',
      title: t('enterprise.why'),
      render: (y) => (
        <Button
          size="small"
          type={traceYear === y.year ? 'primary' : 'default'}
          aria-label={t('trace.openLabel', { year: y.year })}
          aria-expanded={traceYear === y.year}
          aria-controls={traceYear === y.year ? 'enterprise-trace' : undefined}
          data-testid={`trace-open-${y.year}`}
          onClick={() => setTraceYear(traceYear === y.year ? null : y.year)}
        >
          {t('trace.open')}
        </Button>
      ),
    },
  ];
  const traced = e.years.find((y) => y.year === traceYear);
  const entitlementColumns: SimpleColumn<StoredEntitlement>[] = [
    { key: 'year', title: t('enterprise.year'), render: (r) => r.year },
    { key: 'size', title: t('enterprise.sizeClass'), render: (r) => (r.size_class ? i18n.t(`common:sizeClass.${r.size_class}`) : none) },
    {
      key: 'sm',
      title: t('enterprise.smallOrMicro'),
      render: (r) =>
        r.is_small_or_micro === null || r.is_small_or_micro === undefined
          ? none
          : t(r.is_small_or_micro ? 'enterprise.yes' : 'enterprise.no'),
    },
    {
      key: 'measures',
      title: t('enterprise.eligibleMeasures'),
      render: (r) => {
        const eligible = (r.components ?? []).filter((c) => c.eligible);
        if (eligible.length === 0) return none;
        return (
          <ul className="xw-measure-list">
            {eligible.map((c) => {
              const code = c.measure.replace(/^gf2012-14\//, '');
              return (
                <li key={c.measure}>
                  <Link to={`/catalogue/${code.split('.')[0]}`} className="xw-nowrap">
                    {code}
                  </Link>{' '}
                  {titles?.get(c.measure)?.measure.title ?? ''}
                </li>
              );
            })}
          </ul>
        );
      },
    },
    { key: 'total', title: t('enterprise.totalSupport'), align: 'end', render: (r) => formatAmount(r.total_support_value, lang) },
    {
      key: 'rules',
      title: t('enterprise.ruleVersion'),
      render: (r) => <span className="xw-mono">{`${r.policy_version} · ${r.parameter_hash.slice(0, 8)}`}</span>,
    },
  ];

  return (
    <div data-testid="enterprise">
      <p className="xw-no-print">{back}</p>
      <PageHeader title={e.name} />
      <Panel title={t('enterprise.facts')}>
        <FactList
          columns={2}
          items={[
            { key: 'id', label: t('enterprise.id'), value: e.id },
            ...(e.credit_code
              ? [
                  {
                    key: 'creditCode',
                    label: t('enterprise.creditCode'),
                    // 18 characters that must be read (and typed) whole: never broken over lines.
                    value: <span className="xw-mono xw-nowrap">{e.credit_code}</span>,
                  },
                ]
              : []),
            { key: 'region', label: t('enterprise.region'), value: e.region_code },
            { key: 'industry', label: t('enterprise.industry'), value: e.industry },
            { key: 'group', label: t('enterprise.group'), value: i18n.t(`industry:group.${e.industry_group}`) },
            { key: 'founded', label: t('enterprise.founded'), value: e.founded ?? none },
            { key: 'capital', label: t('enterprise.capital'), value: formatAmount(e.registered_capital, lang) },
          ]}
        />
      </Panel>
      <Panel title={t('enterprise.yearsTitle')}>
        <SimpleTable
          testId="enterprise-years"
          columns={yearColumns}
          rows={e.years}
          rowKey={(y) => String(y.year)}
          empty={t('enterprise.noYears')}
        />
      </Panel>
      {traced && <EnterpriseTrace key={traced.year} enterprise={e} year={traced} lang={lang} onClose={() => setTraceYear(null)} />}
      <Panel title={t('enterprise.entitlementsTitle')}>
        <SimpleTable
          testId="enterprise-entitlements"
          columns={entitlementColumns}
          rows={e.entitlements}
          rowKey={(r) => String(r.year)}
          empty={t('enterprise.noEntitlements')}
        />
      </Panel>
    </div>
  );
}
