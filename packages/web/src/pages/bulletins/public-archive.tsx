import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiGet, apiUrl } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiErrorResult } from '../../components/api-error-result.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Panel } from '../../components/panel.tsx';
import { SimpleTable } from '../../components/simple-table.tsx';
import { Tag } from '../../components/tag.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLang } from '../../i18n/index.ts';
import type { BulletinSummary } from './bulletin-types.ts';

/** Anyone: every published bulletin version, newest period first; a later version of a region and period corrects the earlier. */
export default function PublicArchivePage() {
  const { t } = useTranslation('bulletins');
  const lang = currentLang();
  const list = useApi(lang, (signal) => apiGet<{ items: BulletinSummary[] }>('/api/v1/public/bulletins', { lang, signal }));
  const items = list.data?.items ?? [];
  const latest = new Map<string, number>();
  for (const b of items) latest.set(`${b.region}|${b.period}`, Math.max(latest.get(`${b.region}|${b.period}`) ?? 0, b.version ?? 0));
  return (
    <div data-testid="bulletin-archive">
      <PageHeader title={t('archive.title')} description={t('archive.description')} />
      <Panel>
        {list.status === 'error' ? (
          <ApiErrorResult error={list.error} />
        ) : (
          <SimpleTable<BulletinSummary>
            testId="bulletin-archive-table"
            rows={items}
            rowKey={(r) => r.id}
            empty={t('archive.empty')}
            columns={[
              { key: 'period', title: t('list.columns.period'), render: (r) => r.period },
              { key: 'region', title: t('list.columns.region'), render: (r) => r.region || t('list.national') },
              {
                key: 'version',
                title: t('list.columns.version'),
                render: (r) => {
                  const last = latest.get(`${r.region}|${r.period}`) ?? 0;
                  return (
                    <span>
                      v{r.version}{' '}
                      {r.version === last ? (
                        <Tag color="green">{t('archive.latest')}</Tag>
                      ) : (
                        <Tag>{t('archive.superseded', { version: last })}</Tag>
                      )}
                    </span>
                  );
                },
              },
              { key: 'at', title: t('view.facts.publishedAt'), render: (r) => formatDateTime(r.published_at, lang) },
              {
                key: 'files',
                title: t('list.columns.actions'),
                render: (r) => (
                  <span className="xw-row" style={{ gap: 8 }}>
                    <Link to={`/public-bulletins/${r.id}`} data-testid={`archive-open-${r.id}`}>
                      {t('archive.open')}
                    </Link>
                    <a href={apiUrl(`/api/v1/public/bulletins/${r.id}/pdf`, { lang })} download>
                      {t('actions.downloadPdf')}
                    </a>
                    <a href={apiUrl(`/api/v1/public/bulletins/${r.id}/xlsx`, { lang })} download>
                      {t('actions.downloadXlsx')}
                    </a>
                  </span>
                ),
              },
            ]}
          />
        )}
      </Panel>
    </div>
  );
}
