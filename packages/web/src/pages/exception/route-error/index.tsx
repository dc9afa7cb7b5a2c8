import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The error page: what broke, in the user's language, and a way back — never a blank screen. Plain
 * markup on purpose: it must show even when the page's own code failed to load.
 */
export function PageError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div className="xw-page-error" role="alert">
      <h1>{t('error.pageTitle')}</h1>
      <p>{t('error.pageText')}</p>
      {detail && <p className="xw-page-error-detail">{`${t('error.detail')}: ${detail}`}</p>}
      <a href="/" className="xw-button-link">
        {t('error.backHome')}
      </a>
    </div>
  );
}

/**
 * Catches what a page throws while loading or drawing (a chunk missing after a deployment, a bug) and
 * shows {@link PageError} in its place; the shell and its menu stay usable. Keyed by the address, so
 * navigating elsewhere starts afresh.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.error === undefined ? this.props.children : <PageError error={this.state.error} />;
  }
}
