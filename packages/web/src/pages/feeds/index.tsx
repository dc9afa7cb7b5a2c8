import { Alert, Button, Progress, Select, Space, Tag } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiGet, apiUpload, apiUrl } from '../../api/client.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { Panel } from '../../components/panel.tsx';
import { type SimpleColumn, SimpleTable } from '../../components/simple-table.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLang } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/languages.ts';

type Labels = Record<Lang, string>;
interface Kind {
  readonly kind: string;
  readonly label: Labels;
  readonly columns: readonly { id: string; label: Labels; required: boolean }[];
}
interface Batch {
  readonly id: string;
  readonly kind: string;
  readonly rows: number;
  readonly enterprises: number;
  readonly file_name?: string | null;
  readonly submitted_at: string;
  readonly replayed?: boolean;
  readonly job: {
    readonly state: string;
    readonly progress: { fraction: number; done: number | null; total: number | null } | null;
    readonly error?: string | null;
  } | null;
}

const FINAL = new Set(['completed', 'failed', 'cancelled']);
const STATE_COLOR: Record<string, string> = { completed: 'success', failed: 'error', cancelled: 'default', active: 'processing' };

/**
 * Department users (issue 13 §2): send a kind of data as a file (template per kind in the user's language), see
 * every problem of a refused file by row and column, and follow each accepted batch's recompute to the end.
 */
export default function FeedsPage() {
  const { t } = useTranslation('feeds');
  const lang = currentLang();
  const [kinds, setKinds] = useState<Kind[]>([]);
  const [kind, setKind] = useState<string | undefined>();
  const [batches, setBatches] = useState<Batch[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [accepted, setAccepted] = useState<Batch | null>(null);
  const [busy, setBusy] = useState(false);
  const file = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    setBatches((await apiGet<{ items: Batch[] }>('/api/v1/feeds/batches', { lang })).items);
  }, [lang]);

  useEffect(() => {
    void apiGet<{ items: Kind[] }>('/api/v1/feeds/kinds', { lang }).then((r) => {
      setKinds(r.items);
      setKind((k) => k ?? r.items[0]?.kind);
    });
    void refresh();
  }, [lang, refresh]);

  // Follow running jobs until they end.
  const running = batches.some((b) => b.job !== null && !FINAL.has(b.job.state));
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void refresh(), 1000);
    return () => clearInterval(timer);
  }, [running, refresh]);

  const upload = async () => {
    const chosen = file.current?.files?.[0];
    if (!chosen || !kind) return;
    setBusy(true);
    setError(null);
    setAccepted(null);
    try {
      setAccepted(await apiUpload<Batch>(`/api/v1/feeds/${kind}/uploads`, chosen, { lang }));
      await refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
    } finally {
      setBusy(false);
    }
  };

  const labelOf = (k: string) => kinds.find((x) => x.kind === k)?.label[lang] ?? k;
  const columns: SimpleColumn<Batch>[] = [
    { key: 'id', title: t('batchId'), render: (b) => <span className="xw-mono">{b.id}</span> },
    { key: 'kind', title: t('kind'), render: (b) => labelOf(b.kind) },
    { key: 'file', title: t('file'), render: (b) => b.file_name ?? '—' },
    { key: 'rows', title: t('rows'), align: 'end', render: (b) => b.rows.toLocaleString(lang) },
    { key: 'enterprises', title: t('enterprises'), align: 'end', render: (b) => b.enterprises.toLocaleString(lang) },
    { key: 'at', title: t('submittedAt'), render: (b) => formatDateTime(b.submitted_at, lang) },
    {
      key: 'state',
      title: t('recompute'),
      render: (b) => (
        <span data-testid={`batch-state-${b.id}`} data-state={b.job?.state ?? 'none'}>
          <Tag color={STATE_COLOR[b.job?.state ?? ''] ?? 'default'}>{t(`state.${b.job?.state ?? 'none'}`)}</Tag>
          {b.job?.error ? <span>{b.job.error}</span> : null}
        </span>
      ),
    },
    {
      key: 'progress',
      title: t('progress'),
      render: (b) => (
        <Progress
          percent={Math.round((b.job?.progress?.fraction ?? 0) * 100)}
          size="small"
          status={b.job?.state === 'failed' ? 'exception' : undefined}
          format={() =>
            b.job?.progress?.total != null
              ? t('doneOf', { done: (b.job.progress.done ?? 0).toLocaleString(lang), total: b.job.progress.total.toLocaleString(lang) })
              : `${Math.round((b.job?.progress?.fraction ?? 0) * 100)}%`
          }
        />
      ),
    },
  ];

  const chosen = kinds.find((k) => k.kind === kind);
  return (
    <div data-testid="feeds-page">
      <PageHeader title={t('title')} description={t('description')} />
      <Panel title={t('send')}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <span>{t('kind')}</span>
            <Select
              data-testid="feed-kind"
              style={{ minWidth: 240 }}
              value={kind}
              onChange={setKind}
              options={kinds.map((k) => ({ value: k.kind, label: k.label[lang] }))}
              aria-label={t('kind')}
            />
            {kind && (
              <>
                <a href={apiUrl(`/api/v1/feeds/${kind}/template`, { lang, query: { format: 'xlsx' } })} data-testid="template-xlsx">
                  {t('templateXlsx')}
                </a>
                <a href={apiUrl(`/api/v1/feeds/${kind}/template`, { lang, query: { format: 'csv' } })}>{t('templateCsv')}</a>
              </>
            )}
          </Space>
          {chosen && (
            <div className="xw-muted">
              {t('columns')}: {chosen.columns.map((c) => `${c.label[lang]}${c.required ? ' *' : ''}`).join('、')}
            </div>
          )}
          <Space wrap>
            <input ref={file} type="file" accept=".xlsx,.csv" data-testid="feed-file" aria-label={t('file')} />
            <Button type="primary" onClick={() => void upload()} loading={busy} data-testid="feed-upload">
              {t('upload')}
            </Button>
          </Space>
          {accepted && (
            <Alert
              type="success"
              showIcon
              data-testid="feed-accepted"
              title={t(accepted.replayed ? 'replayed' : 'accepted', {
                id: accepted.id,
                rows: accepted.rows,
                enterprises: accepted.enterprises,
              })}
            />
          )}
          {error && <Alert type="error" showIcon role="alert" data-testid="feed-error" title={t('rejected')} description={error.message} />}
          {error && error.problems.length > 0 && (
            <SimpleTable
              testId="feed-problems"
              columns={[
                { key: 'row', title: t('row'), align: 'end', render: (p) => p.row ?? '—' },
                { key: 'column', title: t('column'), render: (p) => p.column ?? p.field },
                { key: 'message', title: t('reason'), render: (p) => p.message },
              ]}
              rows={error.problems}
              rowKey={(p) => `${p.row}-${p.field}-${p.message}`}
            />
          )}
        </Space>
      </Panel>
      <Panel title={t('batches')}>
        <SimpleTable testId="feed-batches" columns={columns} rows={batches} rowKey={(b) => b.id} />
      </Panel>
    </div>
  );
}
