import { Button, Form, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSizeIndicators } from '../../../../api/use-size-indicators.ts';
import { CountInput } from '../../../../components/count-input.tsx';
import { IndustryPicker } from '../../../../components/industry-picker.tsx';
import { MoneyInput, type MoneyUnit } from '../../../../components/money-input.tsx';
import { MoneyUnitSwitch } from '../../../../components/money-unit-switch.tsx';
import { Panel } from '../../../../components/panel.tsx';
import type { SelfCheckInput } from '../self-check-query.ts';

export interface SelfCheckFormProps {
  readonly initial: SelfCheckInput | null;
  readonly defaultPeriod: string;
  readonly years: readonly string[];
  readonly unit: MoneyUnit;
  readonly onUnitChange: (unit: MoneyUnit) => void;
  readonly onSubmit: (input: SelfCheckInput) => void;
  readonly loading: boolean;
}

interface Values {
  period: string;
  industry?: string;
  employees?: number | null;
  revenue?: number;
  total_assets?: number;
}

/**
 * The figures of the self-check: year, industry, and the indicators the industry's standard uses (工业:
 * employees and revenue; 建筑业: revenue and total assets; …) — never a figure the law does not look at.
 */
export function SelfCheckForm({ initial, defaultPeriod, years, unit, onUnitChange, onSubmit, loading }: SelfCheckFormProps) {
  const { t } = useTranslation('selfCheck');
  const [form] = Form.useForm<Values>();
  const industry = Form.useWatch('industry', form) ?? initial?.industry;
  const period = Form.useWatch('period', form) ?? initial?.period ?? defaultPeriod;
  const used = useSizeIndicators(industry, period);
  const asks = (i: 'employees' | 'revenue' | 'total_assets') => used === undefined || used.includes(i);

  useEffect(() => {
    if (initial) form.setFieldsValue(initial);
  }, [initial, form]);

  const unitLabel = unit === 'wan' ? t('common:unit.wan') : t('common:unit.yuan');
  const money = (name: 'revenue' | 'total_assets', hint: string) => (
    <Form.Item
      name={name}
      label={t('common:form.withUnit', { name: t(`common:indicator.${name}`), unit: unitLabel })}
      extra={hint}
      rules={[{ required: true, message: t('common:form.enterAmountOf', { name: t(`common:indicator.${name}`) }) }]}
    >
      <MoneyInput unit={unit} data-testid={`input-${name}`} placeholder={unit === 'wan' ? '500' : '5000000'} />
    </Form.Item>
  );

  return (
    <Panel title={t('formTitle')} className="xw-no-print">
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ period: defaultPeriod }}
        onFinish={(v) =>
          onSubmit({
            period: v.period,
            industry: v.industry as string,
            ...(asks('employees') && v.employees != null ? { employees: Number(v.employees) } : {}),
            ...(asks('revenue') && v.revenue !== undefined ? { revenue: v.revenue } : {}),
            ...(asks('total_assets') && v.total_assets !== undefined ? { total_assets: v.total_assets } : {}),
          })
        }
      >
        <Form.Item name="period" label={t('common:form.year')} rules={[{ required: true }]}>
          <Select options={years.map((y) => ({ value: y, label: y }))} data-testid="input-period" />
        </Form.Item>
        <Form.Item name="industry" label={t('common:form.industry')} rules={[{ required: true, message: t('common:form.chooseIndustry') }]}>
          <IndustryPicker />
        </Form.Item>
        {asks('employees') && (
          <Form.Item
            name="employees"
            label={t('common:indicator.employees')}
            extra={t('employeesHint')}
            rules={[{ required: true, message: t('common:form.enterCount') }]}
          >
            <CountInput data-testid="input-employees" />
          </Form.Item>
        )}
        {(asks('revenue') || asks('total_assets')) && <MoneyUnitSwitch value={unit} onChange={onUnitChange} />}
        {asks('revenue') && money('revenue', t('revenueHint'))}
        {asks('total_assets') && money('total_assets', t('assetsHint'))}
        <Button type="primary" htmlType="submit" loading={loading} block data-testid="submit">
          {t('submit')}
        </Button>
      </Form>
    </Panel>
  );
}
