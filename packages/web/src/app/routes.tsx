import {
  AlertOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BellOutlined,
  BookOutlined,
  CalculatorOutlined,
  CloudUploadOutlined,
  DatabaseOutlined,
  EditOutlined,
  ExperimentOutlined,
  FileDoneOutlined,
  FlagOutlined,
  FormOutlined,
  FundOutlined,
  GiftOutlined,
  HomeOutlined,
  IdcardOutlined,
  KeyOutlined,
  LineChartOutlined,
  MailOutlined,
  NotificationOutlined,
  PayCircleOutlined,
  ReadOutlined,
  RiseOutlined,
  ShopOutlined,
  SolutionOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import type { Role } from '../api/registry-types.ts';
import { PageLoading } from '../components/page-loading.tsx';
import { OfficerStrings } from '../i18n/officer-strings.tsx';
import { AppShell } from './layout/app-shell.tsx';
import { RequireRole } from './require-role.tsx';
import { REGISTRY_READERS, REGISTRY_WRITERS } from './session.tsx';

/** One page of the application: where it lives, its code (loaded when first visited) and its menu entry. */
export interface PageRoute {
  readonly path: string;
  readonly page: LazyExoticComponent<ComponentType>;
  /** Shown in the menu under this key of `common:nav`; pages without it are reached by links. */
  readonly nav?: { readonly key: string; readonly icon: ReactNode };
  /** Officer pages: only these roles (others get the 403 page; nobody signed in goes to the sign-in page). */
  readonly roles?: readonly Role[];
  /** Needs the `officer` strings (loaded on demand). */
  readonly officer?: boolean;
}

/** Who may open the tender pages (the server scopes them: the unit's staff, the region's officers, analysts and admins). */
const TENDER_ROLES: readonly Role[] = ['procurement', 'officer', 'analyst', 'admin'];

/** Every role: the inbox and notification settings are everybody's own (issue 14 §3). */
const ALL_ROLES: readonly Role[] = ['enterprise', 'officer', 'procurement', 'bank', 'service_provider', 'analyst', 'admin', 'department'];

/** Every page, in menu order; the officer pages (with their roles) are in the menu only for those roles. */
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
  { path: '/login', page: lazy(() => import('../pages/officer/login/index.tsx')), officer: true },
  {
    path: '/registry',
    page: lazy(() => import('../pages/officer/registry/index.tsx')),
    nav: { key: 'registry', icon: <DatabaseOutlined /> },
    roles: REGISTRY_READERS,
  },
  { path: '/registry/:id', page: lazy(() => import('../pages/officer/enterprise/index.tsx')), roles: REGISTRY_READERS },
  {
    path: '/import',
    page: lazy(() => import('../pages/officer/import/index.tsx')),
    nav: { key: 'import', icon: <UploadOutlined /> },
    roles: REGISTRY_WRITERS,
  },
  {
    path: '/dashboard',
    page: lazy(() => import('../pages/officer/dashboard/index.tsx')),
    nav: { key: 'dashboard', icon: <BarChartOutlined /> },
    roles: REGISTRY_READERS,
  },
  {
    path: '/lending/reports',
    page: lazy(() => import('../pages/lending/reports/index.tsx')),
    nav: { key: 'lendingReports', icon: <BankOutlined /> },
    roles: ['bank', 'admin'],
  },
  {
    path: '/lending/loans',
    page: lazy(() => import('../pages/lending/loans/index.tsx')),
    nav: { key: 'lendingLoans', icon: <AuditOutlined /> },
    roles: ['bank', 'officer', 'analyst', 'admin'],
  },
  {
    path: '/lending/dashboard',
    page: lazy(() => import('../pages/lending/dashboard/index.tsx')),
    nav: { key: 'lendingDashboard', icon: <LineChartOutlined /> },
    roles: ['officer', 'analyst', 'admin'],
  },
  {
    path: '/tenders',
    page: lazy(() => import('../pages/procurement/tenders/list/index.tsx')),
    nav: { key: 'tenders', icon: <SolutionOutlined /> },
    roles: TENDER_ROLES,
  },
  { path: '/tenders/:id', page: lazy(() => import('../pages/procurement/tenders/tender/index.tsx')), roles: TENDER_ROLES },
  {
    path: '/procurement/my-unit',
    page: lazy(() => import('../pages/procurement/budget-unit/index.tsx')),
    nav: { key: 'myBudgetUnit', icon: <ShopOutlined /> },
    roles: ['procurement'],
  },
  {
    path: '/procurement/budget-units/:id',
    page: lazy(() => import('../pages/procurement/budget-unit/index.tsx')),
    roles: ['procurement', 'officer', 'analyst', 'admin'],
  },
  {
    path: '/procurement/set-aside',
    page: lazy(() => import('../pages/procurement/set-aside/index.tsx')),
    nav: { key: 'setAside', icon: <FundOutlined /> },
    roles: ['officer', 'analyst', 'admin'],
  },
  {
    path: '/procurement/set-aside/reports/:id',
    page: lazy(() => import('../pages/procurement/set-aside/published-report.tsx')),
    roles: ['officer', 'analyst', 'admin'],
  },
  {
    path: '/what-if',
    page: lazy(() => import('../pages/what-if/index.tsx')),
    nav: { key: 'whatIf', icon: <ExperimentOutlined /> },
    roles: ['analyst', 'officer', 'admin'],
  },
  {
    path: '/bulletins',
    page: lazy(() => import('../pages/bulletins/officer-list.tsx')),
    nav: { key: 'bulletins', icon: <NotificationOutlined /> },
    roles: ['officer', 'analyst', 'admin'],
  },
  { path: '/bulletins/:id', page: lazy(() => import('../pages/bulletins/officer-bulletin.tsx')), roles: ['officer', 'analyst', 'admin'] },
  {
    path: '/public-bulletins',
    page: lazy(() => import('../pages/bulletins/public-archive.tsx')),
    nav: { key: 'bulletinArchive', icon: <ReadOutlined /> },
    officer: true,
  },
  { path: '/public-bulletins/:id', page: lazy(() => import('../pages/bulletins/public-bulletin.tsx')), officer: true },
  { path: '/enterprise/login', page: lazy(() => import('../pages/accounts/enterprise-login/index.tsx')), officer: true },
  { path: '/enterprise/activate', page: lazy(() => import('../pages/accounts/activate/index.tsx')), officer: true },
  {
    path: '/my-enterprise',
    page: lazy(() => import('../pages/accounts/my-enterprise/index.tsx')),
    nav: { key: 'myEnterprise', icon: <IdcardOutlined /> },
    roles: ['enterprise'],
  },
  {
    path: '/accounts/codes',
    page: lazy(() => import('../pages/accounts/codes/index.tsx')),
    nav: { key: 'activationCodes', icon: <KeyOutlined /> },
    roles: REGISTRY_WRITERS,
  },
  {
    path: '/corrections',
    page: lazy(() => import('../pages/accounts/corrections/index.tsx')),
    nav: { key: 'corrections', icon: <EditOutlined /> },
    roles: REGISTRY_WRITERS,
  },
  {
    path: '/feeds',
    page: lazy(() => import('../pages/feeds/index.tsx')),
    nav: { key: 'feeds', icon: <CloudUploadOutlined /> },
    roles: ['department', 'admin'],
  },
  {
    path: '/applications',
    page: lazy(() => import('../pages/applications/my-applications/index.tsx')),
    nav: { key: 'myApplications', icon: <FormOutlined /> },
    roles: ['enterprise'],
  },
  {
    path: '/applications/review',
    page: lazy(() => import('../pages/applications/review-queue/index.tsx')),
    nav: { key: 'reviewQueue', icon: <SolutionOutlined /> },
    roles: ['officer', 'admin'],
  },
  {
    path: '/applications/:id',
    page: lazy(() => import('../pages/applications/detail/index.tsx')),
    roles: ['enterprise', 'officer', 'admin'],
  },
  {
    path: '/complaints',
    page: lazy(() => import('../pages/applications/complaints/index.tsx')),
    nav: { key: 'complaints', icon: <AlertOutlined /> },
    roles: ['enterprise', 'officer', 'department', 'admin'],
  },
  {
    path: '/my-offers',
    page: lazy(() => import('../pages/offers/my-offers/index.tsx')),
    nav: { key: 'myOffers', icon: <GiftOutlined /> },
    roles: ['enterprise'],
  },
  {
    path: '/programmes',
    page: lazy(() => import('../pages/offers/programmes/index.tsx')),
    nav: { key: 'programmes', icon: <GiftOutlined /> },
    // Departments read their own department's programmes of their region (the server scopes them), never change them.
    roles: [...REGISTRY_WRITERS, 'department'],
  },
  {
    path: '/objections',
    page: lazy(() => import('../pages/offers/objections/index.tsx')),
    nav: { key: 'objections', icon: <FlagOutlined /> },
    roles: REGISTRY_WRITERS,
  },
  {
    path: '/payment-batches',
    page: lazy(() => import('../pages/offers/payment-batches/index.tsx')),
    nav: { key: 'paymentBatches', icon: <PayCircleOutlined /> },
    roles: REGISTRY_WRITERS,
  },
  {
    path: '/take-up',
    page: lazy(() => import('../pages/offers/take-up/index.tsx')),
    nav: { key: 'takeUp', icon: <RiseOutlined /> },
    roles: [...REGISTRY_READERS, 'department'],
  },
  // Public (公示): no sign-in; the offers strings load as for the signed-in pages.
  { path: '/publicity/:id', page: lazy(() => import('../pages/offers/publicity/index.tsx')), officer: true },
  {
    path: '/notifications',
    page: lazy(() => import('../pages/notifications/inbox/index.tsx')),
    nav: { key: 'notifications', icon: <BellOutlined /> },
    roles: ALL_ROLES,
  },
  { path: '/notifications/settings', page: lazy(() => import('../pages/notifications/settings/index.tsx')), roles: ALL_ROLES },
  {
    path: '/notifications/deliveries',
    page: lazy(() => import('../pages/notifications/deliveries/index.tsx')),
    nav: { key: 'emailDelivery', icon: <MailOutlined /> },
    roles: ['admin'],
  },
  { path: '*', page: lazy(() => import('../pages/exception/not-found/index.tsx')) },
];

function element(p: PageRoute) {
  const Page = p.page;
  const page = (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
  const strings = p.officer || p.roles ? <OfficerStrings>{page}</OfficerStrings> : page;
  return p.roles ? <RequireRole roles={p.roles}>{strings}</RequireRole> : strings;
}

/** The route table: the shell around every page; the shell catches whatever a page throws (see PageErrorBoundary). */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        {PAGES.map((p) =>
          p.path === '/' ? <Route key={p.path} index element={element(p)} /> : <Route key={p.path} path={p.path} element={element(p)} />,
        )}
      </Route>
    </Routes>
  );
}
