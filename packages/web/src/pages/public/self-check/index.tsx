import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiErrorResult } from '../../../components/api-error-result.tsx';
import type { MoneyUnit } from '../../../components/money-input.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { isLang, type Lang } from '../../../i18n/languages.ts';
import { SelfCheckForm } from './components/self-check-form.tsx';
import { SizeResult } from './components/size-result.tsx';
import { readSelfCheck, writeSelfCheck } from './self-check-query.ts';
import { useSelfCheck } from './use-self-check.ts';

/** The years the self-check offers: from the size standard (2011) to this year, newest first. */
export function sizeStandardYears(now = new Date()): string[] {
  const years: string[] = [];
  for (let y = now.getFullYear(); y >= 2011; y--) years.push(String(y));
  return years;
}

/** Size self-check (no login): industry and three figures → the size class, why, and what would change it. */
export default function SelfCheckPage() {
  const { t, i18n } = useTranslation('selfCheck');
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'zh-CN';
  const [params, setParams] = useSearchParams();
  const years = useMemo(() => sizeStandardYears(), []);
  const defaultPeriod = years[0];
  const input = useMemo(() => readSelfCheck(params, defaultPeriod), [params, defaultPeriod]);
  const [unit, setUnit] = useState<MoneyUnit>(lang === 'en' ? 'yuan' : 'wan');
  const [retry, setRetry] = useState(0);
  const state = useSelfCheck(input, lang, retry);

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="xw-grid xw-grid-form">
        <div>
          <SelfCheckForm
            initial={input}
            defaultPeriod={defaultPeriod}
            years={years}
            unit={unit}
            onUnitChange={setUnit}
            loading={state.status === 'loading'}
            onSubmit={(next) => setParams(writeSelfCheck(next))}
          />
        </div>
        <div>
          {state.status === 'error' && <ApiErrorResult error={state.error} onRetry={() => setRetry((r) => r + 1)} />}
          {state.data && <SizeResult response={state.data} lang={lang} />}
          {state.data && input && (
            // On to the entitlements with the same year, industry and figures (the report asks for the rest).
            <p className="xw-no-print">
              <Link to={`/entitlements?${writeSelfCheck(input)}`} data-testid="to-entitlements">
                {t('toEntitlements')} →
              </Link>
            </p>
          )}
          {state.status === 'idle' && <p className="xw-hint">{t('idle')}</p>}
        </div>
      </div>
    </>
  );
}
