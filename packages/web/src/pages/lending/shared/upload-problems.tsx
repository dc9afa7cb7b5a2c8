import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../../api/client.ts';
import { type SimpleColumn, SimpleTable } from '../../../components/simple-table.tsx';

/** The problems of a rejected upload or form: each row and field with the server's reason; nothing was saved. */
export function UploadProblems({ problems, testId }: { problems: readonly ApiProblem[]; testId: string }) {
  const { t } = useTranslation('lending');
  const columns: SimpleColumn<ApiProblem>[] = [
    { key: 'row', title: t('problems.row'), align: 'end', render: (p) => p.row ?? '—' },
    { key: 'field', title: t('problems.field'), render: (p) => p.column ?? p.field ?? '—' },
    { key: 'problem', title: t('problems.problem'), render: (p) => p.message },
  ];
  return (
    <div data-testid={testId}>
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t('problems.title', { count: problems.length })}
        description={t('problems.nothingSaved')}
        style={{ marginBottom: 16 }}
      />
      <SimpleTable
        testId={`${testId}-table`}
        columns={columns}
        rows={problems}
        rowKey={(p) => `${p.row}-${p.column ?? p.field}-${p.message}`}
      />
    </div>
  );
}
