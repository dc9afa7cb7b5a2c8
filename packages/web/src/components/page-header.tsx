import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The title of a page (its one h1, also the document title) with a line of explanation and actions. */
export function PageHeader({ title, description, extra }: { title: string; description?: ReactNode; extra?: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    const app = t('appName');
    // The home page's title is the product's name: once, not "name · name".
    document.title = title === app ? app : `${title} · ${app}`;
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
