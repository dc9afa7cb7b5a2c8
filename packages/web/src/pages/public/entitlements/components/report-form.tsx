import { Button, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SIZE_INDICATORS, type SizeIndicator, useSizeIndicators } from '../../../../api/use-size-indicators.ts';
import { CountInput } from '../../../../components/count-input.tsx';
import { IndustryPicker } from '../../../../components/industry-picker.tsx';
import { MoneyInput, type MoneyUnit } from '../../../../components/money-input.tsx';
import { MoneyUnitSwitch } from '../../../../components/money-unit-switch.tsx';
import { Panel } from '../../../../components/panel.tsx';
import type { ReportInput } from '../report-query.ts';

/** A native checkbox with its label (Form.Item passes `checked` and `onChange`). */
function NativeCheckbox({
  label,
  testId,
  checked,
  onChange,
  id,
}: {
  label: string;
  testId: string;
  checked?: boolean;
  onChange?: (e: unknown) => void;
  id?: string;
}) {
  return (
    <label className="xw-checkbox">
      <input type="checkbox" id={id} checked={checked ?? false} onChange={onChange} data-testid={testId} />
      <span>{label}</span>
    </label>
  );
}

interface Props {
  readonly initial: ReportInput | null;
  readonly defaultPeriod: string;
  readonly years: readonly string[];
  readonly unit: MoneyUnit;
  readonly onUnitChange: (unit: MoneyUnit) => void;
  readonly onSubmit: (input: ReportInput) => void;
  readonly loading: boolean;
}

type Values = Partial<Record<keyof ReportInput, string | number | boolean | null>>;

const MONEY_OPTIONAL = ['taxable_income'] as const;

/**
 * Size figures asked even where the industry's size standard does not use them: the income-tax test of
 * small low-profit enterprises caps total assets (企业所得税法实施条例 第九十二条), and an absent figure is
 * never taken as 0, so the report needs it whatever the size standard.
 */
const TAX_FIGURES: readonly SizeIndicator[] = ['total_assets'];

/** The figures of the report: the year, the size-standard figures, taxable income, and optional answers. */
export function ReportForm({ initial, defaultPeriod, years, unit, onUnitChange, onSubmit, loading }: Props) {
  const { t } = useTranslation('entitlements');
  const [form] = Form.useForm<Values>();
  const vat = Form.useWatch('is_small_scale_vat_taxpayer', form);
  const businessTax = Form.useWatch('is_business_tax_taxpayer', form);
  const rents = Form.useWatch('rents_premises', form);
  const industry = (Form.useWatch('industry', form) as string | undefined) ?? initial?.industry;
  const period = String(Form.useWatch('period', form) ?? initial?.period ?? defaultPeriod);
  // The indicators the industry's size standard uses are required (工业: employees and revenue); total
  // assets otherwise stay, optional, for the income-tax test (TAX_FIGURES).
  const used = useSizeIndicators(industry, period);
  const asks = (i: SizeIndicator) => used === undefined || used.includes(i);

  useEffect(() => {
    if (initial) form.setFieldsValue(initial);
  }, [initial, form]);

  const hasMore =
    initial !== null &&
    Object.keys(initial).some((k) => !['period', 'industry', 'employees', 'revenue', 'total_assets', 'taxable_income'].includes(k));
  const unitLabel = unit === 'wan' ? t('common:unit.wan') : t('common:unit.yuan');
  const moneyItem = (name: keyof ReportInput, label: string, required: boolean, extra?: string) => (
    <Form.Item
      key={name}
      name={name}
      label={t('common:form.withUnit', { name: label, unit: unitLabel })}
      extra={extra}
      rules={required ? [{ required: true, message: t('common:form.enterAmountOf', { name: label }) }] : []}
    >
      <MoneyInput unit={unit} data-testid={`input-${name}`} />
    </Form.Item>
  );

  const submit = (v: Values) => {
    const out: Record<string, unknown> = {};
    for (const [k, value] of Object.entries(v)) {
      if (value === undefined || value === null || value === '' || value === false) continue;
      if ((SIZE_INDICATORS as readonly string[]).includes(k) && !asks(k as SizeIndicator) && !TAX_FIGURES.includes(k as SizeIndicator))
        continue;
      out[k] = value;
    }
    onSubmit({
      ...(out as unknown as ReportInput),
      ...(out.employees !== undefined ? { employees: Number(out.employees) } : {}),
      period: String(v.period),
    });
  };

  return (
    <Panel title={t('formTitle')} className="xw-no-print">
      <Form<Values> form={form} layout="vertical" requiredMark="optional" initialValues={{ period: defaultPeriod }} onFinish={submit}>
        <Form.Item name="period" label={t('year')} extra={t('yearHint')} rules={[{ required: true }]}>
          <Select virtual={false} options={years.map((y) => ({ value: y, label: y }))} data-testid="input-period" />
        </Form.Item>
        <Form.Item name="industry" label={t('common:form.industry')} rules={[{ required: true, message: t('common:form.chooseIndustry') }]}>
          <IndustryPicker />
        </Form.Item>
        {asks('employees') && (
          <Form.Item
            name="employees"
            label={t('common:indicator.employees')}
            rules={[{ required: true, message: t('common:form.enterCount') }]}
          >
            <CountInput data-testid="input-employees" />
          </Form.Item>
        )}
        <MoneyUnitSwitch value={unit} onChange={onUnitChange} />
        {asks('revenue') && moneyItem('revenue', t('common:indicator.revenue'), true)}
        {asks('total_assets')
          ? moneyItem('total_assets', t('common:indicator.total_assets'), true)
          : moneyItem('total_assets', t('common:indicator.total_assets'), false, t('fieldHint.total_assets'))}
        {MONEY_OPTIONAL.map((name) => moneyItem(name, t(`field.${name}`), false, t(`fieldHint.${name}`)))}
        <details className="xw-details" open={hasMore || undefined} style={{ marginBottom: 16 }}>
          <summary>{t('more')}</summary>
          <Form.Item
            name="region"
            label={t('field.region')}
            extra={t('fieldHint.region')}
            rules={[{ pattern: /^\d{6}$/, message: t('fieldHint.region') }]}
          >
            <Input inputMode="numeric" maxLength={6} data-testid="input-region" />
          </Form.Item>
          <Form.Item name="founded" label={t('field.founded')}>
            <Input type="date" data-testid="input-founded" />
          </Form.Item>
          <Form.Item name="restricted_industry" valuePropName="checked">
            <NativeCheckbox label={t('field.restricted_industry')} testId="input-restricted_industry" />
          </Form.Item>
          <Form.Item name="is_small_scale_vat_taxpayer" valuePropName="checked">
            <NativeCheckbox label={t('field.is_small_scale_vat_taxpayer')} testId="input-is_small_scale_vat_taxpayer" />
          </Form.Item>
          {vat && moneyItem('vat_sales', t('field.vat_sales'), false, t('fieldHint.vat_sales'))}
          <Form.Item name="is_business_tax_taxpayer" valuePropName="checked">
            <NativeCheckbox label={t('field.is_business_tax_taxpayer')} testId="input-is_business_tax_taxpayer" />
          </Form.Item>
          {businessTax && moneyItem('business_tax_turnover', t('field.business_tax_turnover'), false, t('fieldHint.business_tax_turnover'))}
          <Form.Item name="rents_premises" valuePropName="checked">
            <NativeCheckbox label={t('field.rents_premises')} testId="input-rents_premises" />
          </Form.Item>
          {rents && moneyItem('premises_rent', t('field.premises_rent'), false)}
        </details>
        <Button type="primary" htmlType="submit" loading={loading} block data-testid="submit">
          {t('submit')}
        </Button>
      </Form>
    </Panel>
  );
}
