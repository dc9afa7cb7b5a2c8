import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type SimpleColumn, SimpleTable } from '../../../components/simple-table.tsx';
import { Tag } from '../../../components/tag.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';
import type { Correction } from './correction-types.ts';

const COLOUR = { pending: 'orange', accepted: 'green', rejected: 'red' } as const;

/** Correction requests as a table: the enterprise's own list, and the officer's queue (with `enterprise` and `actions`). */
export function CorrectionTable({
  rows,
  testId,
  empty,
  enterprise,
  actions,
}: {
  rows: readonly Correction[];
  testId: string;
  empty: string;
  enterprise?: boolean;
  actions?: (row: Correction) => ReactNode;
}) {
  const { t } = useTranslation('accounts');
  const lang = currentLang();
  const columns: SimpleColumn<Correction>[] = [
    ...(enterprise
      ? [{ key: 'enterprise', title: t('queue.enterprise'), render: (r: Correction) => `${r.enterprise_name ?? ''} (${r.enterprise_id})` }]
      : []),
    { key: 'field', title: t('mine.field'), render: (r) => r.field_label ?? r.field },
    { key: 'year', title: t('mine.year'), render: (r) => r.year ?? '—' },
    { key: 'current', title: t('mine.current'), align: 'end', render: (r) => r.current_value ?? '—' },
    { key: 'proposed', title: t('mine.proposed'), align: 'end', render: (r) => r.proposed_value },
    { key: 'reason', title: t('mine.reason'), render: (r) => r.reason },
    { key: 'requested', title: t('mine.requestedAt'), render: (r) => formatDateTime(r.requested_at, lang) },
    {
      key: 'status',
      title: t('mine.status'),
      render: (r) => (
        <span data-testid={`correction-status-${r.id}`}>
          <Tag color={COLOUR[r.status]}>{t(`status.${r.status}`)}</Tag>
        </span>
      ),
    },
    { key: 'decision', title: t('mine.decision'), render: (r) => r.decision_reason ?? '—' },
    ...(actions ? [{ key: 'actions', title: '', render: actions }] : []),
  ];
  return <SimpleTable testId={testId} columns={columns} rows={rows} rowKey={(r) => r.id} empty={empty} />;
}
