import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormFieldInfo, Value } from './types.ts';

/**
 * The fields of an application form as the server describes them (from the policy's variables): money and
 * numbers as text (read exactly by the server), yes/no, choices, dates and free text; units and limits shown.
 */
export function FormFields({
  fields,
  values,
  onChange,
  disabled,
}: {
  fields: readonly FormFieldInfo[];
  values: Readonly<Record<string, Value>>;
  onChange: (name: string, value: Value | undefined) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation('applications');
  return (
    <Form layout="vertical" style={{ maxWidth: 640 }}>
      {fields.map((f) => {
        const id = `field-${f.name}`;
        const value = values[f.name];
        const unit =
          f.unit === 'yuan' ? t('form.yuan') : f.unit === '/1' ? t('form.share') : f.unit === 'month' ? t('form.months') : f.unit;
        const limits = [f.min !== undefined ? `≥ ${f.min}` : null, f.max !== undefined ? `≤ ${f.max}` : null].filter(Boolean).join(', ');
        const help = [unit, limits].filter(Boolean).join(' · ');
        return (
          <Form.Item key={f.name} label={f.label} htmlFor={id} required={f.required} help={help || undefined}>
            {f.type === 'boolean' ? (
              <Select
                id={id}
                data-testid={id}
                disabled={disabled}
                allowClear
                value={value === undefined ? undefined : value === true || value === 'true' ? 'true' : 'false'}
                onChange={(v) => onChange(f.name, v === undefined ? undefined : v === 'true')}
                options={[
                  { value: 'true', label: t('form.yes') },
                  { value: 'false', label: t('form.no') },
                ]}
              />
            ) : f.type === 'enum' ? (
              <Select
                id={id}
                data-testid={id}
                disabled={disabled}
                allowClear
                value={value === undefined ? undefined : String(value)}
                onChange={(v) => onChange(f.name, v)}
                options={(f.options ?? []).map((o) => ({ value: o.value, label: o.label }))}
              />
            ) : f.type === 'text' ? (
              <Input.TextArea
                id={id}
                data-testid={id}
                disabled={disabled}
                rows={3}
                maxLength={f.max}
                value={value === undefined ? '' : String(value)}
                onChange={(e) => onChange(f.name, e.target.value)}
              />
            ) : (
              <Input
                id={id}
                data-testid={id}
                disabled={disabled}
                type={f.type === 'date' ? 'date' : 'text'}
                inputMode={f.type === 'date' ? undefined : 'decimal'}
                value={value === undefined ? '' : String(value)}
                onChange={(e) => onChange(f.name, e.target.value === '' ? undefined : e.target.value)}
              />
            )}
          </Form.Item>
        );
      })}
    </Form>
  );
}
