import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n/format.ts';
import { currentLang } from '../../../i18n/index.ts';

/** A deadline in working days: the day, how many working days are left, overdue in red. */
export function Deadline({
  due,
  left,
  overdue,
  estimated,
}: {
  due?: string | null;
  left?: number | null;
  overdue: boolean;
  estimated?: boolean;
}) {
  const { t } = useTranslation('applications');
  if (!due) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span>
      {formatDate(due, currentLang())}{' '}
      {overdue ? (
        <Tag color="red" data-testid="overdue">
          {t('deadline.overdue', { count: Math.abs(left ?? 0) })}
        </Tag>
      ) : left !== null && left !== undefined ? (
        <Tag color={left <= 3 ? 'gold' : 'default'}>{t('deadline.left', { count: left })}</Tag>
      ) : null}
      {estimated && <Typography.Text type="secondary"> {t('deadline.estimated')}</Typography.Text>}
    </span>
  );
}
