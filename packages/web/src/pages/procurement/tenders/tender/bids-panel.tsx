import { DeleteOutlined, DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Input, Select } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ApiProblem, apiDelete, apiPut, apiUpload, apiUrl } from '../../../../api/client.ts';
import type { DeclaredClass, TenderBid, TenderDetail } from '../../../../api/tender-types.ts';
import { ApiErrorResult } from '../../../../components/api-error-result.tsx';
import { Panel } from '../../../../components/panel.tsx';
import { type SimpleColumn, SimpleTable } from '../../../../components/simple-table.tsx';
import { currentLang } from '../../../../i18n/index.ts';
import { formatNumber } from '../../../officer/shared/format.ts';

const CLASSES: readonly DeclaredClass[] = ['large', 'medium', 'small', 'micro'];

/**
 * The bids with their SME declarations (the supplier's class, each product's manufacturer, the consortium
 * members and their shares); for the unit's staff, a form for one bid and the Excel import of many — a
 * rejected file lists each problem by row and column, and nothing is added.
 */
export function BidsPanel({
  tender,
  editable,
  onChanged,
}: {
  tender: TenderDetail;
  editable: boolean;
  onChanged: (t: TenderDetail) => void;
}) {
  const { t } = useTranslation('procurement');
  const { t: common } = useTranslation();
  const lang = currentLang();
  const [error, setError] = useState<ApiError | null>(null);
  const path = `/api/v1/tenders/${encodeURIComponent(tender.id)}`;
  const cls = (c: DeclaredClass | null) => (c ? common(`sizeClass.${c}`) : t('tenders.undeclared'));

  const remove = async (bid: string) => {
    setError(null);
    try {
      onChanged(await apiDelete<TenderDetail>(`${path}/bids/${encodeURIComponent(bid)}`, { lang }));
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
    }
  };

  const declaration = (b: TenderBid) => (
    <div>
      {b.consortium.length > 0 ? (
        <ul className="xw-plain-list">
          {b.consortium.map((m) => (
            <li
              key={`${m.name}-${m.member_id}`}
            >{`${t('tenders.member')}: ${m.name}${m.member_id ? ` (${m.member_id})` : ''} · ${cls(m.size_class)} · ${formatNumber(Number(m.share) * 100, lang)}%`}</li>
          ))}
        </ul>
      ) : (
        cls(b.supplier_size_class)
      )}
      {b.products.length > 0 && (
        <ul className="xw-plain-list">
          {b.products.map((p) => (
            <li key={`${p.manufacturer_name}-${p.manufacturer_id}`}>
              {`${t('tenders.manufacturer')}: ${p.manufacturer_name}${p.manufacturer_id ? ` (${p.manufacturer_id})` : ''} · ${cls(p.manufacturer_size_class)}${p.large_enterprise_trademark ? ` · ${t('tenders.largeTrademark')}` : ''}`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  const columns: SimpleColumn<TenderBid>[] = [
    { key: 'id', title: t('tenders.fields.bidId'), render: (b) => b.id },
    {
      key: 'supplier',
      title: t('tenders.fields.supplier'),
      render: (b) => `${b.supplier_name}${b.supplier_id ? ` (${b.supplier_id})` : ''}`,
    },
    { key: 'price', title: t('tenders.fields.price'), align: 'end', render: (b) => formatNumber(b.price, lang) },
    { key: 'declaration', title: t('tenders.fields.declaration'), render: declaration },
    ...(tender.method === 'comprehensive'
      ? [
          {
            key: 'tech',
            title: t('tenders.fields.technicalScore'),
            align: 'end' as const,
            render: (b: TenderBid) => b.technical_score ?? '—',
          },
        ]
      : []),
    { key: 'compliant', title: t('tenders.fields.compliant'), render: (b) => (b.compliant ? t('tenders.yes') : t('tenders.no')) },
    ...(editable
      ? [
          {
            key: 'actions',
            title: '',
            render: (b: TenderBid) => (
              <Button
                size="small"
                icon={<DeleteOutlined />}
                onClick={() => void remove(b.id)}
                aria-label={t('tenders.removeBid', { id: b.id })}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <Panel title={t('tenders.bidsTitle', { count: tender.bids.length })} testId="tender-bids">
      <SimpleTable testId="bids-table" columns={columns} rows={tender.bids} rowKey={(b) => b.id} empty={t('tenders.noBids')} />
      {error && <ApiErrorResult error={error} />}
      {editable && <AddBid tender={tender} onChanged={onChanged} />}
      {editable && <ImportBids tender={tender} onChanged={onChanged} />}
    </Panel>
  );
}

/** One bid of a single supplier (declarations of products and consortia come by the Excel import). */
function AddBid({ tender, onChanged }: { tender: TenderDetail; onChanged: (t: TenderDetail) => void }) {
  const { t } = useTranslation('procurement');
  const { t: common } = useTranslation();
  const lang = currentLang();
  const [id, setId] = useState('');
  const [supplier, setSupplier] = useState('');
  const [supplierId, setSupplierId] = useState('');
  const [price, setPrice] = useState('');
  const [sizeClass, setSizeClass] = useState<DeclaredClass | ''>('');
  const [score, setScore] = useState('');
  const [compliant, setCompliant] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      const body = {
        supplier_name: supplier,
        supplier_id: supplierId.trim() || null,
        price: price.trim(),
        supplier_size_class: sizeClass || null,
        technical_score: score.trim() || null,
        compliant,
      };
      const bidId = id.trim() || `B${String(tender.bids.length + 1).padStart(2, '0')}`;
      onChanged(
        await apiPut<TenderDetail>(`/api/v1/tenders/${encodeURIComponent(tender.id)}/bids/${encodeURIComponent(bidId)}`, body, { lang }),
      );
      setId('');
      setSupplier('');
      setSupplierId('');
      setPrice('');
      setSizeClass('');
      setScore('');
      setCompliant(true);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section data-testid="bid-add" style={{ marginTop: 16 }}>
      <h3>{t('tenders.addBid')}</h3>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <Input
          aria-label={t('tenders.fields.bidId')}
          placeholder={t('tenders.fields.bidId')}
          value={id}
          onChange={(e) => setId(e.target.value)}
          style={{ width: 100 }}
          data-testid="bid-id"
        />
        <Input
          aria-label={t('tenders.fields.supplier')}
          placeholder={t('tenders.fields.supplier')}
          value={supplier}
          onChange={(e) => setSupplier(e.target.value)}
          style={{ width: 220 }}
          data-testid="bid-supplier"
        />
        <Input
          aria-label={t('tenders.fields.supplierId')}
          placeholder={t('tenders.fields.supplierId')}
          value={supplierId}
          onChange={(e) => setSupplierId(e.target.value)}
          style={{ width: 180 }}
          data-testid="bid-supplier-id"
        />
        <Input
          aria-label={t('tenders.fields.price')}
          placeholder={t('tenders.fields.price')}
          value={price}
          onChange={(e) => setPrice(e.target.value)}
          style={{ width: 150 }}
          inputMode="decimal"
          data-testid="bid-price"
        />
        <Select
          aria-label={t('tenders.fields.declaredClass')}
          data-testid="bid-class"
          value={sizeClass}
          onChange={(v) => setSizeClass(v)}
          style={{ width: 160 }}
          options={[{ value: '', label: t('tenders.undeclared') }, ...CLASSES.map((c) => ({ value: c, label: common(`sizeClass.${c}`) }))]}
        />
        {tender.method === 'comprehensive' && (
          <Input
            aria-label={t('tenders.fields.technicalScore')}
            placeholder={t('tenders.fields.technicalScore')}
            value={score}
            onChange={(e) => setScore(e.target.value)}
            style={{ width: 120 }}
            inputMode="decimal"
          />
        )}
        <Checkbox checked={compliant} onChange={(e) => setCompliant(e.target.checked)}>
          {t('tenders.fields.compliant')}
        </Checkbox>
        <Button icon={<PlusOutlined />} loading={busy} onClick={() => void add()} data-testid="bid-add-submit">
          {t('tenders.addBidButton')}
        </Button>
      </div>
      {error && <ApiErrorResult error={error} />}
    </section>
  );
}

/** The Excel import of bids, with the template in the user's language. */
function ImportBids({ tender, onChanged }: { tender: TenderDetail; onChanged: (t: TenderDetail) => void }) {
  const { t } = useTranslation('procurement');
  const lang = currentLang();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<readonly ApiProblem[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<number | null>(null);

  const upload = async () => {
    if (!file) return;
    setBusy(true);
    setProblems(null);
    setError(null);
    setDone(null);
    try {
      const before = tender.bids.length;
      const after = await apiUpload<TenderDetail>(`/api/v1/tenders/${encodeURIComponent(tender.id)}/bids/import`, file, { lang });
      setDone(after.bids.length - before);
      onChanged(after);
      if (input.current) input.current.value = '';
      setFile(null);
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message);
      if (err.code === 'XW_ERR_BIDS_REJECTED') setProblems(err.problems);
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  const columns: SimpleColumn<ApiProblem>[] = [
    { key: 'row', title: t('tenders.import.row'), align: 'end', render: (p) => p.row ?? '—' },
    { key: 'column', title: t('tenders.import.column'), render: (p) => p.column ?? p.field ?? '—' },
    { key: 'problem', title: t('tenders.import.problem'), render: (p) => p.message },
  ];

  return (
    <section data-testid="bid-import" style={{ marginTop: 16 }}>
      <h3>{t('tenders.import.title')}</h3>
      <p className="xw-secondary">{t('tenders.import.hint')}</p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
        <label htmlFor="bid-import-file" className="xw-visually-hidden">
          {t('tenders.import.file')}
        </label>
        <input
          ref={input}
          id="bid-import-file"
          data-testid="bid-import-file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setProblems(null);
            setDone(null);
          }}
        />
        <Button icon={<UploadOutlined />} loading={busy} disabled={!file} onClick={() => void upload()} data-testid="bid-import-upload">
          {t('tenders.import.upload')}
        </Button>
        <a href={apiUrl('/api/v1/tenders/bid-template', { lang })} data-testid="bid-template">
          <DownloadOutlined /> {t('tenders.import.template')}
        </a>
      </div>
      {done !== null && (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 12 }}
          title={t('tenders.import.done', { count: done })}
          data-testid="bid-import-done"
        />
      )}
      {problems && (
        <div data-testid="bid-import-rejected" style={{ marginTop: 12 }}>
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('tenders.import.rejected', { count: problems.length })}
            style={{ marginBottom: 12 }}
          />
          <SimpleTable
            testId="bid-import-problems"
            columns={columns}
            rows={problems}
            rowKey={(p) => `${p.row}-${p.column ?? p.field}-${p.message}`}
          />
        </div>
      )}
      {error && <ApiErrorResult error={error} />}
    </section>
  );
}
