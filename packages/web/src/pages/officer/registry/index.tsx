import { DownloadOutlined } from '@ant-design/icons';
import { Button, Input, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { apiUrl } from '../../../api/client.ts';
import type { RegistryEnterprise } from '../../../api/registry-types.ts';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoading } from '../../../components/page-loading.tsx';
import { Panel } from '../../../components/panel.tsx';
import { type SimpleColumn, SimpleTable } from '../../../components/simple-table.tsx';
import { INDUSTRY_GROUPS, SIZE_CLASSES } from '../../../data/industry-groups.ts';
import { currentLang } from '../../../i18n/index.ts';
import { formatNumber, yearChoices } from '../shared/format.ts';
import { FILTER_KEYS, filterFromParams, type RegistryFilter, useRegistryPage } from './use-registry.ts';

/**
 * The enterprise registry within the user's scope: filters in the address, pages by the server's cursor
 * (the cursors of the pages seen are kept for "previous"), and the filtered registry as Excel or CSV.
 */
export default function RegistryPage() {
  const { t, i18n } = useTranslation('officer');
  const lang = currentLang();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const filterKey = JSON.stringify(filter);
  const [draft, setDraft] = useState<RegistryFilter>(filter);
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [attempt, setAttempt] = useState(0);
  // A new filter starts again at page 1.
  useEffect(() => {
    setDraft(filter);
    setCursors([undefined]);
  }, [filterKey]);
  const page = cursors.length;
  const state = useRegistryPage(lang, filter, cursors[page - 1], attempt);

  const apply = (next: RegistryFilter) => {
    const p = new URLSearchParams();
    for (const k of FILTER_KEYS) {
      const v = next[k]?.trim();
      if (v) p.set(k, v);
    }
    setParams(p);
  };

  const columns: SimpleColumn<RegistryEnterprise>[] = [
    { key: 'id', title: t('registry.columns.id'), render: (e) => <span className="xw-mono xw-nowrap">{e.id}</span> },
    { key: 'name', title: t('registry.columns.name'), render: (e) => <Link to={`/registry/${encodeURIComponent(e.id)}`}>{e.name}</Link> },
    { key: 'region', title: t('registry.columns.region'), render: (e) => e.region_code },
    {
      key: 'industry',
      title: t('registry.columns.industry'),
      render: (e) => {
        const group = i18n.t(`industry:group.${e.industry_group}`);
        return e.industry === e.industry_group ? group : `${e.industry} · ${group}`;
      },
    },
    ...(filter.year
      ? ([
          { key: 'year', title: t('registry.columns.year'), render: (e) => e.figures?.year ?? '—' },
          {
            key: 'size',
            title: t('registry.columns.sizeClass'),
            render: (e) => (e.entitlement?.size_class ? i18n.t(`common:sizeClass.${e.entitlement.size_class}`) : '—'),
          },
          {
            key: 'employees',
            title: t('registry.columns.employees'),
            align: 'end',
            render: (e) => formatNumber(e.figures?.employees, lang),
          },
          { key: 'revenue', title: t('registry.columns.revenue'), align: 'end', render: (e) => formatNumber(e.figures?.revenue, lang) },
          {
            key: 'support',
            title: t('registry.columns.support'),
            align: 'end',
            render: (e) => formatNumber(e.entitlement?.total_support_value, lang),
          },
        ] satisfies SimpleColumn<RegistryEnterprise>[])
      : []),
  ];

  const exportHref = (format: 'xlsx' | 'csv') => apiUrl('/api/v1/exports', { lang, query: { format, ...filter } });
  const any = t('registry.filters.any');

  return (
    <div>
      <PageHeader
        title={t('registry.title')}
        description={t('registry.description')}
        extra={
          <div style={{ display: 'flex', gap: 8 }}>
            <Button href={exportHref('xlsx')} icon={<DownloadOutlined />} data-testid="export-xlsx">
              {t('registry.exportXlsx')}
            </Button>
            <Button href={exportHref('csv')} icon={<DownloadOutlined />} data-testid="export-csv">
              {t('registry.exportCsv')}
            </Button>
          </div>
        }
      />
      <Panel>
        <form
          className="xw-filters"
          aria-label={t('registry.filters.label')}
          onSubmit={(e) => {
            e.preventDefault();
            apply(draft);
          }}
        >
          <div className="xw-field">
            <label htmlFor="filter-q">{t('registry.filters.search')}</label>
            <Input
              id="filter-q"
              value={draft.q ?? ''}
              onChange={(e) => setDraft({ ...draft, q: e.target.value })}
              style={{ width: 200 }}
              allowClear
            />
          </div>
          <div className="xw-field">
            <label htmlFor="filter-region">{t('registry.filters.region')}</label>
            <Input
              id="filter-region"
              value={draft.region ?? ''}
              placeholder={t('registry.filters.regionPlaceholder')}
              inputMode="numeric"
              maxLength={6}
              onChange={(e) => setDraft({ ...draft, region: e.target.value.replace(/\D/g, '') })}
              style={{ width: 140 }}
            />
          </div>
          <div className="xw-field">
            <label htmlFor="filter-group">{t('registry.filters.industryGroup')}</label>
            <Select
              id="filter-group"
              value={draft.industry_group ?? ''}
              onChange={(v) => setDraft({ ...draft, industry_group: v })}
              style={{ width: 200 }}
              options={[{ value: '', label: any }, ...INDUSTRY_GROUPS.map((g) => ({ value: g, label: i18n.t(`industry:group.${g}`) }))]}
            />
          </div>
          <div className="xw-field">
            <label htmlFor="filter-industry">{t('registry.filters.industry')}</label>
            <Input
              id="filter-industry"
              value={draft.industry ?? ''}
              placeholder={t('registry.filters.industryPlaceholder')}
              maxLength={20}
              onChange={(e) => setDraft({ ...draft, industry: e.target.value.toUpperCase() })}
              style={{ width: 120 }}
            />
          </div>
          <div className="xw-field">
            <label htmlFor="filter-year">{t('registry.filters.year')}</label>
            <Select
              id="filter-year"
              value={draft.year ?? ''}
              onChange={(v) => setDraft({ ...draft, year: v, ...(v ? {} : { size_class: '' }) })}
              style={{ width: 110 }}
              options={[{ value: '', label: any }, ...yearChoices().map((y) => ({ value: String(y), label: String(y) }))]}
            />
          </div>
          <div className="xw-field" title={draft.year ? undefined : t('registry.filters.sizeNeedsYear')}>
            <label htmlFor="filter-size">{t('registry.filters.sizeClass')}</label>
            <Select
              id="filter-size"
              value={draft.size_class ?? ''}
              disabled={!draft.year}
              onChange={(v) => setDraft({ ...draft, size_class: v })}
              style={{ width: 120 }}
              options={[{ value: '', label: any }, ...SIZE_CLASSES.map((s) => ({ value: s, label: i18n.t(`common:sizeClass.${s}`) }))]}
            />
          </div>
          <Button type="primary" htmlType="submit">
            {t('registry.filters.apply')}
          </Button>
          <Button htmlType="button" onClick={() => apply({})}>
            {t('registry.filters.reset')}
          </Button>
        </form>
        {state.status === 'error' ? (
          <ApiErrorResult error={state.error} onRetry={() => setAttempt((a) => a + 1)} />
        ) : state.data === undefined ? (
          <PageLoading />
        ) : (
          <div aria-busy={state.status === 'loading'}>
            <p data-testid="registry-total" data-count={state.data.total?.count}>
              {state.data.total &&
                t(state.data.total.exact ? 'registry.total' : 'registry.totalAtLeast', { count: state.data.total.count })}
            </p>
            <SimpleTable
              testId="registry-table"
              caption={<span className="xw-visually-hidden">{t('registry.caption', { page })}</span>}
              columns={columns}
              rows={state.data.items}
              rowKey={(e) => e.id}
              empty={t('registry.empty')}
            />
            <div className="xw-pager">
              <Button disabled={page === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
                {t('registry.previous')}
              </Button>
              <span data-testid="registry-page">{t('registry.page', { page })}</span>
              <Button
                disabled={!state.data.next_cursor || state.status === 'loading'}
                onClick={() => {
                  const next = state.data?.next_cursor;
                  if (next) setCursors((c) => [...c, next]);
                }}
              >
                {t('registry.next')}
              </Button>
            </div>
          </div>
        )}
      </Panel>
    </div>
  );
}
