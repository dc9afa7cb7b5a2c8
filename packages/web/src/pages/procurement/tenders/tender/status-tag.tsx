import { useTranslation } from 'react-i18next';
import type { TenderStatus } from '../../../../api/tender-types.ts';
import { Tag } from '../../../../components/tag.tsx';

const COLOUR: Readonly<Record<TenderStatus, string>> = { draft: 'default', evaluated: 'blue', published: 'green' };

/** A tender's status: draft, evaluated (not yet final), published (final, locked). */
export function StatusTag({ status }: { status: TenderStatus }) {
  const { t } = useTranslation('procurement');
  return (
    <span data-testid="tender-status" data-status={status}>
      <Tag color={COLOUR[status]}>{t(`tenders.status.${status}`)}</Tag>
    </span>
  );
}
