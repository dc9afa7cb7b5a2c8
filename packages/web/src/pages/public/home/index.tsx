import { BookOutlined, CalculatorOutlined, FileDoneOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';

function Entry({ to, icon, title, text }: { to: string; icon: ReactNode; title: string; text: string }) {
  return (
    <Link to={to} className="xw-entry">
      <span className="xw-entry-icon" aria-hidden="true">
        {icon}
      </span>
      <h2 className="xw-h3" style={{ marginTop: 8 }}>
        {title}
      </h2>
      <p style={{ margin: 0 }}>{text}</p>
    </Link>
  );
}

/** The start page: what Xiaowei does, and the three public pages. */
export default function HomePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('home.title')} description={t('home.description')} />
      <div className="xw-entries">
        <Entry to="/self-check" icon={<CalculatorOutlined />} title={t('nav.selfCheck')} text={t('home.selfCheck')} />
        <Entry to="/entitlements" icon={<FileDoneOutlined />} title={t('nav.entitlements')} text={t('home.entitlements')} />
        <Entry to="/catalogue" icon={<BookOutlined />} title={t('nav.catalogue')} text={t('home.catalogue')} />
      </div>
      <p className="xw-secondary" style={{ marginTop: 24 }}>
        {t('home.note')}
      </p>
    </>
  );
}
