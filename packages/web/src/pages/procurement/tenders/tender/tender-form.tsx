import { SaveOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Select } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiGet, apiPut } from '../../../../api/client.ts';
import type { LegalRange, TenderDetail, TenderMethod, UnitProject } from '../../../../api/tender-types.ts';
import { useApi } from '../../../../api/use-api.ts';
import { ApiErrorResult } from '../../../../components/api-error-result.tsx';
import { Panel } from '../../../../components/panel.tsx';
import { currentLang } from '../../../../i18n/index.ts';
import { percent, percentTextFromRate, rateFromPercentText } from './percent.ts';

/**
 * The tender's own fields: date, method, price weight and the deduction rates, with the legal range in
 * force on the chosen date shown beside the rates (for goods and services: 财库〔2011〕181号 6%–10%, consortium
 * 2%–3%; later 财库〔2020〕46号 and 〔2022〕19号; none after 2027-12-31, where the server says so). The procurement
 * type, which 46号 needs for works from 2021-01-01, is not yet a stored field. Read-only once published or for readers.
 */
export function TenderForm({ tender, editable, onSaved }: { tender: TenderDetail; editable: boolean; onSaved: (t: TenderDetail) => void }) {
  const { t } = useTranslation('procurement');
  const lang = currentLang();
  const [name, setName] = useState(tender.name);
  const [date, setDate] = useState(tender.date);
  const [method, setMethod] = useState<TenderMethod>(tender.method);
  const [weight, setWeight] = useState(tender.price_weight ?? '');
  // Rates are typed as percentages (8 for 8%) and sent as the decimal the API takes (0.08).
  const [rate, setRate] = useState(percentTextFromRate(tender.deduction_rate));
  const [consortiumRate, setConsortiumRate] = useState(percentTextFromRate(tender.consortium_deduction_rate));
  const [reserved, setReserved] = useState(tender.reserved_for_sme);
  const [project, setProject] = useState(tender.project_id ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    setName(tender.name);
    setDate(tender.date);
    setMethod(tender.method);
    setWeight(tender.price_weight ?? '');
    setRate(percentTextFromRate(tender.deduction_rate));
    setConsortiumRate(percentTextFromRate(tender.consortium_deduction_rate));
    setReserved(tender.reserved_for_sme);
    setProject(tender.project_id ?? '');
  }, [tender]);
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(date);
  // The unit's projects of the tender's year that no other tender has awarded: publishing writes the award to the one linked.
  const year = validDate ? date.slice(0, 4) : null;
  const projects = useApi(year ? `${tender.budget_unit_id}-${year}-${lang}` : null, (signal) =>
    apiGet<{ items: UnitProject[] }>(`/api/v1/budget-units/${encodeURIComponent(tender.budget_unit_id)}/projects`, {
      lang,
      signal,
      query: { year: year ?? undefined },
    }),
  );
  const projectOptions = (projects.data?.items ?? []).filter(
    (p) => p.tender_id === tender.id || (p.tender_id === null && p.award === null),
  );
  const range = useApi(validDate ? `${date}-${lang}` : null, (signal) =>
    apiGet<LegalRange>('/api/v1/tenders/legal-range', { lang, signal, query: { date } }),
  );

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const body = {
        name,
        date,
        method,
        price_weight: weight.trim() === '' ? null : weight.trim(),
        deduction_rate: rate.trim() === '' ? null : rateFromPercentText(rate),
        consortium_deduction_rate: consortiumRate.trim() === '' ? null : rateFromPercentText(consortiumRate),
        reserved_for_sme: reserved,
        project_id: project || null,
        version: tender.version,
      };
      onSaved(await apiPut<TenderDetail>(`/api/v1/tenders/${encodeURIComponent(tender.id)}`, body, { lang }));
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
    } finally {
      setBusy(false);
    }
  };

  const field = (label: string, id: string, control: ReactNode, hint?: ReactNode) => (
    <div>
      <label htmlFor={id} style={{ display: 'block' }}>
        {label}
      </label>
      {control}
      {hint && <div className="xw-secondary">{hint}</div>}
    </div>
  );
  const rangeText =
    range.status === 'ok'
      ? t('tenders.legalRange', {
          date: range.data.date,
          min: percent(range.data.small_micro.min),
          max: percent(range.data.small_micro.max),
          cmin: percent(range.data.consortium.min),
          cmax: percent(range.data.consortium.max),
        })
      : range.status === 'error'
        ? (range.error.problems[0]?.message ?? range.error.message)
        : '';

  return (
    <Panel title={t('tenders.fieldsTitle')} testId="tender-form">
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 12 }}>
        {field(
          t('tenders.fields.name'),
          'tender-name',
          <Input id="tender-name" value={name} disabled={!editable} onChange={(e) => setName(e.target.value)} />,
        )}
        {field(
          t('tenders.fields.date'),
          'tender-date',
          <Input
            id="tender-date"
            type="date"
            data-testid="tender-date"
            value={date}
            disabled={!editable}
            onChange={(e) => setDate(e.target.value)}
          />,
        )}
        {field(
          t('tenders.fields.method'),
          'tender-method',
          <Select
            id="tender-method"
            value={method}
            disabled={!editable}
            onChange={(v) => setMethod(v)}
            style={{ width: '100%' }}
            options={(['lowest_price', 'comprehensive'] as const).map((m) => ({ value: m, label: t(`tenders.method.${m}`) }))}
          />,
        )}
        {method === 'comprehensive' &&
          field(
            t('tenders.fields.priceWeight'),
            'tender-weight',
            <Input
              id="tender-weight"
              value={weight}
              disabled={!editable}
              onChange={(e) => setWeight(e.target.value)}
              inputMode="decimal"
            />,
            t('tenders.priceWeightHint'),
          )}
        {field(
          t('tenders.fields.deductionRate'),
          'tender-rate',
          <Input
            id="tender-rate"
            data-testid="tender-rate"
            value={rate}
            disabled={!editable || reserved}
            onChange={(e) => setRate(e.target.value)}
            inputMode="decimal"
            suffix="%"
          />,
          t('tenders.rateHint'),
        )}
        {field(
          t('tenders.fields.consortiumRate'),
          'tender-consortium-rate',
          <Input
            id="tender-consortium-rate"
            data-testid="tender-consortium-rate"
            value={consortiumRate}
            disabled={!editable || reserved}
            onChange={(e) => setConsortiumRate(e.target.value)}
            inputMode="decimal"
            suffix="%"
          />,
        )}
      </div>
      <p data-testid="legal-range" style={{ marginTop: 12 }}>
        {rangeText}
      </p>
      <div style={{ maxWidth: 520, marginBottom: 12 }}>
        {field(
          t('tenders.fields.project'),
          'tender-project',
          <Select
            id="tender-project"
            data-testid="tender-project"
            value={project}
            disabled={!editable}
            onChange={(v) => setProject(v)}
            style={{ width: '100%' }}
            options={[
              { value: '', label: t('tenders.noProject') },
              ...projectOptions.map((p) => ({ value: p.id, label: `${p.name} (${p.id})` })),
              ...(tender.project_id && !projectOptions.some((p) => p.id === tender.project_id)
                ? [{ value: tender.project_id, label: tender.project_id }]
                : []),
            ]}
          />,
          t('tenders.projectHint'),
        )}
      </div>
      <Checkbox checked={reserved} disabled={!editable} onChange={(e) => setReserved(e.target.checked)}>
        {t('tenders.fields.reserved')}
      </Checkbox>
      {editable && (
        <div style={{ marginTop: 12 }}>
          <Button icon={<SaveOutlined />} loading={busy} onClick={() => void save()} data-testid="tender-save">
            {t('tenders.save')}
          </Button>
        </div>
      )}
      {error && <ApiErrorResult error={error} />}
    </Panel>
  );
}
