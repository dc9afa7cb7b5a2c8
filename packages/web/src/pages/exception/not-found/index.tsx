import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';

/** Any address the application does not have: a 404 page in the user's language. */
export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="xw-error-block" data-testid="not-found">
      <div className="xw-error-code" aria-hidden="true">
        404
      </div>
      <PageHeader title={t('error.notFoundTitle')} />
      <p className="xw-secondary">{t('error.notFoundText')}</p>
      <Link to="/" className="xw-button-link">
        {t('error.backHome')}
      </Link>
    </div>
  );
}
