import { Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inputFromYuan, yuanFromInput } from '../i18n/format.ts';

export type MoneyUnit = 'yuan' | 'wan';

interface Props {
  readonly id?: string;
  /** Yuan. */
  readonly value?: number;
  readonly onChange?: (yuan: number | undefined) => void;
  readonly unit: MoneyUnit;
  readonly placeholder?: string;
  readonly 'aria-describedby'?: string;
  readonly 'data-testid'?: string;
}

/**
 * An amount of money typed in yuan or in 万元; the form holds yuan, converted exactly (the decimal point
 * is moved in the text). Thousands separators and full-width digits are accepted as typed.
 */
export function MoneyInput({ id, value, onChange, unit, placeholder, ...rest }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value === undefined ? '' : inputFromYuan(value, unit));

  useEffect(() => {
    setText((current) => {
      const parsed = yuanFromInput(current.normalize('NFKC'), unit);
      if (value === undefined) return parsed === undefined ? current : '';
      return parsed === value ? current : inputFromYuan(value, unit);
    });
  }, [value, unit]);

  return (
    <Input
      id={id}
      inputMode="decimal"
      autoComplete="off"
      value={text}
      placeholder={placeholder}
      suffix={<span aria-hidden="true">{unit === 'wan' ? t('unit.wan') : t('unit.yuan')}</span>}
      aria-describedby={rest['aria-describedby']}
      data-testid={rest['data-testid']}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        onChange?.(yuanFromInput(next.normalize('NFKC'), unit));
      }}
    />
  );
}
