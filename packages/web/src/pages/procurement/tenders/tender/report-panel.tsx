import { DownloadOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../../../api/client.ts';
import type { BidOutcome, DeclarationCheck, TenderEvaluation } from '../../../../api/tender-types.ts';
import { Panel } from '../../../../components/panel.tsx';
import { type SimpleColumn, SimpleTable } from '../../../../components/simple-table.tsx';
import { Tag } from '../../../../components/tag.tsx';
import { formatDateTime } from '../../../../i18n/format.ts';
import { currentLang } from '../../../../i18n/index.ts';
import { formatNumber } from '../../../officer/shared/format.ts';
import { percent } from './percent.ts';

/**
 * The evaluation report: per bid (in rank order) the deduction applied and why or why not, the evaluated
 * price, the scores and the rank; then every SME declaration the registry contradicts or cannot verify,
 * with the registry's reason. The contract amount stays the bid price (财库〔2011〕181号 art. 5).
 */
export function ReportPanel({ tenderId, evaluation }: { tenderId: string; evaluation: TenderEvaluation }) {
  const { t } = useTranslation('procurement');
  const { t: common } = useTranslation();
  const lang = currentLang();
  const comprehensive = evaluation.method === 'comprehensive';
  const rows = [...evaluation.bids].sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
  const score = (n: number | null) => (n === null ? '—' : formatNumber(n, lang));
  const columns: SimpleColumn<BidOutcome>[] = [
    {
      key: 'rank',
      title: t('tenders.report.rank'),
      align: 'end',
      render: (b) => (b.rank === null ? t('tenders.report.notRanked') : b.rank),
    },
    { key: 'bid', title: t('tenders.fields.bidId'), render: (b) => b.id },
    {
      key: 'supplier',
      title: t('tenders.fields.supplier'),
      // A declaration the registry contradicts is marked where the ranking is read, not only in the list below.
      render: (b) =>
        b.declarations.some((d) => d.status === 'contradicted') ? (
          <span>
            <span data-testid="ranked-supplier">{b.supplier_name}</span>{' '}
            <span data-testid="rank-contradicted">
              <Tag color="red">{t('tenders.check.contradicted')}</Tag>
            </span>
          </span>
        ) : (
          <span data-testid="ranked-supplier">{b.supplier_name}</span>
        ),
    },
    { key: 'price', title: t('tenders.fields.price'), align: 'end', render: (b) => formatNumber(b.price, lang) },
    {
      key: 'deduction',
      title: t('tenders.report.deduction'),
      align: 'end',
      render: (b) => <span data-testid="bid-deduction">{percent(b.deduction_rate)}</span>,
    },
    { key: 'deducted', title: t('tenders.report.deducted'), align: 'end', render: (b) => formatNumber(b.deduction, lang) },
    {
      key: 'evaluated',
      title: t('tenders.report.evaluatedPrice'),
      align: 'end',
      render: (b) => <span data-testid="bid-evaluated-price">{formatNumber(b.evaluated_price, lang)}</span>,
    },
    ...(comprehensive
      ? [
          {
            key: 'tech',
            title: t('tenders.fields.technicalScore'),
            align: 'end' as const,
            render: (b: BidOutcome) => b.technical_score ?? '—',
          },
          { key: 'ps', title: t('tenders.report.priceScore'), align: 'end' as const, render: (b: BidOutcome) => score(b.price_score) },
          { key: 'total', title: t('tenders.report.total'), align: 'end' as const, render: (b: BidOutcome) => score(b.total_score) },
        ]
      : []),
    {
      key: 'why',
      title: t('tenders.report.why'),
      render: (b) => (
        <span data-testid="bid-reason" data-reason={b.deduction_reason}>
          {b.reason}
        </span>
      ),
    },
  ];
  const flags = evaluation.bids.flatMap((b) => b.declarations.filter((d) => d.status !== 'confirmed').map((d) => ({ bid: b.id, d })));
  const confirmed = evaluation.bids.reduce((n, b) => n + b.declarations.filter((d) => d.status === 'confirmed').length, 0);
  const party = (d: DeclarationCheck) => `${t(`tenders.party.${d.party}`)}: ${d.party_name}${d.party_id ? ` (${d.party_id})` : ''}`;
  const flagColumns: SimpleColumn<{ bid: string; d: DeclarationCheck }>[] = [
    { key: 'bid', title: t('tenders.fields.bidId'), render: (f) => f.bid },
    { key: 'party', title: t('tenders.report.party'), render: (f) => party(f.d) },
    { key: 'declared', title: t('tenders.fields.declaredClass'), render: (f) => common(`sizeClass.${f.d.declared}`) },
    {
      key: 'status',
      title: t('tenders.report.check'),
      render: (f) => (
        <span data-testid="declaration-flag" data-status={f.d.status}>
          <Tag color={f.d.status === 'contradicted' ? 'red' : 'orange'}>{t(`tenders.check.${f.d.status}`)}</Tag>
        </span>
      ),
    },
    {
      key: 'why',
      title: t('tenders.report.explanation'),
      render: (f) => <span data-testid="declaration-explanation">{f.d.explanation}</span>,
    },
  ];
  const base = `/api/v1/tenders/${encodeURIComponent(tenderId)}/report`;
  const rangeText = t('tenders.report.range', {
    rate: percent(evaluation.deduction_rate),
    min: percent(evaluation.legal_range.small_micro.min),
    max: percent(evaluation.legal_range.small_micro.max),
  });

  return (
    <Panel
      title={t('tenders.report.title', { sequence: evaluation.sequence })}
      testId="tender-report"
      extra={
        <span style={{ display: 'flex', gap: 12 }}>
          <a href={apiUrl(base, { lang, query: { format: 'xlsx', sequence: evaluation.sequence } })} data-testid="report-xlsx">
            <DownloadOutlined /> Excel
          </a>
          <a href={apiUrl(base, { lang, query: { format: 'pdf', sequence: evaluation.sequence } })} data-testid="report-pdf">
            <DownloadOutlined /> PDF
          </a>
        </span>
      }
    >
      <p className="xw-secondary">
        {rangeText} ·{' '}
        {t('tenders.report.evaluatedAt', { at: formatDateTime(evaluation.evaluated_at, lang), by: evaluation.evaluated_by_name })} ·{' '}
        {t('tenders.report.rules', { version: evaluation.policy_version })}
      </p>
      <SimpleTable testId="report-table" columns={columns} rows={rows} rowKey={(b) => b.id} />
      <p className="xw-secondary">{t('tenders.report.contract')}</p>
      <h3>{t('tenders.report.flagsTitle')}</h3>
      {flags.length === 0 ? (
        <p>{t('tenders.report.noFlags', { count: confirmed })}</p>
      ) : (
        <>
          {evaluation.contradictions > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('tenders.report.contradictions', { count: evaluation.contradictions })}
              description={t('tenders.report.contradictionsHint')}
            />
          )}
          <SimpleTable testId="declaration-flags" columns={flagColumns} rows={flags} rowKey={(f) => `${f.bid}-${f.d.party}-${f.d.index}`} />
        </>
      )}
    </Panel>
  );
}
