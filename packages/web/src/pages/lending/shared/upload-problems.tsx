import { Alert } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../../api/client.ts';
import { type SimpleColumn, SimpleTable } from '../../../components/simple-table.tsx';
import { REPORT_FIELDS } from './lending-types.ts';

/** Fields of the quarterly report named by the form's own labels (never the API's keys such as `all_loan_balance`). */
const FORM_LABELS: Readonly<Record<string, string>> = { bank_id: 'form.bank', year: 'form.year', quarter: 'form.quarter' };

/**
 * The name a person knows a problem's field by: the file's own column header when it has one (what they
 * see in their file), else the form's label — never the API key (`all_loan_balance`, `bank_id`).
 */
export function problemFieldLabel(p: Pick<ApiProblem, 'field' | 'column'>, t: TFunction<'lending'>): string {
  if (p.column && p.column !== p.field) return p.column;
  if ((REPORT_FIELDS as readonly string[]).includes(p.field)) return t(`fields.${p.field}` as 'fields.all_loan_balance');
  const key = FORM_LABELS[p.field];
  if (key) return t(key as 'form.bank');
  return p.column ?? p.field ?? '—';
}

/**
 * The problems of a rejected upload or form: each row (uploads only; a form is one report) and field with
 * the server's reason; nothing was saved. Fields by their labels, the file's column or key on hover.
 */
export function UploadProblems({ problems, testId, rows = true }: { problems: readonly ApiProblem[]; testId: string; rows?: boolean }) {
  const { t } = useTranslation('lending');
  const columns: SimpleColumn<ApiProblem>[] = [
    ...(rows ? [{ key: 'row', title: t('problems.row'), align: 'end' as const, render: (p: ApiProblem) => p.row ?? '—' }] : []),
    {
      key: 'field',
      title: t('problems.field'),
      render: (p) => (
        <span title={p.column ?? p.field} data-field={p.field}>
          {problemFieldLabel(p, t)}
        </span>
      ),
    },
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
