import { Alert, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, apiPost } from '../../../api/client.ts';
import type { BudgetUnit } from '../../../api/set-aside-types.ts';
import type { Lang } from '../../../i18n/languages.ts';
import { ProblemList } from '../budget-unit/problem-list.tsx';

/** Adds a budget unit (officers: inside their region; the server checks it). */
export function NewUnitForm({ lang, onClose, onCreated }: { lang: Lang; onClose: () => void; onCreated: (unit: BudgetUnit) => void }) {
  const { t } = useTranslation('procurement');
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [region, setRegion] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onCreated(
        await apiPost<BudgetUnit>(
          '/api/v1/budget-units',
          { ...(id.trim() ? { id: id.trim() } : {}), name, region_code: region.trim() },
          { lang },
        ),
      );
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('budgetUnit.create.title')}
      okText={t('budgetUnit.projects.save')}
      cancelText={t('budgetUnit.projects.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={busy}
    >
      <div data-testid="new-unit-form" style={{ display: 'grid', gap: 10 }}>
        <label htmlFor="unit-id">{t('budgetUnit.create.id')}</label>
        <Input id="unit-id" value={id} onChange={(e) => setId(e.target.value)} maxLength={64} />
        <label htmlFor="unit-name">{t('budgetUnit.create.name')}</label>
        <Input id="unit-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
        <label htmlFor="unit-region">{t('budgetUnit.create.region')}</label>
        <Input id="unit-region" value={region} onChange={(e) => setRegion(e.target.value)} maxLength={6} inputMode="numeric" />
        {error && <Alert type="error" showIcon title={error.message} description={<ProblemList error={error} />} />}
      </div>
    </Modal>
  );
}
