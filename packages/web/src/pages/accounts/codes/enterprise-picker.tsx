import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../../api/client.ts';
import type { EnterpriseList, RegistryEnterprise } from '../../../api/registry-types.ts';
import { useDebounced } from '../../../components/use-debounced.ts';
import { currentLang } from '../../../i18n/index.ts';

interface Props {
  readonly value?: string[];
  readonly onChange?: (ids: string[]) => void;
}

/**
 * Choosing enterprises of the officer's region by name or id: the registry list searched as the officer
 * types (the server keeps to the caller's region), each option with its credit code, or a note that it has
 * none (an account needs one).
 */
export function EnterprisePicker({ value, onChange }: Props) {
  const { t } = useTranslation('accounts');
  const lang = currentLang();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const [found, setFound] = useState<readonly RegistryEnterprise[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (q === '') {
      setFound([]);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    apiGet<EnterpriseList>('/api/v1/enterprises', { lang, signal: controller.signal, query: { q, limit: 20 } })
      .then((page) => setFound(page.items))
      .catch(() => setFound([]))
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [q, lang]);

  return (
    <Select
      id="enterprise-picker"
      mode="multiple"
      showSearch
      filterOption={false}
      onSearch={setText}
      value={value ?? []}
      onChange={(ids) => onChange?.(ids)}
      loading={loading}
      placeholder={t('codes.pickPlaceholder')}
      notFoundContent={q === '' ? null : t('codes.noneFound')}
      options={found.map((e) => ({
        value: e.id,
        disabled: !e.credit_code,
        label: `${e.name} · ${e.credit_code ?? t('codes.noCreditCode')}`,
      }))}
      style={{ width: '100%' }}
      data-testid="enterprise-picker"
    />
  );
}
