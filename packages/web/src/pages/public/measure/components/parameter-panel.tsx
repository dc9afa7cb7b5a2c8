import { Alert, Button } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParameterEntry, ParameterHistory } from '../../../../api/types.ts';
import { ApiErrorResult } from '../../../../components/api-error-result.tsx';
import { PageLoading } from '../../../../components/page-loading.tsx';
import { Panel } from '../../../../components/panel.tsx';
import { SimpleTable } from '../../../../components/simple-table.tsx';
import { Tag } from '../../../../components/tag.tsx';
import { formatDate } from '../../../../i18n/format.ts';
import type { Lang } from '../../../../i18n/languages.ts';
import { formatParameterValue } from '../parameter-value.ts';
import { useParameterHistories } from '../use-measure.ts';
import { CONFIDENCE_COLOURS } from './documents-table.tsx';

/**
 * The timeline chart loads when a parameter's history is opened: ECharts is most of the page's weight, and a
 * public page must stay within its budget (web/scripts/bundle-sizes.ts) for the first paint on a phone.
 */
const ParameterTimeline = lazy(() => import('./parameter-timeline.tsx').then((m) => ({ default: m.ParameterTimeline })));

/** The entry in force on `date`, if any. */
function entryAt(h: ParameterHistory, date: string): ParameterEntry | undefined {
  return (h.values ?? []).find((e) => e.start <= date && (e.end === null || date <= e.end));
}

/**
 * The parameters behind a measure: each with its value today and the number of values in its history;
 * the chosen one (at first the one that changed most) as a timeline with every value and its reference.
 */
export function ParameterPanel({ paths, lang }: { paths: readonly string[]; lang: Lang }) {
  const { t } = useTranslation('catalogue');
  const state = useParameterHistories(paths, lang);
  const histories = useMemo(() => (state.data?.histories ?? []).filter((h) => h.kind === 'parameter'), [state.data]);
  const [selected, setSelected] = useState<string | undefined>();
  const today = new Date().toISOString().slice(0, 10);

  useEffect(() => {
    if (histories.length > 0 && !histories.some((h) => h.path === selected)) {
      setSelected([...histories].sort((a, b) => (b.values?.length ?? 0) - (a.values?.length ?? 0))[0].path);
    }
  }, [histories, selected]);

  if (paths.length === 0) return <p className="xw-empty">{t('noParameters')}</p>;
  if (state.status === 'error') return <ApiErrorResult error={state.error} />;
  if (!state.data) return <PageLoading />;
  const chosen = histories.find((h) => h.path === selected);
  const none = t('noValue');

  return (
    <div data-testid="parameters">
      <SimpleTable<ParameterHistory>
        testId="parameter-list"
        rows={histories}
        rowKey={(h) => h.path}
        selectedKey={selected}
        columns={[
          { key: 'label', title: t('parameter'), render: (h) => h.label ?? h.path },
          {
            key: 'today',
            title: t('valueToday'),
            align: 'end',
            render: (h) => formatParameterValue(entryAt(h, today)?.value ?? null, h.unit, lang, none),
          },
          { key: 'changes', title: t('changes'), align: 'end', render: (h) => h.values?.length ?? 0 },
          {
            key: 'history',
            title: <span className="xw-visually-hidden">{t('showTimeline')}</span>,
            render: (h) => (
              <Button
                size="small"
                type={h.path === selected ? 'primary' : 'default'}
                aria-pressed={h.path === selected}
                aria-label={t('showTimelineOf', { name: h.label ?? h.path })}
                onClick={() => setSelected(h.path)}
              >
                {t('showTimeline')}
              </Button>
            ),
          },
        ]}
      />
      {state.data.more > 0 && (
        <Alert style={{ marginTop: 8 }} type="info" showIcon title={t('moreParameters', { count: state.data.more })} />
      )}
      {chosen && (
        <div style={{ marginTop: 16 }}>
          <Panel small level={3} title={t('historyOf', { name: chosen.label ?? chosen.path })} testId="parameter-history-panel">
            <Suspense fallback={<div style={{ height: 260 }} />}>
              <ParameterTimeline history={chosen} lang={lang} />
            </Suspense>
            <SimpleTable<ParameterEntry>
              testId="parameter-history"
              rows={chosen.values ?? []}
              rowKey={(e) => e.start}
              columns={[
                { key: 'from', title: t('from'), render: (e) => formatDate(e.start, lang) },
                { key: 'to', title: t('to'), render: (e) => (e.end ? formatDate(e.end, lang) : t('open')) },
                {
                  key: 'value',
                  title: t('value'),
                  align: 'end',
                  render: (e) => <span className="xw-money">{formatParameterValue(e.value, chosen.unit, lang, none)}</span>,
                },
                {
                  key: 'ref',
                  title: t('reference'),
                  render: (e) => (
                    <>
                      {e.references.map((r) => (
                        <div key={`${r.document}-${r.article ?? ''}`}>
                          <code className="xw-code">{r.document}</code> {r.article ?? ''} {r.title ?? ''}
                        </div>
                      ))}
                      {/* Notes are English developer notes: shown on the English page only. */}
                      {lang === 'en' && e.note && <span className="xw-secondary xw-small">{e.note}</span>}
                    </>
                  ),
                },
                {
                  key: 'confidence',
                  title: t('confidenceTitle'),
                  render: (e) => <Tag color={CONFIDENCE_COLOURS[e.confidence]}>{t(`confidence.${e.confidence}`)}</Tag>,
                },
              ]}
            />
          </Panel>
        </div>
      )}
    </div>
  );
}
