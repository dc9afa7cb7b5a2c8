import { ArrowLeftOutlined, FileDoneOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { MeasureBase } from '../../../api/types.ts';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoading } from '../../../components/page-loading.tsx';
import { Panel } from '../../../components/panel.tsx';
import { Tag } from '../../../components/tag.tsx';
import { parametersOf } from '../../../data/measure-parameters.ts';
import { formatDate } from '../../../i18n/format.ts';
import { isLang, type Lang } from '../../../i18n/languages.ts';
import NotFoundPage from '../../exception/not-found/index.tsx';
import { KIND_COLOURS } from '../catalogue/components/measure-card.tsx';
import { DocumentsTable } from './components/documents-table.tsx';
import { ParameterPanel } from './components/parameter-panel.tsx';
import { useMeasure } from './use-measure.ts';

function Effective({ m, lang }: { m: MeasureBase; lang: Lang }) {
  const { t } = useTranslation('catalogue');
  return (
    <>
      {m.effective.to
        ? t('fromTo', { from: formatDate(m.effective.from, lang), to: formatDate(m.effective.to, lang) })
        : t('fromOpen', { from: formatDate(m.effective.from, lang) })}
    </>
  );
}

/** Whether a measure or one of its sub-measures is valued by the engine (the entitlement report can check it). */
function computed(m: MeasureBase & { sub_measures?: readonly MeasureBase[] }): boolean {
  return m.kind === 'entitlement' && (m.variables.length > 0 || (m.sub_measures ?? []).some((s) => s.variables.length > 0));
}

/** How a measure of this kind reaches an enterprise: the route to take, never an invented figure. */
function HowToGet({ m }: { m: MeasureBase & { sub_measures?: readonly MeasureBase[] } }) {
  const { t } = useTranslation('catalogue');
  const navigate = useNavigate();
  return (
    <div data-testid="how-to-get">
      <p>{t(`how.${m.kind}`)}</p>
      {m.documents.length > 0 && <p className="xw-secondary">{t('how.documents')}</p>}
      {computed(m) && (
        <Button type="primary" icon={<FileDoneOutlined />} onClick={() => navigate('/entitlements')}>
          {t('how.checkReport')}
        </Button>
      )}
    </div>
  );
}

/** One item of the catalogue: its text, sub-measures, implementing documents, parameters with their history, and how to get it. */
export default function MeasurePage() {
  const { t, i18n } = useTranslation('catalogue');
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'zh-CN';
  const { item = '' } = useParams();
  const [attempt, setAttempt] = useState(0);
  const state = useMeasure(item, lang, attempt);
  const m = state.data;
  const paths = useMemo(() => (m ? parametersOf([m.id, ...m.sub_measures.map((s) => s.id)]) : []), [m]);
  const { hash } = useLocation();
  // A link to a sub-measure (`/catalogue/02#gf2012-14%2F02.4`, from the entitlement report) scrolls to it once it is drawn.
  useEffect(() => {
    if (m && hash.length > 1) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: 'start' });
  }, [m, hash]);

  if (!/^\d{2}$/.test(item)) return <NotFoundPage />;
  if (state.status === 'error') {
    return (
      <>
        <PageHeader title={t('title')} />
        <ApiErrorResult error={state.error} onRetry={() => setAttempt((a) => a + 1)} />
      </>
    );
  }
  if (!m) return <PageLoading />;

  return (
    <article data-testid="measure" data-measure={m.id}>
      <nav className="xw-breadcrumb xw-no-print" aria-label={t('breadcrumb')}>
        <Link to="/catalogue">{t('title')}</Link>
        <span aria-current="page">{t('itemNo', { n: m.item })}</span>
      </nav>
      <PageHeader
        title={`${t('itemNo', { n: m.item })} ${m.title}`}
        description={`${t('chapterNo', { n: m.chapter })} ${m.chapter_title}`}
        extra={
          <Link to="/catalogue" className="xw-row">
            <ArrowLeftOutlined aria-hidden="true" />
            {t('back')}
          </Link>
        }
      />
      <div className="xw-row" style={{ marginBottom: 16 }}>
        {m.kinds.map((k) => (
          <Tag key={k} color={KIND_COLOURS[k]}>
            {t(`kind.${k}`)}
          </Tag>
        ))}
        {m.beneficiaries.map((b) => (
          <Tag key={b} bordered={false}>
            {t(`beneficiary.${b}`)}
          </Tag>
        ))}
        <span className="xw-secondary">
          <Effective m={m} lang={lang} />
        </span>
      </div>
      <div className="xw-grid xw-grid-wide-narrow">
        <div>
          <Panel title={t('summary')}>
            <p data-testid="measure-summary">{m.summary}</p>
            {m.text_ko && (
              <details className="xw-details">
                <summary>{t('fullTextKo')}</summary>
                <p lang="ko" style={{ marginTop: 8, whiteSpace: 'pre-wrap' }}>
                  {m.text_ko}
                </p>
              </details>
            )}
          </Panel>
        </div>
        <div>
          <Panel title={t('howTitle')}>
            <HowToGet m={m} />
          </Panel>
        </div>
      </div>
      {m.sub_measures.length > 0 && (
        <section aria-labelledby="sub-measures" style={{ marginTop: 16 }}>
          <h2 className="xw-h2" id="sub-measures">
            {t('subMeasuresTitle')}
          </h2>
          <div className="xw-grid xw-grid-cards">
            {m.sub_measures.map((s) => (
              <Panel key={s.id} small level={3} id={s.id} title={`${s.id.replace('gf2012-14/', '')} ${s.title}`}>
                <div className="xw-row" style={{ marginBottom: 8 }}>
                  <Tag color={KIND_COLOURS[s.kind]}>{t(`kind.${s.kind}`)}</Tag>
                  {s.beneficiaries.map((b) => (
                    <Tag key={b} bordered={false}>
                      {t(`beneficiary.${b}`)}
                    </Tag>
                  ))}
                </div>
                <p className="xw-secondary xw-small" style={{ margin: '0 0 8px' }}>
                  {t('inForce')}: <Effective m={s} lang={lang} />
                </p>
                <p>{s.summary}</p>
                {s.documents.length > 0 && (
                  <p className="xw-secondary" style={{ marginBottom: 0 }}>
                    {t('documents')}: {s.documents.map((d) => d.number).join(lang === 'en' ? ', ' : '、')}
                  </p>
                )}
              </Panel>
            ))}
          </div>
        </section>
      )}
      <div style={{ marginTop: 16 }}>
        <Panel title={t('documentsTitle')}>
          <DocumentsTable documents={m.documents} />
        </Panel>
      </div>
      <div style={{ marginTop: 16 }}>
        <Panel title={t('parametersTitle')}>
          <ParameterPanel paths={paths} lang={lang} />
        </Panel>
      </div>
    </article>
  );
}
