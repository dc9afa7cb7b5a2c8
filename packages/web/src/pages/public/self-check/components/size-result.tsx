import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClassifyResponse, IndicatorCheck } from '../../../../api/types.ts';
import { FactList } from '../../../../components/fact-list.tsx';
import { useIndustryName } from '../../../../components/industry-picker.tsx';
import { Panel } from '../../../../components/panel.tsx';
import { SimpleTable } from '../../../../components/simple-table.tsx';
import { Tag } from '../../../../components/tag.tsx';
import type { SizeClass } from '../../../../data/industry-groups.ts';
import { formatCount, formatOfficialMoney } from '../../../../i18n/format.ts';
import type { Lang } from '../../../../i18n/languages.ts';
import { whatWouldChange } from '../what-would-change.ts';

export const CLASS_COLOURS: Readonly<Record<SizeClass, string>> = { large: 'purple', medium: 'blue', small: 'green', micro: 'cyan' };

/** A figure of an indicator: a head count, or money in 万元 (yuan in English). */
export function indicatorValue(indicator: IndicatorCheck['indicator'], value: number, lang: Lang): string {
  return indicator === 'employees' ? formatCount(value, lang) : formatOfficialMoney(value, lang);
}

/** The size class with the deciding indicators (the server's explanation) and what would change it. */
export function SizeResult({ response, lang }: { response: ClassifyResponse; lang: Lang }) {
  const { t } = useTranslation('selfCheck');
  const industryName = useIndustryName();
  const { result } = response;
  const { changes, together } = whatWouldChange(result);
  const tier = result.explanation.deciding_tier;

  return (
    <Panel title={t('resultTitle')} testId="size-result">
      <div aria-live="polite">
        <span className="xw-secondary">{t('sizeClassIs')}</span>
        <div className="xw-size-class" data-testid="size-class" data-size-class={result.size_class}>
          <Tag large color={CLASS_COLOURS[result.size_class]}>
            {t(`common:sizeClass.${result.size_class}`)}
          </Tag>
          <Tag color={result.is_small_or_micro ? 'success' : 'default'}>
            {result.is_small_or_micro ? t('isSmallOrMicro') : t('notSmallOrMicro')}
          </Tag>
        </div>
      </div>
      <div style={{ marginTop: 12 }}>
        <FactList
          items={[
            { key: 'group', label: t('group'), value: t(`industry:group.${result.industry_group}`) },
            { key: 'industry', label: t('common:form.industry'), value: industryName(result.industry) },
            { key: 'period', label: t('common:form.year'), value: response.period },
          ]}
        />
      </div>
      <h3 className="xw-h3">{t('decidingTitle')}</h3>
      <Alert type="info" showIcon title={result.explanation.text} data-testid="explanation" />
      <div style={{ marginTop: 12 }}>
        <SimpleTable<IndicatorCheck>
          testId="deciding-checks"
          rows={result.explanation.checks}
          rowKey={(c) => c.indicator}
          caption={<span className="xw-visually-hidden">{t('checksCaption', { tier: t(`common:sizeClass.${tier}`) })}</span>}
          columns={[
            { key: 'indicator', title: t('indicator'), render: (c) => t(`common:indicator.${c.indicator}`) },
            { key: 'value', title: t('yourValue'), align: 'end', render: (c) => indicatorValue(c.indicator, c.value, lang) },
            {
              key: 'bound',
              title: t('boundOf', { tier: t(`common:sizeClass.${tier}`) }),
              align: 'end',
              render: (c) => indicatorValue(c.indicator, c.bound, lang),
            },
            {
              key: 'met',
              title: t('met'),
              render: (c) => <Tag color={c.met ? 'success' : 'warning'}>{c.met ? t('metYes') : t('metNo')}</Tag>,
            },
          ]}
        />
      </div>
      <h3 className="xw-h3">{t('changeTitle')}</h3>
      <ul data-testid="what-would-change" style={{ paddingInlineStart: 20 }}>
        {changes.map((c) => (
          <li key={c.indicator}>
            {t(c.direction === 'reach' ? 'changeReach' : 'changeBelow', {
              subject: t(`common:indicatorSubject.${c.indicator}`),
              bound: indicatorValue(c.indicator, c.bound, lang),
              value: indicatorValue(c.indicator, c.value, lang),
              to: t(`common:sizeClass.${c.to}`),
            })}
          </li>
        ))}
      </ul>
      {together && <p className="xw-secondary">{t('changeTogether')}</p>}
      <p className="xw-secondary xw-small" style={{ marginBottom: 0 }}>
        {t('common:ruleVersion', { version: response.policy_version, hash: response.parameter_hash.slice(0, 12) })}
      </p>
    </Panel>
  );
}
