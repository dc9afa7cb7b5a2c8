import { FilePdfOutlined, LinkOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiPostFile } from '../../../../api/client.ts';
import type { Lang } from '../../../../i18n/languages.ts';
import { type ReportInput, reportRecord } from '../report-query.ts';

/**
 * Print, save as PDF (made by the server from the same figures, POST /api/v1/entitlements/pdf, in the
 * reader's language, as the other reports are) and copy the shareable link, which holds the figures and
 * nothing personal.
 */
export function ReportActions({ disabled, input, lang }: { disabled: boolean; input: ReportInput | null; lang: Lang }) {
  const { t } = useTranslation('entitlements');
  const [notice, setNotice] = useState('');
  const [saving, setSaving] = useState(false);
  const [showLink, setShowLink] = useState(false);
  const link = typeof window === 'undefined' ? '' : window.location.href;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setNotice(t('linkCopied'));
    } catch {
      // No clipboard (plain http, or refused): show the link to copy by hand.
      setShowLink(true);
    }
  };

  return (
    <div className="xw-row">
      <Button icon={<PrinterOutlined />} onClick={() => window.print()} disabled={disabled} data-testid="print">
        {t('print')}
      </Button>
      <Button
        icon={<FilePdfOutlined />}
        onClick={async () => {
          if (input === null) return;
          setSaving(true);
          setNotice('');
          try {
            const pdf = await apiPostFile('/api/v1/entitlements/pdf', reportRecord(input), { lang, query: { period: input.period } });
            const href = URL.createObjectURL(pdf);
            const a = document.createElement('a');
            a.href = href;
            a.download = t('pdfFileName', { year: input.period });
            document.body.append(a);
            a.click();
            a.remove();
            setTimeout(() => URL.revokeObjectURL(href), 60_000);
            setNotice(t('pdfSaved'));
          } catch (e) {
            setNotice(e instanceof ApiError && e.status !== 0 ? e.message : t('pdfFailed'));
          } finally {
            setSaving(false);
          }
        }}
        disabled={disabled || input === null}
        loading={saving}
        data-testid="pdf"
      >
        {t('savePdf')}
      </Button>
      <Button type="primary" icon={<LinkOutlined />} onClick={copy} disabled={disabled} data-testid="copy-link">
        {t('copyLink')}
      </Button>
      <span className="xw-success-text" role="status" data-testid="action-notice">
        {notice}
      </span>
      {showLink && (
        <div className="xw-share-box">
          <p className="xw-secondary xw-small">{t('linkPrivacy')}</p>
          <Input readOnly value={link} aria-label={t('copyLink')} onFocus={(e) => e.target.select()} data-testid="share-link" autoFocus />
        </div>
      )}
    </div>
  );
}
