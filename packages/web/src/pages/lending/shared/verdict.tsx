import { useTranslation } from 'react-i18next';
import { Tag } from '../../../components/tag.tsx';

/** Met / missed / not checked, in words and colour (the colour is never the only sign). */
export function Verdict({ ok }: { ok: boolean | null }) {
  const { t } = useTranslation('lending');
  if (ok === null) return <Tag>{t('verdict.unchecked')}</Tag>;
  return ok ? <Tag color="success">{t('verdict.met')}</Tag> : <Tag color="error">{t('verdict.missed')}</Tag>;
}
