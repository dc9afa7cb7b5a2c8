import { MenuOutlined } from '@ant-design/icons';
import { Button, Grid, Layout } from 'antd';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { PageErrorBoundary } from '../../pages/exception/route-error/index.tsx';
import { PAGES } from '../routes.tsx';
import { useSession } from '../session.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';

const { Header, Sider, Content, Footer } = Layout;

/** The inbox bell, loaded only once someone is signed in: a public visitor's pages do not carry it. */
const NotificationBell = lazy(() => import('./notification-bell.tsx').then((m) => ({ default: m.NotificationBell })));

/** The menu key of a path: the first segment (`/catalogue/02` → `/catalogue`). */
function selectedKey(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  return first === '' ? '/' : `/${first}`;
}

/**
 * The frame of every page, after Ant Design Pro: the product name and the language switcher on top, the
 * menu at the side (under the header on phones), the page, and a footer. A skip link leads past the menu, and
 * after each navigation the focus moves to the page so that screen readers announce it.
 */
export function AppShell() {
  const { t } = useTranslation();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;
  const [menuOpen, setMenuOpen] = useState(false);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    setMenuOpen(false);
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  const { state, logout } = useSession();
  const navigate = useNavigate();
  const role = state.session?.user.role;
  const current = selectedKey(location.pathname);
  const account =
    state.status === 'signed-in' ? (
      <span className="xw-account">
        {/* A long name (a department's full title) ends in an ellipsis; the whole of it on hover. */}
        <span
          className="xw-account-name"
          data-testid="signed-in-user"
          title={state.session.user.display_name ?? state.session.user.username}
        >
          {state.session.user.display_name ?? state.session.user.username}
        </span>
        <Button
          size="small"
          onClick={() => {
            void logout().finally(() => navigate('/login'));
          }}
        >
          {t('nav.signOut')}
        </Button>
      </span>
    ) : (
      <Link to="/login" className="xw-account-link">
        {t('nav.signIn')}
      </Link>
    );
  const menu = (
    <nav aria-label={t('nav.label')}>
      <ul className="xw-nav">
        {PAGES.filter((p) => p.nav && (!p.roles || (role !== undefined && p.roles.includes(role)))).map((p) => (
          <li key={p.path}>
            <Link to={p.path} aria-current={p.path === current ? 'page' : undefined}>
              <span aria-hidden="true">{p.nav?.icon}</span>
              <span>{t(`nav.${p.nav?.key}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );

  return (
    <Layout className="xw-shell">
      <a className="xw-skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Header className="xw-header">
        {!wide && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('nav.open')}
            aria-expanded={menuOpen}
            aria-controls="xw-mobile-menu"
            onClick={() => setMenuOpen((o) => !o)}
            className="xw-no-print"
          />
        )}
        <Link to="/" className="xw-brand">
          <span className="xw-logo" aria-hidden="true">
            小
          </span>
          <span className="xw-brand-text">{t('appName')}</span>
        </Link>
        <div className="xw-header-right xw-no-print">
          {state.status === 'signed-in' && (
            <Suspense fallback={null}>
              <NotificationBell />
            </Suspense>
          )}
          {account}
          <LanguageSwitcher />
        </div>
      </Header>
      {!wide && menuOpen && (
        <div id="xw-mobile-menu" className="xw-mobile-menu xw-no-print">
          {menu}
        </div>
      )}
      <Layout>
        {wide && (
          <Sider width={216} theme="light" className="xw-sider xw-no-print">
            {menu}
          </Sider>
        )}
        <Layout className="xw-body">
          <Content id="main" ref={main} tabIndex={-1} className="xw-content">
            <PageErrorBoundary key={location.pathname}>
              <Outlet />
            </PageErrorBoundary>
          </Content>
          <Footer className="xw-footer">{t('footer')}</Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
