import { useTranslation } from 'react-i18next';
import type { MeasureDocument } from '../../../../api/types.ts';
import { SimpleTable } from '../../../../components/simple-table.tsx';
import { Tag } from '../../../../components/tag.tsx';

/** The colour of a confidence mark. */
export const CONFIDENCE_COLOURS: Readonly<Record<MeasureDocument['confidence'], string>> = {
  verified: 'success',
  secondary: 'default',
  unconfirmed: 'orange',
};

/** The implementing documents of a measure: number, title, and how sure the catalogue is of them. */
export function DocumentsTable({ documents }: { documents: readonly MeasureDocument[] }) {
  const { t } = useTranslation('catalogue');
  return (
    <SimpleTable<MeasureDocument>
      testId="documents"
      rows={documents}
      rowKey={(d) => d.number}
      empty={t('noDocuments')}
      columns={[
        { key: 'number', title: t('docNumber'), render: (d) => <code className="xw-code">{d.number}</code> },
        { key: 'title', title: t('docTitle'), render: (d) => d.title },
        {
          key: 'confidence',
          title: t('confidenceTitle'),
          render: (d) => <Tag color={CONFIDENCE_COLOURS[d.confidence]}>{t(`confidence.${d.confidence}`)}</Tag>,
        },
      ]}
    />
  );
}
