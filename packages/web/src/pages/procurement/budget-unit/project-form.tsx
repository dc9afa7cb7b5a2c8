import { Alert, Checkbox, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, apiPost, apiPut } from '../../../api/client.ts';
import type { AwardSizeClass, Project, ReservedFor } from '../../../api/set-aside-types.ts';
import { MoneyInput } from '../../../components/money-input.tsx';
import type { Lang } from '../../../i18n/languages.ts';
import { ProblemList } from './problem-list.tsx';

const RESERVED: readonly ReservedFor[] = ['none', 'sme', 'small_micro'];
const SIZES: readonly AwardSizeClass[] = ['micro', 'small', 'medium', 'large'];

/**
 * Adds a project to the unit's year or changes one: name, budget, reservation, and the award recorded
 * by hand (not for a project awarded through a tender in the system: its award is the tender's).
 */
export function ProjectForm({
  unitId,
  year,
  project,
  lang,
  onClose,
  onSaved,
}: {
  unitId: string;
  year: number;
  project: Project | null;
  lang: Lang;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('procurement');
  const [name, setName] = useState(project?.name ?? '');
  const [budget, setBudget] = useState<number | undefined>(project?.budget);
  const [reserved, setReserved] = useState<ReservedFor>(project?.reserved_for ?? 'none');
  const [awarded, setAwarded] = useState(project?.award != null);
  const [supplier, setSupplier] = useState(project?.award?.supplier_name ?? '');
  const [size, setSize] = useState<AwardSizeClass>(project?.award?.size_class ?? 'small');
  const [amount, setAmount] = useState<number | undefined>(project?.award?.amount);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const byTender = project?.tender_id != null;

  const submit = async () => {
    setBusy(true);
    setError(null);
    const award = awarded ? { supplier_name: supplier, size_class: size, amount: amount ?? null } : null;
    const body = {
      name,
      budget: budget ?? null,
      reserved_for: reserved,
      ...(byTender ? {} : { award }),
    };
    try {
      if (project === null) await apiPost(`/api/v1/budget-units/${encodeURIComponent(unitId)}/projects`, { ...body, year }, { lang });
      else await apiPut(`/api/v1/procurement-projects/${encodeURIComponent(project.id)}`, body, { lang });
      onSaved();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={project === null ? t('budgetUnit.projects.add') : t('budgetUnit.projects.edit')}
      okText={t('budgetUnit.projects.save')}
      cancelText={t('budgetUnit.projects.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'project-save' } as Record<string, string>}
    >
      <div data-testid="project-form" style={{ display: 'grid', gap: 10 }}>
        <label htmlFor="project-name">{t('budgetUnit.projects.name')}</label>
        <Input id="project-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
        <label htmlFor="project-budget">{t('budgetUnit.projects.budget')}</label>
        <MoneyInput id="project-budget" unit="yuan" value={budget} onChange={setBudget} />
        <label htmlFor="project-reserved">{t('budgetUnit.projects.reservedFor')}</label>
        <Select
          id="project-reserved"
          value={reserved}
          onChange={setReserved}
          options={RESERVED.map((r) => ({ value: r, label: t(`budgetUnit.reserved.${r}`) }))}
        />
        {byTender ? (
          <Alert type="info" showIcon title={t('budgetUnit.projects.tenderAward', { tender: project?.tender_id })} />
        ) : (
          <>
            <Checkbox id="project-awarded" checked={awarded} onChange={(e) => setAwarded(e.target.checked)}>
              {t('budgetUnit.projects.recordAward')}
            </Checkbox>
            {awarded && (
              <>
                <label htmlFor="award-supplier">{t('budgetUnit.projects.supplier')}</label>
                <Input id="award-supplier" value={supplier} onChange={(e) => setSupplier(e.target.value)} maxLength={200} />
                <label htmlFor="award-size">{t('budgetUnit.projects.sizeClass')}</label>
                <Select
                  id="award-size"
                  value={size}
                  onChange={setSize}
                  options={SIZES.map((s) => ({ value: s, label: t(`budgetUnit.size.${s}`) }))}
                />
                <label htmlFor="award-amount">{t('budgetUnit.projects.amount')}</label>
                <MoneyInput id="award-amount" unit="yuan" value={amount} onChange={setAmount} />
              </>
            )}
          </>
        )}
        {error && <Alert type="error" showIcon title={error.message} description={<ProblemList error={error} />} />}
      </div>
    </Modal>
  );
}
