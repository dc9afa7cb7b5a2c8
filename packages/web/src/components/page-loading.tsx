import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** What a page shows while its code or data loads. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="xw-page-loading" role="status" aria-live="polite">
      <Spin />
      <span className="xw-visually-hidden">{t('loading')}</span>
    </div>
  );
}
