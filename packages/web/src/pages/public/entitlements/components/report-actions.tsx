import { FilePdfOutlined, LinkOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Print, save as PDF (the browser's print dialog, "Save as PDF"; a server-made PDF can take this
 * button's place later) and copy the shareable link, which holds the figures and nothing personal.
 */
export function ReportActions({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation('entitlements');
  const [notice, setNotice] = useState('');
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
        onClick={() => {
          setNotice(t('pdfHint'));
          // Let the hint render before the print dialog blocks the page.
          setTimeout(() => window.print(), 50);
        }}
        disabled={disabled}
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
