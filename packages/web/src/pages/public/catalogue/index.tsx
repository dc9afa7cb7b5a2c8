import { SearchOutlined } from '@ant-design/icons';
import { Form, Input, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type MeasureFilter, useMeasures } from '../../../api/use-measures.ts';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoading } from '../../../components/page-loading.tsx';
import { useDebounced } from '../../../components/use-debounced.ts';
import { isLang, type Lang } from '../../../i18n/languages.ts';
import { MeasureCard } from './components/measure-card.tsx';
import { groupByChapter } from './group-by-chapter.ts';

// The values the service's filter takes, typed by the generated API types: one it does not take fails to compile.
const KINDS: readonly NonNullable<MeasureFilter['kind']>[] = ['entitlement', 'obligation', 'programme', 'service', 'informational'];
const BENEFICIARIES: readonly NonNullable<MeasureFilter['beneficiary']>[] = [
  'enterprise',
  'individual',
  'bank',
  'guarantor',
  'budget_unit',
  'platform',
  'government',
];

/**
 * Policy catalogue: the 29 items of Guofa [2012] No. 14 by chapter, filtered by kind, beneficiary and the
 * date in force, and searched in all three languages whatever the page's language (the server's search).
 * The filters live in the address, so a filtered list can be shared.
 */
export default function CataloguePage() {
  const { t, i18n } = useTranslation('catalogue');
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'zh-CN';
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebounced(text.trim());
  // An address may carry any text; only a value the service takes becomes a filter.
  const kind = KINDS.find((k) => k === params.get('kind'));
  const beneficiary = BENEFICIARIES.find((b) => b === params.get('beneficiary'));
  const inForce = params.get('in_force') ?? undefined;
  const [attempt, setAttempt] = useState(0);
  const filter = useMemo(
    () => ({
      ...(q ? { q } : {}),
      ...(kind ? { kind } : {}),
      ...(beneficiary ? { beneficiary } : {}),
      ...(inForce ? { in_force: inForce } : {}),
    }),
    [q, kind, beneficiary, inForce],
  );
  const state = useMeasures(lang, filter, attempt);
  const groups = useMemo(() => groupByChapter(state.data?.measures ?? []), [state.data]);

  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Form layout="vertical" className="xw-no-print" role="search" onSubmitCapture={(e) => e.preventDefault()}>
        <div className="xw-filters">
          <div>
            <Form.Item label={t('search')} htmlFor="catalogue-search">
              <Input
                id="catalogue-search"
                allowClear
                prefix={<SearchOutlined aria-hidden="true" />}
                placeholder={t('searchPlaceholder')}
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                  setParam('q', e.target.value.trim() || undefined);
                }}
                data-testid="catalogue-search"
              />
            </Form.Item>
          </div>
          <div>
            <Form.Item label={t('filterKind')} htmlFor="filter-kind">
              <Select
                id="filter-kind"
                allowClear
                placeholder={t('all')}
                value={kind}
                onChange={(v?: string) => setParam('kind', v)}
                options={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
                data-testid="filter-kind"
              />
            </Form.Item>
          </div>
          <div>
            <Form.Item label={t('filterBeneficiary')} htmlFor="filter-beneficiary">
              <Select
                id="filter-beneficiary"
                allowClear
                placeholder={t('all')}
                value={beneficiary}
                onChange={(v?: string) => setParam('beneficiary', v)}
                options={BENEFICIARIES.map((b) => ({ value: b, label: t(`beneficiary.${b}`) }))}
                data-testid="filter-beneficiary"
              />
            </Form.Item>
          </div>
          <div>
            <Form.Item label={t('filterInForce')} htmlFor="filter-in-force">
              <Input
                id="filter-in-force"
                type="date"
                value={inForce ?? ''}
                min="2011-01-01"
                onChange={(e) => setParam('in_force', e.target.value || undefined)}
                data-testid="filter-in-force"
              />
            </Form.Item>
          </div>
        </div>
      </Form>
      <div aria-live="polite" className="xw-visually-hidden">
        {state.data ? t('count', { count: state.data.count }) : ''}
      </div>
      {state.status === 'error' && <ApiErrorResult error={state.error} onRetry={() => setAttempt((a) => a + 1)} />}
      {!state.data && state.status === 'loading' && <PageLoading />}
      {state.data && (
        <>
          <p className="xw-secondary" data-testid="catalogue-count">
            {t('count', { count: state.data.count })}
          </p>
          {groups.length === 0 && <p className="xw-empty">{t('noMatch')}</p>}
          {groups.map((g) => (
            <section key={g.chapter} aria-labelledby={`chapter-${g.chapter}`} style={{ marginBottom: 24 }}>
              <h2 className="xw-h2" id={`chapter-${g.chapter}`}>
                {t('chapterNo', { n: g.chapter })} {g.title}
              </h2>
              <div className="xw-grid xw-grid-cards">
                {g.measures.map((m) => (
                  <MeasureCard key={m.id} measure={m} lang={lang} />
                ))}
              </div>
            </section>
          ))}
        </>
      )}
    </>
  );
}
