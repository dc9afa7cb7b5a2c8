import { useTranslation } from 'react-i18next';
import { ChoiceSwitch } from './choice-switch.tsx';
import type { MoneyUnit } from './money-input.tsx';

/** The 万元 / 元 choice of the forms that take amounts (self-check, entitlement report). */
export function MoneyUnitSwitch({ value, onChange }: { value: MoneyUnit; onChange: (unit: MoneyUnit) => void }) {
  const { t } = useTranslation();
  return (
    <div style={{ marginBottom: 16 }}>
      <ChoiceSwitch<MoneyUnit>
        legend={t('common:form.moneyUnit')}
        value={value}
        onChange={onChange}
        testId="money-unit"
        options={[
          { value: 'wan', label: t('common:unit.wan') },
          { value: 'yuan', label: t('common:unit.yuan') },
        ]}
      />
    </div>
  );
}
