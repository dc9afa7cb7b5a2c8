import { Alert, Button, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/client.ts';
import { apiPut } from '../../../api/client.ts';
import { MoneyInput } from '../../../components/money-input.tsx';
import type { Lang } from '../../../i18n/languages.ts';
import { ProblemList } from './problem-list.tsx';

/** Records a year's annual procurement budget (a new year, or a changed budget of the one shown). */
export function YearBudgetForm({
  unitId,
  year,
  budget,
  lang,
  onSaved,
}: {
  unitId: string;
  year: number | null;
  budget: number | undefined;
  lang: Lang;
  onSaved: (year: number) => void;
}) {
  const { t } = useTranslation('procurement');
  const [y, setY] = useState<number | null>(year);
  const [amount, setAmount] = useState<number | undefined>(budget);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (y === null) return;
    setBusy(true);
    setError(null);
    try {
      await apiPut(`/api/v1/budget-units/${encodeURIComponent(unitId)}/years/${y}`, { procurement_budget: amount ?? null }, { lang });
      onSaved(y);
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="year-budget-form">
      <div className="xw-row" style={{ gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        <label htmlFor="budget-year">{t('budgetUnit.year')}</label>
        <InputNumber id="budget-year" min={1949} max={2100} value={y} onChange={(v) => setY(typeof v === 'number' ? v : null)} />
        <label htmlFor="budget-amount">{t('budgetUnit.budget')}</label>
        <div style={{ width: 220 }}>
          <MoneyInput id="budget-amount" unit="yuan" value={amount} onChange={setAmount} data-testid="budget-amount" />
        </div>
        <Button type="primary" onClick={save} loading={busy} disabled={y === null} data-testid="save-budget">
          {t('budgetUnit.saveBudget')}
        </Button>
      </div>
      {error && <Alert style={{ marginTop: 8 }} type="error" showIcon title={error.message} description={<ProblemList error={error} />} />}
    </div>
  );
}
