import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiGet, apiUrl } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiErrorResult } from '../../components/api-error-result.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { currentLang } from '../../i18n/index.ts';
import type { Bulletin } from './bulletin-types.ts';
import { BulletinView } from './bulletin-view.tsx';

/** Anyone: one published bulletin in the reader's language, with its PDF and Excel files (the same figures). */
export default function PublicBulletinPage() {
  const { t } = useTranslation('bulletins');
  const lang = currentLang();
  const { id = '' } = useParams();
  const state = useApi(`${id}|${lang}`, (signal) =>
    apiGet<Bulletin>(`/api/v1/public/bulletins/${encodeURIComponent(id)}`, { lang, signal }),
  );
  if (state.status === 'error') return <ApiErrorResult error={state.error} />;
  const b = state.data;
  if (b === undefined) return <PageLoading />;
  return (
    <div data-testid="public-bulletin" data-version={b.version ?? ''}>
      <PageHeader
        title={t('view.title', { region: b.content.region_name, period: b.period })}
        extra={
          <span className="xw-row" style={{ gap: 8 }}>
            <Link to="/public-bulletins">{t('archive.title')}</Link>
            <a
              className="xw-button-link"
              href={apiUrl(`/api/v1/public/bulletins/${b.id}/pdf`, { lang })}
              download
              data-testid="public-bulletin-pdf"
            >
              {t('actions.downloadPdf')}
            </a>
            <a
              className="xw-button-link"
              href={apiUrl(`/api/v1/public/bulletins/${b.id}/xlsx`, { lang })}
              download
              data-testid="public-bulletin-xlsx"
            >
              {t('actions.downloadXlsx')}
            </a>
          </span>
        }
      />
      <BulletinView bulletin={b} lang={lang} />
    </div>
  );
}
