import { Alert, Button, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/client.ts';
import { apiPut } from '../../../api/client.ts';
import type { SetAsideExplained } from '../../../api/set-aside-types.ts';
import { FactList } from '../../../components/fact-list.tsx';
import { Panel } from '../../../components/panel.tsx';
import { formatYuan } from '../../../i18n/format.ts';
import type { Lang } from '../../../i18n/languages.ts';
import { SetAsideTrace } from '../set-aside/set-aside-trace.tsx';
import { percentOf } from '../set-aside/share-format.ts';
import { StateTag } from '../set-aside/state-tag.tsx';
import { ProblemList } from './problem-list.tsx';

/**
 * The unit-year's set-aside as the policy decides it: reserved and awarded shares against the 30% and
 * 18% lines, the state, the explanation (the engine's trace), and below the line the reason the unit
 * records (财库〔2011〕181号).
 */
export function StatusPanel({
  unitId,
  status,
  canRecordReason,
  lang,
  onSaved,
}: {
  unitId: string;
  status: SetAsideExplained;
  canRecordReason: boolean;
  lang: Lang;
  onSaved: () => void;
}) {
  const { t } = useTranslation('procurement');
  const [reason, setReason] = useState(status.shortfall_reason ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const below = status.state === 'below_with_reason' || status.state === 'below_without_reason';
  const mark = (ok: boolean | null) => (ok === null ? '' : ok ? ' ✓' : ' ✗');
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await apiPut(`/api/v1/budget-units/${encodeURIComponent(unitId)}/years/${status.year}/shortfall-reason`, { reason }, { lang });
      onSaved();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Panel title={t('setAside.status.title', { year: status.year })} testId="set-aside-status">
      <div style={{ marginBottom: 12 }}>
        <StateTag state={status.state} />
      </div>
      {status.problem && <Alert type="warning" showIcon title={status.problem.message} style={{ marginBottom: 12 }} />}
      <FactList
        items={[
          { key: 'budget', label: t('setAside.status.budget'), value: formatYuan(status.procurement_budget, lang) },
          {
            key: 'smeReserved',
            label: t('setAside.status.smeReserved'),
            value: (
              <span data-testid="share-sme" data-share={status.shares.sme_reserved}>
                {formatYuan(status.sme_reserved, lang)} · {percentOf(status.shares.sme_reserved)} {t('setAside.status.line30')}
                {mark(status.meets_sme)}
              </span>
            ),
          },
          {
            key: 'smallMicroReserved',
            label: t('setAside.status.smallMicroReserved'),
            value: (
              <span data-testid="share-small-micro" data-share={status.shares.small_micro_reserved}>
                {formatYuan(status.small_micro_reserved, lang)} · {percentOf(status.shares.small_micro_reserved)}{' '}
                {t('setAside.status.line18')}
                {mark(status.meets_small_micro)}
              </span>
            ),
          },
          {
            key: 'smeAwarded',
            label: t('setAside.status.smeAwarded'),
            value: `${formatYuan(status.sme_awarded, lang)} · ${percentOf(status.shares.sme_awarded)}`,
          },
          {
            key: 'smallMicroAwarded',
            label: t('setAside.status.smallMicroAwarded'),
            value: `${formatYuan(status.small_micro_awarded, lang)} · ${percentOf(status.shares.small_micro_awarded)}`,
          },
        ]}
      />
      {status.explanation.trace.length > 0 && (
        <details style={{ marginTop: 12 }} data-testid="set-aside-explanation">
          <summary>{t('setAside.status.explanation')}</summary>
          <p className="xw-secondary">{t('setAside.status.explanationIntro', { version: status.policy_version })}</p>
          <SetAsideTrace trace={status.explanation.trace} />
        </details>
      )}
      {below && (
        <div style={{ marginTop: 16 }} data-testid="shortfall-reason">
          <h3>{t('setAside.reason.title')}</h3>
          <p className="xw-secondary">{t('setAside.reason.intro')}</p>
          {canRecordReason ? (
            <>
              <label htmlFor="shortfall-reason-text">{t('setAside.reason.label')}</label>
              <Input.TextArea
                id="shortfall-reason-text"
                rows={3}
                maxLength={2000}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
              <Button style={{ marginTop: 8 }} type="primary" onClick={save} loading={busy} data-testid="save-reason">
                {t('setAside.reason.save')}
              </Button>
              {error && (
                <Alert style={{ marginTop: 8 }} type="error" showIcon title={error.message} description={<ProblemList error={error} />} />
              )}
            </>
          ) : (
            <p data-testid="shortfall-reason-text">{status.shortfall_reason ?? t('setAside.reason.none')}</p>
          )}
        </div>
      )}
    </Panel>
  );
}
