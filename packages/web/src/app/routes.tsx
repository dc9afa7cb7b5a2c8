import { BookOutlined, CalculatorOutlined, FileDoneOutlined, HomeOutlined } from '@ant-design/icons';
import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { PageLoading } from '../components/page-loading.tsx';
import { AppShell } from './layout/app-shell.tsx';

/** One page of the application: where it lives, its code (loaded when first visited) and its menu entry. */
export interface PageRoute {
  readonly path: string;
  readonly page: LazyExoticComponent<ComponentType>;
  /** Shown in the menu under this key of `common:nav`; pages without it are reached by links. */
  readonly nav?: { readonly key: string; readonly icon: ReactNode };
}

/** Every page, in menu order. The officer pages will join here (with their role) when the server has accounts. */
export const PAGES: readonly PageRoute[] = [
  { path: '/', page: lazy(() => import('../pages/public/home/index.tsx')), nav: { key: 'home', icon: <HomeOutlined /> } },
  {
    path: '/self-check',
    page: lazy(() => import('../pages/public/self-check/index.tsx')),
    nav: { key: 'selfCheck', icon: <CalculatorOutlined /> },
  },
  {
    path: '/entitlements',
    page: lazy(() => import('../pages/public/entitlements/index.tsx')),
    nav: { key: 'entitlements', icon: <FileDoneOutlined /> },
  },
  {
    path: '/catalogue',
    page: lazy(() => import('../pages/public/catalogue/index.tsx')),
    nav: { key: 'catalogue', icon: <BookOutlined /> },
  },
  { path: '/catalogue/:item', page: lazy(() => import('../pages/public/measure/index.tsx')) },
  { path: '*', page: lazy(() => import('../pages/exception/not-found/index.tsx')) },
];

function element(Page: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

/** The route table: the shell around every page; the shell catches whatever a page throws (see PageErrorBoundary). */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        {PAGES.map((p) =>
          p.path === '/' ? (
            <Route key={p.path} index element={element(p.page)} />
          ) : (
            <Route key={p.path} path={p.path} element={element(p.page)} />
          ),
        )}
      </Route>
    </Routes>
  );
}
