import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';

/** An officer page the signed-in role may not use: a 403 page in the user's language. */
export default function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <div className="xw-error-block" data-testid="forbidden">
      <div className="xw-error-code" aria-hidden="true">
        403
      </div>
      <PageHeader title={t('error.forbiddenTitle')} />
      <p className="xw-secondary">{t('error.forbiddenText')}</p>
      <Link to="/" className="xw-button-link">
        {t('error.backHome')}
      </Link>
    </div>
  );
}
