import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The title of a page (its one h1, also the document title) with a line of explanation and actions. */
export function PageHeader({ title, description, extra }: { title: string; description?: ReactNode; extra?: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('appName')}`;
  }, [title, t]);
  return (
    <div className="xw-page-header">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', justifyContent: 'space-between' }}>
        <h1>{title}</h1>
        {extra && <div className="xw-no-print">{extra}</div>}
      </div>
      {description && <p>{description}</p>}
    </div>
  );
}
