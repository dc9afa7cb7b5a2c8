import { useTranslation } from 'react-i18next';
import type { EntitlementsResponse } from '../../../../api/types.ts';
import { FactList } from '../../../../components/fact-list.tsx';
import { useIndustryName } from '../../../../components/industry-picker.tsx';
import { Panel } from '../../../../components/panel.tsx';
import { formatCount, formatOfficialMoney, formatYuan } from '../../../../i18n/format.ts';
import type { Lang } from '../../../../i18n/languages.ts';
import type { ReportInput } from '../report-query.ts';
import { PackageChart, type PackageComponent } from './package-chart.tsx';

/** The head of the report: the whole-package total, the figures it was computed from, and its chart. */
export function ReportSummary({
  response,
  input,
  parts,
  lang,
}: {
  response: EntitlementsResponse;
  input: ReportInput;
  parts: readonly PackageComponent[];
  lang: Lang;
}) {
  const { t } = useTranslation('entitlements');
  const industryName = useIndustryName();
  const { result } = response;
  const obtained = result.entitlements.filter((e) => e.eligible).length;
  return (
    <div className="xw-grid xw-grid-halves">
      <div>
        <Panel title={t('totalTitle', { year: response.period })} testId="report-summary">
          <div className="xw-stat-title">{t('total')}</div>
          <div className="xw-stat-value" data-testid="total" data-value={result.total_support_value}>
            {formatYuan(result.total_support_value, lang)}
          </div>
          <p className="xw-secondary" style={{ marginTop: 8 }}>
            {t('totalNote', { obtained, all: result.entitlements.length })}
          </p>
          {result.total_excludes.length > 0 && (
            <p className="xw-warning-text" data-testid="total-excludes">
              {t('totalExcludes', { count: result.total_excludes.length })}
            </p>
          )}
          <FactList
            title={t('figures')}
            items={[
              { key: 'industry', label: t('common:form.industry'), value: industryName(input.industry) },
              // Only the figures given (the industry's standard may not use all three).
              ...(input.employees !== undefined
                ? [{ key: 'employees', label: t('common:indicator.employees'), value: formatCount(input.employees, lang) }]
                : []),
              ...(input.revenue !== undefined
                ? [{ key: 'revenue', label: t('common:indicator.revenue'), value: formatOfficialMoney(input.revenue, lang) }]
                : []),
              ...(input.total_assets !== undefined
                ? [{ key: 'total_assets', label: t('common:indicator.total_assets'), value: formatOfficialMoney(input.total_assets, lang) }]
                : []),
              ...(input.taxable_income !== undefined
                ? [{ key: 'taxable_income', label: t('field.taxable_income'), value: formatYuan(input.taxable_income, lang) }]
                : []),
            ]}
          />
          <p className="xw-secondary xw-small" style={{ marginBottom: 0 }}>
            {t('common:ruleVersion', { version: response.policy_version, hash: response.parameter_hash.slice(0, 12) })}
          </p>
        </Panel>
      </div>
      <div>
        <Panel title={t('chartTitle')}>
          <PackageChart parts={parts} total={result.total_support_value} lang={lang} />
        </Panel>
      </div>
    </div>
  );
}
