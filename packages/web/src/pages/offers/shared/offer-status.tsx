import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLOUR: Record<string, string> = {
  offered: 'blue',
  waiting: 'gold',
  confirmed: 'cyan',
  published: 'purple',
  in_batch: 'geekblue',
  paid: 'green',
  failed: 'red',
  cancelled: 'default',
  withdrawn: 'default',
};

/** An offer's state as a coloured tag, in the reader's language. */
export function OfferStatus({ status }: { status: string }) {
  const { t } = useTranslation('offers');
  return (
    <Tag color={COLOUR[status] ?? 'default'} data-testid={`offer-status-${status}`}>
      {t(`status.${status}`)}
    </Tag>
  );
}
